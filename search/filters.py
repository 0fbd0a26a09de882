"""The filters of a search, said once: which filters exist and what each means, as a short list of
declarative clauses built from a SearchQuery. Every engine compiles the same list to its own storage:
SQL conditions when the database engine browses, filter keys matched with the text when it searches
(search.database.filters), an Elasticsearch filter list (search.elastic.engine). A compiler raises
UnknownClause on a clause it does not know, so that no engine can silently ignore a new filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from .query import SearchQuery

__all__ = [
    "CLAUSE_TYPES",
    "FIELDS",
    "AnyOf",
    "Clause",
    "Field",
    "Pages",
    "UnknownClause",
    "Visible",
    "Within",
    "clauses",
]

# What a document is filtered on: its kind, the communes it covers (by INSEE code), its territoires
# d'action sociale (slugs), its themes and publics (vocabulary values).
Field = Literal["kind", "commune", "territory", "theme", "public"]
FIELDS: tuple[Field, ...] = get_args(Field)


@dataclass(frozen=True)
class Visible:
    """Documents anyone may see: never a network-only one."""


@dataclass(frozen=True)
class AnyOf:
    """Documents with at least one of `values` in `field`; with `national_passes`, every national document
    as well (it applies everywhere)."""

    field: Field
    values: tuple[str, ...]
    national_passes: bool = False


@dataclass(frozen=True)
class Pages:
    """Documents of these pages only (none when empty)."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class Within:
    """Documents located within `km` kilometres of `point` (latitude, longitude)."""

    point: tuple[float, float]
    km: float


Clause = Visible | AnyOf | Pages | Within
CLAUSE_TYPES: tuple[type, ...] = get_args(Clause)


class UnknownClause(TypeError):
    """A compiler met a clause (or a field) it does not know how to apply."""

    def __init__(self, clause: object) -> None:
        super().__init__(f"no compilation for the filter clause {clause!r}")


def clauses(query: SearchQuery, network: bool, restrict_pages: list[int] | None) -> list[Clause]:
    """The clauses a document must all pass to be found by `query`. `network`: a network member's search
    (network-only documents included); `restrict_pages`: the pages allowed (open now), None for any."""
    found: list[Clause] = []
    if not network:
        found.append(Visible())
    if query.kinds:
        found.append(AnyOf("kind", tuple(query.kinds)))
    if restrict_pages is not None:
        found.append(Pages(tuple(restrict_pages)))
    # A national document applies in every commune, and so in every territory.
    if query.commune is not None:
        found.append(AnyOf("commune", (query.commune.code,), national_passes=True))
    if query.territories:
        found.append(AnyOf("territory", tuple(query.territories), national_passes=True))
    if query.themes:
        found.append(AnyOf("theme", tuple(query.themes)))
    if query.publics:
        found.append(AnyOf("public", tuple(query.publics)))
    if query.point and query.radius_km:
        found.append(Within(query.point, query.radius_km))
    return found
