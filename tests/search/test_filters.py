"""The filter clauses of a search (search.filters) and their three compilers: SQL conditions and bitmaps
for the database engine, filter queries for Elasticsearch. That they select the same documents is in
test_contract (test_filter_compilers_agree)."""

from dataclasses import dataclass

import pytest
from pyroaring import BitMap64 as BitMap
from pyroaring import FrozenBitMap64 as FrozenBitMap

from infopublic.territories.models import Commune
from search.database.dialects import PostgresDialect, SqliteDialect
from search.database.docvalues import NATIONAL, NETWORK_ONLY, DocValues
from search.database.filters import BitmapFilter, sql_conditions
from search.elastic.engine import filter_queries
from search.filters import CLAUSE_TYPES, FIELDS, AnyOf, Pages, UnknownClause, Visible, Within, clauses
from search.query import SearchQuery

MATOUR = "71289"


def test_an_anonymous_search_sees_only_what_anyone_may_see():
    assert clauses(SearchQuery(text="crèche"), False, None) == [Visible()]
    assert clauses(SearchQuery(text="crèche"), True, None) == []


def test_the_clauses_of_every_filter():
    query = SearchQuery(
        text="loyer",
        commune=Commune(code=MATOUR, name="Matour"),
        themes=("logement-hebergement--payer-son-loyer",),
        publics=("jeunes", "familles-enfants"),
        territories=("clunisois",),
        kinds=("structure", "scheme"),
        open_now=True,
        point=(46.3, 4.48),
        radius_km=10,
    )
    assert clauses(query, False, [12, 7]) == [
        Visible(),
        AnyOf("kind", ("structure", "scheme")),
        Pages((12, 7)),
        AnyOf("commune", (MATOUR,), national_passes=True),
        AnyOf("territory", ("clunisois",), national_passes=True),
        AnyOf("theme", ("logement-hebergement--payer-son-loyer",)),
        AnyOf("public", ("jeunes", "familles-enfants")),
        Within((46.3, 4.48), 10),
    ]


def test_a_national_document_passes_commune_and_territory_filters_only():
    query = SearchQuery(
        commune=Commune(code=MATOUR),
        territories=("clunisois",),
        themes=("t",),
        publics=("p",),
        kinds=("guide",),
    )
    national = {clause.field for clause in clauses(query, True, None) if clause.national_passes}
    assert national == {"commune", "territory"}


def test_no_page_open_is_a_clause_that_keeps_nothing():
    assert clauses(SearchQuery(), True, []) == [Pages(())]


def test_a_point_without_radius_filters_nothing():
    assert clauses(SearchQuery(point=(46.3, 4.48)), True, None) == []


# One clause of each type, and one per field: a new clause type or field must be added here.
SAMPLES = [
    Visible(),
    *(AnyOf(field, ("a", "b")) for field in FIELDS),
    *(AnyOf(field, ("a",), national_passes=True) for field in FIELDS),
    Pages((1, 2)),
    Pages(()),
    Within((46.3, 4.48), 10),
]


def test_the_samples_cover_every_clause_type_and_field():
    assert {type(sample) for sample in SAMPLES} == set(CLAUSE_TYPES)
    assert {sample.field for sample in SAMPLES if isinstance(sample, AnyOf)} == set(FIELDS)


def doc_values():
    """Four documents: 1 a national scheme, 2 a network-only structure of page 20 in Matour, 3 a guide of
    the Clunisois, 4 a public contact of page 20 with theme a and public b."""
    values = DocValues("token")
    values.page_ids = {1: 10, 2: 20, 3: 30, 4: 20}
    values.known = FrozenBitMap(values.page_ids)
    keys = {
        "kind:scheme": [1],
        "kind:structure": [2],
        "kind:guide": [3],
        "kind:contact": [4],
        NATIONAL: [1],
        NETWORK_ONLY: [2],
        f"c:{MATOUR}": [2],
        "territory:clunisois": [3],
        "theme:a": [4],
        "public:b": [4],
    }
    values.bits = {key: FrozenBitMap(ids) for key, ids in keys.items()}
    return values


def sql(clause, dialect):
    return sql_conditions([clause], dialect)


def bitmap(clause):
    return BitmapFilter([clause]).kept([1, 2, 3, 4, 99], doc_values())


COMPILERS = {
    "sqlite": lambda clause: sql(clause, SqliteDialect()),
    "postgresql": lambda clause: sql(clause, PostgresDialect()),
    "bitmap": bitmap,
    "elasticsearch": lambda clause: filter_queries([clause]),
}


@pytest.mark.django_db
@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("clause", SAMPLES, ids=repr)
def test_every_compiler_compiles_every_clause(compiler, clause):
    compiled = COMPILERS[compiler](clause)
    if compiler in ("sqlite", "postgresql"):
        where, _params = compiled
        assert len(where) == 1 and where[0]
    elif compiler == "bitmap":
        _kept, unknown = compiled
        assert unknown == [99]
    else:
        assert len(compiled) == 1 and compiled[0].to_dict()


@dataclass(frozen=True)
class Open:
    """A filter no compiler knows."""


@pytest.mark.parametrize("compiler", COMPILERS)
@pytest.mark.parametrize("clause", [Open(), AnyOf("colour", ("blue",))], ids=repr)
def test_a_compiler_refuses_what_it_does_not_know(compiler, clause):
    with pytest.raises(UnknownClause):
        COMPILERS[compiler](clause)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (Visible(), {1, 3, 4}),
        (AnyOf("kind", ("guide", "contact")), {3, 4}),
        (AnyOf("commune", (MATOUR,)), {2}),
        (AnyOf("commune", (MATOUR,), national_passes=True), {1, 2}),
        (AnyOf("territory", ("clunisois",), national_passes=True), {1, 3}),
        (AnyOf("theme", ("a", "z")), {4}),
        (AnyOf("public", ("b",)), {4}),
        (Pages((20,)), {2, 4}),
        (Pages(()), set()),
    ],
    ids=repr,
)
def test_bitmap_filter(clause, expected):
    kept, unknown = bitmap(clause)
    assert set(kept) == expected
    assert unknown == [99]


@pytest.mark.django_db
def test_bitmap_filter_holds_every_clause():
    kept, _unknown = BitmapFilter(
        [Visible(), AnyOf("kind", ("scheme", "contact")), AnyOf("commune", (MATOUR,), national_passes=True)]
    ).kept(BitMap([1, 2, 3, 4]), doc_values())
    assert set(kept) == {1}
