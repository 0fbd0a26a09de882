from .common import DirectoryPage
from .guides import GuidePage, GuidePageTag
from .schemes import SchemeAmount, SchemeDocument, SchemeLegalReference, SchemePage, SchemePageTag, SchemeStep
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
