from .browse import glossary, territory_detail, territory_index, theme_detail, theme_index
from .handout import (
    selection_add,
    selection_clear,
    selection_commune,
    selection_remove,
    selection_sheet,
    shared_sheet,
)
from .my_space import my_space, selection_delete, selection_open, selection_save
from .nearby import nearby_commune

__all__ = [
    "glossary",
    "my_space",
    "nearby_commune",
    "selection_add",
    "selection_clear",
    "selection_commune",
    "selection_delete",
    "selection_open",
    "selection_remove",
    "selection_save",
    "selection_sheet",
    "shared_sheet",
    "territory_detail",
    "territory_index",
    "theme_detail",
    "theme_index",
]
