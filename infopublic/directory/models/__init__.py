from .common import DirectoryPage
from .guides import GuidePage, GuidePageTag
from .referral_settings import Capacity, CapacityNote, ReferralSettings
from .scheme_parts import SchemeAmount, SchemeDocument, SchemeLegalReference, SchemeStep
from .schemes import SchemePage, SchemePageTag
from .structures import StructureContact, StructurePage

__all__ = [
    "Capacity",
    "CapacityNote",
    "DirectoryPage",
    "GuidePage",
    "GuidePageTag",
    "ReferralSettings",
    "SchemeAmount",
    "SchemeDocument",
    "SchemeLegalReference",
    "SchemePage",
    "SchemePageTag",
    "SchemeStep",
    "StructureContact",
    "StructurePage",
]
