from .common import DirectoryPage
from .guides import GuidePage, GuidePageTag
from .scheme_parts import SchemeAmount, SchemeDocument, SchemeLegalReference, SchemeStep
from .schemes import SchemePage, SchemePageTag
from .structures import StructureContact, StructurePage

__all__ = [
    "DirectoryPage",
    "GuidePage",
    "GuidePageTag",
    "SchemeAmount",
    "SchemeDocument",
    "SchemeLegalReference",
    "SchemePage",
    "SchemePageTag",
    "SchemeStep",
    "StructureContact",
    "StructurePage",
]
