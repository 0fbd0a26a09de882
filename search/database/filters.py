"""What the database engine keeps of a document besides its text (facet keys, public vocabulary), and the
filter clauses of a query (search.filters) compiled twice for it: as SQL conditions when it browses, as
groups of filter keys matched with the text (keys.py, MatchFilters) when it searches."""

import math
from dataclasses import dataclass, replace

from infopublic.territories.models import haversine_km

from ..documents import coverage_keys_of
from ..filters import AnyOf, Pages, UnknownClause, Visible, Within
from ..models import Document
from ..text import STOP_WORDS, words
from .keys import NATIONAL

__all__ = [
    "FACET_BY_NAME",
    "FACET_NAMES",
    "KM_PER_DEGREE",
    "MatchFilters",
    "any_of_keys",
    "facet_counts",
    "facet_keys",
    "ids_within",
    "match_filters",
    "public_words",
    "sql_conditions",
]

FACET_NAMES = {"themes": "theme", "publics": "public", "territories": "territory"}
FACET_BY_NAME = {name: facet for facet, name in FACET_NAMES.items()}


def facet_keys(document):
    """The `facet_keys` column: one "facet:value" line per theme, public and territory."""
    return "\n".join(
        f"{name}:{value}" for facet, name in FACET_NAMES.items() for value in document.get(facet, [])
    )


KM_PER_DEGREE = 111.0


def public_words(document):
    """Folded words a document adds to the public vocabulary (none for network-only documents)."""
    if document["network_only"]:
        return set()
    # The title as matched (without its place names): commune names are not words of the subject.
    title = document.get("search_title", document["title"])
    text = " ".join((title, document["summary"], document.get("body", "")))
    return {w for w in words(text) if 3 <= len(w) <= 80 and w not in STOP_WORDS and not w.isdigit()}


def ids_within(point, km):
    """Ids of the documents located within `km` kilometres of `point` (latitude, longitude)."""
    latitude, longitude = point
    delta_lat = km / KM_PER_DEGREE
    delta_lon = delta_lat / max(0.01, abs(math.cos(math.radians(latitude))))
    rows = Document.objects.filter(
        latitude__range=(latitude - delta_lat, latitude + delta_lat),
        longitude__range=(longitude - delta_lon, longitude + delta_lon),
    ).values_list("id", "latitude", "longitude")
    return [pk for pk, lat, lon in rows if haversine_km(latitude, longitude, lat, lon) <= km]


# Where each field is stored: a column of the document row, else the `facet` of its DocumentFacet rows.
ROW_COLUMNS = {"kind": "d.kind"}
FACET_ROWS = {"commune": "commune", "territory": "territory", "theme": "theme", "public": "public"}


def sql_conditions(clauses, dialect):
    """([condition], params): the clauses (search.filters) as SQL conditions on `search_document d`, all
    of them to hold (the database engine's browsing)."""
    where, params = [], []
    for clause in clauses:
        sql, values = _sql(clause, dialect)
        where.append(sql)
        params += values
    return where, params


def _sql(clause, dialect):
    match clause:
        case Visible():
            return "d.network_only = %s", [False]
        case AnyOf(field=field, values=values, national_passes=national_passes):
            if field in ROW_COLUMNS:
                sql, params = _in(dialect, ROW_COLUMNS[field], values)
            elif field in FACET_ROWS:
                in_sql, params = _in(dialect, "value", values)
                sql = (
                    "d.id IN (SELECT document_id FROM search_documentfacet "
                    f"WHERE facet = '{FACET_ROWS[field]}' AND {in_sql})"
                )
            else:
                raise UnknownClause(clause)
            return (f"(d.national OR {sql})" if national_passes else sql), params
        case Pages(ids=ids):
            return dialect.in_list("d.page_id", ids)
        case Within(point=point, km=km):
            return dialect.in_list("d.id", ids_within(point, km))
    raise UnknownClause(clause)


def _in(dialect, column, values):
    if len(values) == 1:
        return f"{column} = %s", [values[0]]
    return dialect.in_list(column, values)


# The doc-value keys of a field's values (the commune's are its coverage keys: see documents.coverage_keys).
KEY_PREFIXES = {"kind": "kind:", "territory": "territory:", "theme": "theme:", "public": "public:"}


def any_of_keys(clause):
    """The filter keys (keys.py) of which a document passing the AnyOf `clause` has at least one."""
    field, wanted = clause.field, clause.values
    if field == "commune":
        keys = sorted({key for code in wanted for key in coverage_keys_of(code)})
    elif field in KEY_PREFIXES:
        keys = [f"{KEY_PREFIXES[field]}{value}" for value in wanted]
    else:
        raise UnknownClause(clause)
    return ([NATIONAL] if clause.national_passes else []) + keys


@dataclass(frozen=True)
class MatchFilters:
    """A search's clauses as a text match applies them: `groups` of keys, one key of each to have (see
    keys.py); `pages`, None for any page; `within`, ((latitude, longitude), km) or None; `public`: no
    network-only document (an anonymous text match reads the public text index, which holds none; what is
    found by its keys alone is checked on the row)."""

    groups: tuple = ()
    pages: tuple | None = None
    within: tuple | None = None
    public: bool = False

    def with_group(self, keys):
        return replace(self, groups=(*self.groups, tuple(keys)))


def match_filters(clauses):
    """The clauses (search.filters) compiled for the database engine's text match."""
    groups, pages, within, public = [], None, None, False
    for clause in clauses:
        match clause:
            case Visible():
                public = True
            case AnyOf():
                groups.append(tuple(any_of_keys(clause)))
            case Pages(ids=ids):
                pages = tuple(ids) if pages is None else tuple(set(pages) & set(ids))
            case Within(point=point, km=km):
                within = (point, km)
            case _:
                raise UnknownClause(clause)
    return MatchFilters(tuple(groups), pages, within, public)


def facet_counts(cursor, base, params):
    """Kinds and every facet in one statement, the match evaluated once (materialised CTE)."""
    cursor.execute(
        f"WITH matched AS MATERIALIZED (SELECT d.id, d.kind {base}) "
        "SELECT 'kinds', kind, COUNT(*) FROM matched GROUP BY kind "
        "UNION ALL SELECT f.facet, f.value, COUNT(*) FROM search_documentfacet f "
        "JOIN matched ON matched.id = f.document_id "
        "WHERE f.facet IN ('theme', 'public', 'territory') GROUP BY f.facet, f.value",
        params,
    )
    counts = {"kinds": {}, **{facet: {} for facet in FACET_NAMES}}
    for facet, value, count in cursor.fetchall():
        counts["kinds" if facet == "kinds" else FACET_BY_NAME[facet]][value] = count
    return counts
