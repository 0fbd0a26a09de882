"""The doc values held in memory per process stay true: a write to the index changes the token, and a
rolled-back write whose ids are reused afterwards is never read from the cache; their bitmaps filter
and count what a match found."""

from django.db import connection, transaction

import pytest

from infopublic.derived.models import SourceVersion
from infopublic.derived.versions import SEARCH_INDEX
from infopublic.territories.models import Commune, SocialActionTerritory
from search import service
from search.database import docvalues
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


def test_ids_reused_after_a_rollback_are_not_read_from_the_cache():
    """SQLite may give a rolled-back row's id to the next insert: the cache must not survive it."""
    engine = database_engine()
    with pytest.raises(RuntimeError), transaction.atomic():
        engine.replace([990001], [document(990001, kind="scheme")])
        first_id = Document.objects.get(page_id=990001).pk
        assert search().total == 1  # the doc values of this id are now cached
        raise RuntimeError("rolled back")
    engine.replace([990002], [document(990002, kind="contact", network_only=True, title="Ligne zqdocvalues")])
    # SQLite reuses the id here; PostgreSQL sequences never do, and the assertions hold either way.
    assert Document.objects.get(page_id=990002).pk == first_id or connection.vendor == "postgresql"
    anonymous = search()
    assert anonymous.total == 0 and anonymous.hits == []
    member = search(network=True)
    assert [hit.kind for hit in member.hits] == ["contact"]
    assert member.facets["kinds"] == [{"value": "contact", "label": "Contacts", "count": 1}]


def test_a_match_of_an_id_the_values_do_not_know_reloads_them():
    """Values are loaded under the token read after the match, so they know every id it can see. Should a
    row exist all the same that they do not know (here: written with the token put back), the values are
    read afresh rather than the document dropped."""
    engine = database_engine()
    engine.replace([990001], [document(990001)])
    assert search().total == 1
    with connection.cursor() as cursor:
        stale = docvalues.doc_values(cursor)
    token = SourceVersion.objects.get(source=SEARCH_INDEX).token
    engine.replace([990002], [document(990002, kind="guide", title="Guide zqdocvalues")])
    SourceVersion.objects.filter(source=SEARCH_INDEX).update(token=token)
    new_id = Document.objects.get(page_id=990002).pk
    assert new_id not in stale.known
    result = search()
    assert result.total == 2
    assert {item["value"] for item in result.facets["kinds"]} == {"scheme", "guide"}
    with connection.cursor() as cursor:
        assert new_id in docvalues.doc_values(cursor).known


def test_ids_the_values_do_not_know_are_reported_and_checked():
    engine = database_engine()
    engine.replace([990001], [document(990001)])
    engine.replace([990002], [document(990002, kind="guide")])
    kept, gone = Document.objects.order_by("page_id").values_list("pk", flat=True)
    engine.replace([990002], [])
    with connection.cursor() as cursor:
        loaded = docvalues.doc_values(cursor)
        bitmap, unknown = loaded.matched([kept, gone])
        assert list(bitmap) == [kept] and unknown == [gone]
        # What the engine checks before dropping an unknown id: it was deleted since the match ran.
        assert docvalues.existing(cursor, unknown) == []
        assert docvalues.existing(cursor, [kept]) == [kept]


def test_bitmaps_count_every_key_of_the_matched_documents():
    engine = database_engine()
    engine.replace([990001], [document(990001)])
    engine.replace([990002], [{**document(990002, kind="guide"), "themes": ["famille--vacances", "x--y"]}])
    engine.replace([990003], [document(990003, network_only=True, kind="contact")])
    with connection.cursor() as cursor:
        values = docvalues.doc_values(cursor)
    ids = list(Document.objects.order_by("page_id").values_list("pk", flat=True))
    bitmap, unknown = values.matched(ids)
    assert unknown == [] and len(bitmap) == 3
    assert values.counts(bitmap) == {
        "kind:scheme": 1,
        "kind:guide": 1,
        "kind:contact": 1,
        "theme:famille--vacances": 3,
        "theme:x--y": 1,
    }
    public = bitmap - values.get(docvalues.NETWORK_ONLY)
    assert values.first(ids, public, 0, 10) == ids[:2]
    assert values.first(ids, public, 1, 10) == ids[1:2]
    assert values.first(ids, values.any_of(["kind:contact"]) & bitmap, 0, 10) == ids[2:]
    # Only documents of the page of the open structures, when asked.
    pages_bitmap, _unknown = values.matched(ids, pages=frozenset([990002]))
    assert values.first(ids, pages_bitmap, 0, 10) == [ids[1]]


def test_a_rollback_reloads_the_cache():
    engine = database_engine()
    with pytest.raises(RuntimeError), transaction.atomic():
        engine.replace([990001], [document(990001, kind="scheme")])
        with connection.cursor() as cursor:
            inside = docvalues.doc_values(cursor)
        raise RuntimeError("rolled back")
    with connection.cursor() as cursor:
        after = docvalues.doc_values(cursor)
    assert after is not inside and after.token != inside.token
    assert 990001 in inside.page_ids.values() and 990001 not in after.page_ids.values()


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
