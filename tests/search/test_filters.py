"""The filter clauses of a search (search.filters) and their three compilers: SQL conditions and filter
keys matched with the text for the database engine, filter queries for Elasticsearch. That they select the
same documents is in test_contract (test_filter_compilers_agree)."""

from dataclasses import dataclass

import pytest

from infopublic.territories.models import Commune
from search.database.dialects import PostgresDialect, SqliteDialect
from search.database.filters import MatchFilters, match_filters, sql_conditions
from search.database.keys import NATIONAL, document_keys, token
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


def sql(clause, dialect):
    return sql_conditions([clause], dialect)


COMPILERS = {
    "sqlite": lambda clause: sql(clause, SqliteDialect()),
    "postgresql": lambda clause: sql(clause, PostgresDialect()),
    "match": lambda clause: match_filters([clause]),
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
    elif compiler == "match":
        assert isinstance(compiled, MatchFilters) and compiled != MatchFilters()
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
        (Visible(), MatchFilters(public=True)),
        (AnyOf("kind", ("guide", "contact")), MatchFilters(groups=(("kind:guide", "kind:contact"),))),
        (AnyOf("commune", ("99999",)), MatchFilters(groups=(("c:99999",),))),
        (AnyOf("commune", ("99999",), national_passes=True), MatchFilters(groups=((NATIONAL, "c:99999"),))),
        (AnyOf("territory", ("clunisois",), True), MatchFilters(groups=((NATIONAL, "territory:clunisois"),))),
        (AnyOf("theme", ("a", "z")), MatchFilters(groups=(("theme:a", "theme:z"),))),
        (Pages((20,)), MatchFilters(pages=(20,))),
        (Pages(()), MatchFilters(pages=())),
        (Within((46.3, 4.48), 10), MatchFilters(within=((46.3, 4.48), 10))),
    ],
    ids=repr,
)
def test_match_filters(clause, expected):
    assert match_filters([clause]) == expected


@pytest.mark.django_db
def test_match_filters_hold_every_clause():
    compiled = match_filters([Visible(), AnyOf("kind", ("scheme",)), AnyOf("public", ("b",)), Pages((1, 2))])
    assert compiled == MatchFilters(groups=(("kind:scheme",), ("public:b",)), pages=(1, 2), public=True)


def test_a_documents_keys_are_tokens_no_text_word_can_be():
    keys = document_keys("structure", True, False, "theme:a\npublic:b", "c:71289\nat:71289")
    assert keys == ["kind:structure", "!network_only", "theme:a", "public:b", "c:71289", "at:71289"]
    assert token("kind:structure") == "k" + b"kind:structure".hex()
    assert all(token(key).isalnum() and token(key).islower() for key in keys)
