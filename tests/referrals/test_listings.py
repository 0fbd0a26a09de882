"""The capacity level wherever a structure is listed: search result rows and the JSON search API."""

from datetime import date, timedelta

import pytest

from search.engine import database_engine
from search.indexing import rebuild_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(network, settings):
    settings.ELASTICSEARCH_URL = ""
    rebuild_all(database_engine())
    return network


def structure_hits(response):
    return {hit["title"]: hit for hit in response.json()["results"] if hit["kind"] == "structure"}


def test_search_rows_show_the_capacity_in_force_to_everyone(client, indexed):
    page = client.get("/recherche/", {"q": "Mâcon", "type": "structure"})
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count('<p class="search-result__capacity">') == 2
    assert '<span class="capacity capacity--limited">Places limitées</span>' in html


def test_the_api_carries_the_capacity_of_structure_hits(client, indexed):
    hits = structure_hits(client.get("/api/recherche/", {"q": "Mâcon", "type": "structure"}))
    today = date.today()
    assert hits["Accueil social de Mâcon"]["capacity"] == {
        "level": "limited",
        "label": "Places limitées",
        "updated_on": today.isoformat(),
        "expires_on": (today + timedelta(days=14)).isoformat(),
    }


def test_an_expired_or_absent_capacity_is_not_listed(client, indexed):
    stale = indexed.structure_a
    stale.capacity_updated_on = date.today() - timedelta(days=30)
    stale.save_revision().publish()
    none = indexed.structure_b
    none.capacity = ""
    none.save_revision().publish()
    hits = structure_hits(client.get("/api/recherche/", {"q": "Mâcon", "type": "structure"}))
    assert hits["Accueil social de Mâcon"]["capacity"] is None
    assert hits["Entraide Mâcon"]["capacity"] is None
    html = client.get("/recherche/", {"q": "Mâcon", "type": "structure"}).content.decode()
    assert "search-result__capacity" not in html and "Places limitées" not in html


def test_one_query_reads_the_capacities_of_a_page_of_hits(indexed, django_assert_num_queries):
    from infopublic.directory.models import StructurePage

    ids = [indexed.structure_a.pk, indexed.structure_b.pk]
    with django_assert_num_queries(1):
        notes = StructurePage.objects.filter(pk__in=ids).capacity_notes()
    assert {note.level for note in notes.values()} == {"limited"} and set(notes) == set(ids)
