"""Writes to the database index: every write changes the index token, the filter keys of a document are
written, replaced and deleted with it (and rolled back with it), a match filters and counts exactly, and
what only network members may see is never found by an anonymous search, by its text or by its keys."""

from django.db import connection, transaction

import pytest

from infopublic.derived.models import SourceVersion
from infopublic.derived.versions import SEARCH_INDEX
from infopublic.territories.models import Commune, SocialActionTerritory
from search import service
from search.database.dialects import dialect_for
from search.database.filters import MatchFilters
from search.engine import database_engine
from search.models import Document
from search.query import SearchQuery

from ..factories import PartnerPageFactory, StructurePageFactory

pytestmark = pytest.mark.django_db


def document(page_id, kind="scheme", network_only=False, title="Aide aux vacances zqdocvalues"):
    return {
        "key": f"test-{page_id}-{kind}",
        "page_id": page_id,
        "kind": kind,
        "network_only": network_only,
        "title": title,
        "url": f"/test/{page_id}/",
        "summary": "Départ en vacances des familles.",
        "body": "",
        "network_text": "",
        "partner": "",
        "commune_code": "",
        "commune_name": "",
        "latitude": None,
        "longitude": None,
        "national": True,
        "communes": [],
        "themes": ["famille--vacances"],
        "publics": [],
        "territories": [],
        "hours": {},
    }


def search(text="zqdocvalues", network=False):
    return database_engine().search(SearchQuery(text=text), network=network)


def test_every_write_changes_the_token():
    engine = database_engine()
    before = SourceVersion.objects.get(source=SEARCH_INDEX).token
    engine.replace([990001], [document(990001)])
    after_replace = SourceVersion.objects.get(source=SEARCH_INDEX).token
    engine.rebuild([document(990002)])
    assert len({before, after_replace, SourceVersion.objects.get(source=SEARCH_INDEX).token}) == 3


def test_a_change_is_seen_at_once():
    engine = database_engine()
    engine.replace([990001], [document(990001)])
    assert search().facets["kinds"] == [{"value": "scheme", "label": "Dispositifs", "count": 1}]
    engine.replace([990001], [document(990001, kind="guide")])
    assert [item["value"] for item in search().facets["kinds"]] == ["guide"]


def test_ids_reused_after_a_rollback_find_only_the_new_document():
    """SQLite may give a rolled-back row's id to the next insert: the cache must not survive it."""
    engine = database_engine()
    with pytest.raises(RuntimeError), transaction.atomic():
        engine.replace([990001], [document(990001, kind="scheme")])
        first_id = Document.objects.get(page_id=990001).pk
        assert search().total == 1  # this id's keys are in the index, until the rollback
        raise RuntimeError("rolled back")
    engine.replace([990002], [document(990002, kind="contact", network_only=True, title="Ligne zqdocvalues")])
    # SQLite reuses the id here; PostgreSQL sequences never do, and the assertions hold either way.
    assert Document.objects.get(page_id=990002).pk == first_id or connection.vendor == "postgresql"
    anonymous = search()
    assert anonymous.total == 0 and anonymous.hits == []  # the keys of the rolled-back row went with it
    member = search(network=True)
    assert [hit.kind for hit in member.hits] == ["contact"]
    assert member.facets["kinds"] == [{"value": "contact", "label": "Contacts", "count": 1}]


def keyed(*groups, public=False):
    """Ids of the documents having one key of each group (the index's filter keys)."""
    sql, params = dialect_for(connection).filtered(MatchFilters(groups=groups, public=public))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {row[0] for row in cursor.fetchall()}


def test_filter_keys_are_written_replaced_and_deleted_with_their_document():
    engine = database_engine()
    engine.replace([990001], [{**document(990001), "coverage": ["c:71289", "at:71289"]}])
    first = Document.objects.get(page_id=990001).pk
    assert keyed(("theme:famille--vacances",), ("c:71289",)) == {first}
    assert keyed(("kind:scheme",), ("!national",)) == {first}
    engine.replace([990001], [{**document(990001, kind="guide", network_only=True), "coverage": []}])
    second = Document.objects.get(page_id=990001).pk
    assert keyed(("kind:scheme",)) == set() and keyed(("c:71289",)) == set()
    assert keyed(("kind:guide",), ("!network_only",)) == {second}
    assert keyed(("kind:guide",), public=True) == set()
    engine.replace([990001], [])
    assert keyed(("kind:guide",)) == set()
    engine.replace([990002], [document(990002)])
    engine.rebuild([document(990003, kind="contact")])
    assert keyed(("kind:scheme",)) == set()
    assert keyed(("kind:contact",)) == {Document.objects.get(page_id=990003).pk}


def test_a_match_counts_every_facet_of_what_it_keeps():
    engine = database_engine()
    engine.replace([990001], [document(990001)])
    engine.replace([990002], [{**document(990002, kind="guide"), "themes": ["famille--vacances", "x--y"]}])
    engine.replace([990003], [document(990003, network_only=True, kind="contact")])
    anonymous, member = search(), search(network=True)
    assert anonymous.total == 2 and member.total == 3
    assert {item["value"]: item["count"] for item in member.facets["kinds"]} == {
        "scheme": 1,
        "guide": 1,
        "contact": 1,
    }
    assert {item["value"]: item["count"] for item in anonymous.facets["themes"]} == {
        "famille--vacances": 2,
        "x--y": 1,
    }
    only_guides = database_engine().search(SearchQuery(text="zqdocvalues", kinds=("guide",)))
    assert [hit.kind for hit in only_guides.hits] == ["guide"] and only_guides.total == 1


def test_a_network_only_document_in_a_commune_is_not_found_by_naming_the_commune(territories_71):
    """« matour » alone finds what is located in Matour by its keys, not its text: still never what only
    network members may see."""
    engine = database_engine()
    located = {"coverage": ["c:71289", "at:71289"], "commune_code": "71289", "commune_name": "Matour"}
    engine.replace([990001], [{**document(990001, kind="structure", title="Relais zqa"), **located}])
    engine.replace(
        [990002],
        [{**document(990002, kind="structure", network_only=True, title="Permanence zqb"), **located}],
    )
    anonymous = {hit.page_id for hit in search("matour").hits}
    member = {hit.page_id for hit in search("matour", network=True).hits}
    assert 990001 in anonymous and 990002 not in anonymous
    assert {990001, 990002} <= member


def test_a_territory_change_reaches_text_searches_at_once(territories_71, home_page, settings):
    """The commune filter of a text search reads coverage keys; a commune joining a territory served by
    a structure is covered at once, without waiting for a rebuild."""
    settings.ELASTICSEARCH_URL = ""
    territory = SocialActionTerritory.objects.create(name="Essai", slug="essai", departement_id="71")
    partner = PartnerPageFactory(parent=home_page, title="Partenaire d'essai")
    structure = StructurePageFactory(parent=partner, title="Relais zqterritoire", commune_id="71137")
    structure.served_territories.set([territory])
    structure.save_revision().publish()
    macon = Commune.objects.get(code="71270")

    def found():
        return {hit.page_id for hit in service.search(SearchQuery(text="zqterritoire", commune=macon)).hits}

    assert found() == set()
    territory.communes.add(macon)
    assert found() == {structure.pk}
    territory.communes.remove(macon)
    assert found() == set()
