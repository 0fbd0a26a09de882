"""One contract, every engine: the database engine (SQLite or PostgreSQL) and Elasticsearch."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import connection

import pytest
from elasticsearch.dsl import Q, Search

from infopublic.territories.models import Commune
from search import service
from search.database.dialects import dialect_for
from search.database.filters import ids_within, match_filters, sql_conditions
from search.elastic.client import alias_name, get_client
from search.elastic.engine import filter_queries
from search.filters import AnyOf, Pages, Visible, Within
from search.models import Document
from search.query import SearchQuery

from ..factories import GlossaryTermFactory
from .conftest import configure_elasticsearch
from .corpus import CONTACT_TOKEN, MACON, MATOUR, NOTE_TOKEN

PARIS = ZoneInfo("Europe/Paris")

pytestmark = pytest.mark.django_db


def find(text="", user=None, at=None, **options):
    return service.search(SearchQuery(text=text, **options), user, at=at)


def titles(result):
    return [hit.title for hit in result.hits]


def page_ids(result):
    return {hit.page_id for hit in result.hits}


def test_reports_its_engine(engine):
    assert find("crèche").engine == engine


def test_canary_unrelated_documents_do_not_match(engine, corpus):
    pages = corpus["pages"]
    assert page_ids(find("hérons")) == {pages["canary"].pk}
    assert pages["canary"].pk not in page_ids(find("crèche"))


@pytest.mark.parametrize(
    "text", ["familles monoparentales", "famille monoparentale", "FAMILLES MONOPARENTALES"]
)
def test_plurals_and_feminines(engine, corpus, text):
    assert titles(find(text))[0] == "Allocation de soutien familial"


@pytest.mark.parametrize("text", ["creche insertion", "crèche insertion", "crèches"])
def test_accents(engine, text):
    assert "Crèche AVIP Les Petits Pas" in titles(find(text))[:3]


def test_elision(engine):
    assert titles(find("l'allocation"))[0] == "Allocation de soutien familial"
    assert titles(find("l’allocation"))[0] == "Allocation de soutien familial"


@pytest.mark.parametrize("text", ["rsa", "RSA", "le rsa"])
def test_acronyms_from_the_glossary(engine, text):
    assert titles(find(text))[0] == "Revenu de solidarité active"


def test_glossary_edit_applies_without_reindex(engine, corpus):
    assert corpus["pages"]["asf"].pk not in page_ids(find("asf"))
    GlossaryTermFactory(acronym="ASF", expansion="allocation de soutien familial")
    assert titles(find("asf"))[0] == "Allocation de soutien familial"


def test_typos(engine):
    result = find("alocation soutient familial")
    assert titles(result)[0] == "Allocation de soutien familial"
    assert "allocation" in result.suggestion


def test_receptionist_sentence(engine):
    assert "Fonds de solidarité pour le logement" in titles(find("aide pour payer le loyer à Matour"))[:3]


def test_no_match_suggests_a_spelling(engine):
    result = find("domicilation")
    assert result.suggestion == "domiciliation"


def test_commune_coverage(engine, corpus):
    pages = corpus["pages"]
    result = find(commune=Commune.objects.get(code=MATOUR), page_size=50)
    found = page_ids(result)
    expected = {"ccas", "france_services", "rsa", "asf", "fsl", "domiciliation", "canary"}
    assert {pages[name].pk for name in expected} <= found
    assert not {pages[name].pk for name in ("mission_locale", "chauffage", "creche")} & found
    # Contacts are counted, and shown under their structure.
    assert result.total == len(result.hits) + sum(len(hit.contacts) for hit in result.hits)


def test_commune_gives_distances(engine, corpus):
    result = find("CCAS", commune=Commune.objects.get(code=MATOUR), kinds=("structure",))
    hit = next(hit for hit in result.hits if hit.title == "CCAS de Matour")
    assert hit.distance_km is not None and hit.distance_km < 1
    assert hit.commune == "Matour"
    assert hit.partner == "CCAS de Matour"


def test_facets(engine, corpus):
    result = find(kinds=("scheme",), page_size=50)
    kinds = {item["value"]: item["count"] for item in result.facets["kinds"]}
    assert kinds == {"scheme": 4}
    publics = {item["value"]: item["count"] for item in result.facets["publics"]}
    assert publics == {"familles-enfants": 2, "jeunes": 1}
    themes = {item["label"]: item["count"] for item in result.facets["themes"]}
    assert themes == {"Soutien aux familles": 2, "Payer son loyer": 1}
    territories = {item["value"] for item in find(kinds=("structure",)).facets["territories"]}
    assert territories == {"clunisois", "maconnais"}


def test_theme_and_public_filters(engine, corpus):
    pages = corpus["pages"]
    assert page_ids(find(themes=("famille--soutien-aux-familles",))) == {pages["rsa"].pk, pages["asf"].pk}
    assert page_ids(find(publics=("jeunes",))) == {pages["fsl"].pk}
    assert page_ids(find("allocation", publics=("jeunes",))) == set()


# Every territory gets the national schemes and the guides (national), as every commune does.
NATIONAL = ("rsa", "asf", "domiciliation", "canary")


@pytest.mark.parametrize(
    "slugs, local",
    [
        (("clunisois",), ("ccas", "france_services", "fsl")),
        (("maconnais",), ("creche", "chauffage", "fsl")),
        (("clunisois", "maconnais"), ("ccas", "france_services", "creche", "chauffage", "fsl")),
        (("nulle-part",), ()),
    ],
)
def test_territory_filter(engine, corpus, slugs, local):
    pages = corpus["pages"]
    result = find(territories=slugs, page_size=50)
    assert page_ids(result) == {pages[name].pk for name in (*local, *NATIONAL)}
    assert result.total == len(result.hits) + sum(len(hit.contacts) for hit in result.hits)


def test_territory_filter_combines_with_text_kinds_and_commune(engine, corpus):
    pages = corpus["pages"]
    structures = find(territories=("clunisois",), kinds=("structure",))
    assert page_ids(structures) == {pages["ccas"].pk, pages["france_services"].pk}
    assert page_ids(find("chauffage", territories=("maconnais",))) == {pages["chauffage"].pk}
    assert page_ids(find("chauffage", territories=("clunisois",))) == set()
    matour = Commune.objects.get(code=MATOUR)
    assert page_ids(find(territories=("maconnais",), commune=matour, kinds=("structure", "scheme"))) == {
        pages["fsl"].pk,
        pages["rsa"].pk,
        pages["asf"].pk,
    }


def test_hits_carry_coordinates(engine, corpus):
    pages = corpus["pages"]
    hits = {hit.page_id: hit for hit in find(kinds=("structure", "scheme"), page_size=50).hits}
    assert (hits[pages["ccas"].pk].latitude, hits[pages["ccas"].pk].longitude) == (46.3068, 4.4826)
    assert (hits[pages["creche"].pk].latitude, hits[pages["creche"].pk].longitude) == (46.3035, 4.8337)
    assert hits[pages["rsa"].pk].latitude is None and hits[pages["rsa"].pk].longitude is None
    contact = find("accueil du CCAS", kinds=("contact",)).hits[0]
    assert (contact.latitude, contact.longitude) == (46.3068, 4.4826)


def test_kinds_filter(engine):
    result = find(kinds=("guide",))
    assert {hit.kind for hit in result.hits} == {"guide"} and result.total == 2


def test_open_now(engine, corpus):
    pages = corpus["pages"]
    saturday = datetime(2026, 11, 21, 10, 0, tzinfo=PARIS)
    monday = datetime(2026, 11, 23, 10, 0, tzinfo=PARIS)
    assert page_ids(find(open_now=True, at=saturday)) == {pages["france_services"].pk}
    open_monday = page_ids(find(open_now=True, at=monday))
    assert open_monday == {pages[n].pk for n in ("france_services", "ccas", "creche", "mission_locale")}
    hit = next(h for h in find("CCAS de Matour", kinds=("structure",), at=saturday).hits)
    assert hit.open_now is False


def test_near_a_point(engine, corpus):
    pages = corpus["pages"]
    matour = (46.3068, 4.4826)
    result = find(point=matour, radius_km=10, kinds=("structure",))
    assert [hit.page_id for hit in result.hits] == [pages["ccas"].pk, pages["france_services"].pk]
    assert result.hits[1].distance_km == pytest.approx(8.9, abs=0.5)


def test_pagination(engine):
    first = find(kinds=("scheme", "guide"), page_size=2)
    second = find(kinds=("scheme", "guide"), page_size=2, page=2)
    assert first.total == second.total == 6
    assert len(first.hits) == len(second.hits) == 2
    assert not {h.title for h in first.hits} & {h.title for h in second.hits}


def test_drafts_and_private_pages_are_never_indexed(engine, member):
    assert find("zqxwvdraft", member).total == 0
    assert find("zqxwvprivate", member).total == 0
    assert find("Prime brouillon", member).total == 0


def test_anonymous_never_sees_network_only_text(engine):
    for token in (NOTE_TOKEN, CONTACT_TOKEN):
        result = find(token)
        assert result.total == 0
        assert token not in result.suggestion
        assert service.suggest(token[:8])["titles"] == []
    for hit in find("CCAS Matour assistante sociale appeler", page_size=50).hits:
        assert "zqxwv" not in hit.snippet + hit.title and "Appeler" not in hit.snippet
        assert "Ligne directe" not in hit.title
    assert "Ligne directe" not in " ".join(service.suggest("ligne dir")["titles"])


def test_network_member_sees_network_only_text(engine, member, corpus):
    result = find(NOTE_TOKEN, member)
    assert page_ids(result) == {corpus["pages"]["ccas"].pk}
    assert "<script" not in result.hits[0].snippet
    contact = find(CONTACT_TOKEN, member)
    # The network-only contact is shown under its structure, with its phone.
    assert [hit.kind for hit in contact.hits] == ["structure"] and contact.total == 2
    assert [(c.name[:13], c.phone) for c in contact.hits[0].contacts] == [("Ligne directe", "06 00 00 00 00")]
    assert any("Ligne directe" in title for title in service.suggest("ligne dir", member)["titles"])


def test_public_contacts_are_their_own_kind(engine):
    result = find("accueil du CCAS", kinds=("contact",))
    assert [hit.title for hit in result.hits] == ["Accueil du CCAS — CCAS de Matour"]


def test_autocomplete(engine):
    suggestions = service.suggest("crè")
    assert "Crèche AVIP Les Petits Pas" in suggestions["titles"]
    assert service.suggest("alloc")["titles"][0] == "Allocation de soutien familial"
    assert {"acronym": "RSA", "expansion": "revenu de solidarité active"} in service.suggest("rs")["glossary"]


# Filter clauses (search.filters), some combined: what each compiler selects must be the same documents.
FILTER_CASES = {
    "visible": lambda pages: [Visible()],
    "kinds": lambda pages: [AnyOf("kind", ("structure", "guide"))],
    "one kind": lambda pages: [AnyOf("kind", ("contact",))],
    "commune": lambda pages: [AnyOf("commune", (MATOUR,), national_passes=True)],
    "commune, national left out": lambda pages: [AnyOf("commune", (MATOUR,))],
    "communes": lambda pages: [AnyOf("commune", (MATOUR, MACON), national_passes=True)],
    "territories": lambda pages: [AnyOf("territory", ("clunisois", "maconnais"), national_passes=True)],
    "territory, national left out": lambda pages: [AnyOf("territory", ("maconnais",))],
    "themes": lambda pages: [
        AnyOf("theme", ("famille--soutien-aux-familles", "logement-hebergement--payer-son-loyer"))
    ],
    "public": lambda pages: [AnyOf("public", ("jeunes",))],
    "pages": lambda pages: [Pages((pages["creche"].pk, pages["ccas"].pk))],
    "within": lambda pages: [Within((46.3068, 4.4826), 15)],
    "all at once": lambda pages: [
        Visible(),
        AnyOf("kind", ("structure", "contact", "scheme")),
        Pages((pages["ccas"].pk, pages["fsl"].pk, pages["rsa"].pk)),
        AnyOf("commune", (MATOUR,), national_passes=True),
        AnyOf("territory", ("clunisois",), national_passes=True),
        Within((46.3068, 4.4826), 5),
    ],
}


def sql_selects(filters):
    where, params = sql_conditions(filters, dialect_for(connection))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT d.id FROM search_document d WHERE {' AND '.join(where)}", params)
        return {row[0] for row in cursor.fetchall()}


def keys_selects(filters):
    """What a text match's filters keep (the filter keys, pages and visibility; then the radius)."""
    compiled = match_filters(filters)
    sql, params = dialect_for(connection).filtered(compiled)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        selected = {row[0] for row in cursor.fetchall()}
    return selected & set(ids_within(*compiled.within)) if compiled.within else selected


def elasticsearch_selects(filters):
    search = Search(using=get_client(), index=alias_name()).query(Q("bool", filter=filter_queries(filters)))
    keys = {hit.meta.id for hit in search.source(False)[:1000].execute().hits}
    return set(Document.objects.filter(key__in=keys).values_list("id", flat=True))


@pytest.mark.elasticsearch
@pytest.mark.parametrize("case", FILTER_CASES)
def test_filter_compilers_agree(corpus, elastic_corpus, elasticsearch_url, settings, case):
    configure_elasticsearch(settings, *elasticsearch_url, "test-contract")
    filters = FILTER_CASES[case](corpus["pages"])
    selected = sql_selects(filters)
    assert 0 < len(selected) < Document.objects.count()
    assert keys_selects(filters) == selected
    assert elasticsearch_selects(filters) == selected


def found(result):
    """(kind, title) of every document found, the contacts grouped under a structure included."""
    return {(hit.kind, hit.title) for hit in result.hits} | {
        ("contact", contact.name) for hit in result.hits for contact in hit.contacts
    }


# Every filter of a search, some combined: found with a word, they keep what browsing with them keeps.
SEARCH_FILTERS = {
    "kinds": {"kinds": ("structure", "scheme")},
    "commune": {"commune": MATOUR},
    "territories": {"territories": ("maconnais",)},
    "themes": {"themes": ("famille--soutien-aux-familles", "logement-hebergement--payer-son-loyer")},
    "publics": {"publics": ("jeunes",)},
    "open now": {"open_now": True},
    "near a point": {"point": (46.3068, 4.4826), "radius_km": 15},
    "all at once": {
        "kinds": ("structure",),
        "commune": MATOUR,
        "open_now": True,
        "territories": ("clunisois",),
    },
}


@pytest.mark.parametrize("text", ["aide", "accueil"])
@pytest.mark.parametrize("name", SEARCH_FILTERS)
@pytest.mark.parametrize("member_search", [False, True], ids=["anonymous", "member"])
def test_a_text_search_filters_as_browsing_does(engine, request, text, name, member_search):
    options = dict(SEARCH_FILTERS[name], page_size=50)
    if "commune" in options:
        options["commune"] = Commune.objects.get(code=options["commune"])
    user = request.getfixturevalue("member") if member_search else None
    monday = datetime(2026, 3, 2, 10, 0, tzinfo=PARIS)
    browsed = found(find(user=user, at=monday, **options))
    matched = found(find(text, user=user, at=monday, page_size=50))
    assert found(find(text, user=user, at=monday, **options)) == matched & browsed
