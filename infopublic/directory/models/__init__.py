from .common import DirectoryPage
from .guides import GuidePage, GuidePageTag
from .referral_settings import Capacity, ReferralSettings
from .schemes import SchemeAmount, SchemeDocument, SchemeLegalReference, SchemePage, SchemePageTag, SchemeStep
from .structures import StructureContact, StructurePage

__all__ = [
    "Capacity",
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
