from .browse import glossary, territory_detail, territory_index, theme_detail, theme_index
from .handout import (
    selection_add,
    selection_clear,
    selection_commune,
    selection_remove,
    selection_sheet,
    shared_sheet,
)

__all__ = [
    "glossary",
    "selection_add",
    "selection_clear",
    "selection_commune",
    "selection_remove",
    "selection_sheet",
    "shared_sheet",
    "territory_detail",
    "territory_index",
    "theme_detail",
    "theme_index",
]
