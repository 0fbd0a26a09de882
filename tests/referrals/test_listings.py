"""The capacity level wherever a structure is listed (search result rows, the JSON search API), and the
« Orienter » link of the handout's doors."""

import re
from datetime import date, timedelta

import pytest

from search.engine import database_engine
from search.indexing import rebuild_all
from tests.factories import SchemePageFactory

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


@pytest.fixture
def handout(network):
    scheme = SchemePageFactory(parent=network.partner_a, title="Aide au loyer", zone_national=True)
    scheme.delivering_structures.set([network.structure_a, network.structure_b])
    scheme.save_revision().publish()
    structure_b = network.structure_b
    structure_b.accepts_referrals = False
    structure_b.save_revision().publish()
    network.scheme = scheme
    return network


def refer_links(html):
    return re.findall(
        r'<a href="(/reseau/orientations/nouvelle/[^"]*)">Orienter<span class="visually-hidden">', html
    )


def test_the_handout_doors_offer_members_to_refer_with_its_commune(client, handout):
    client.force_login(handout.member)
    client.post("/selection/ajouter/", {"page": handout.scheme.pk, "commune": handout.commune.code})
    client.post("/selection/ajouter/", {"page": handout.structure_a.pk})
    html = client.get("/selection/").content.decode()
    a, scheme, code = handout.structure_a.pk, handout.scheme.pk, handout.commune.code
    # The scheme's door taking referrals, with the scheme; the structure in the selection itself. Not the
    # door that takes no referral.
    assert refer_links(html) == [
        f"/reseau/orientations/nouvelle/?structure={a}&amp;commune={code}&amp;scheme={scheme}",
        f"/reseau/orientations/nouvelle/?structure={a}&amp;commune={code}",
    ]
    assert "une personne vers : Accueil social de Mâcon" in html
    assert 'class="handout__refer no-print"' in html
    form = client.get(f"/reseau/orientations/nouvelle/?structure={a}&commune={code}&scheme={scheme}")
    assert form.status_code == 200
    assert form.context["form"].initial == {"commune": "Mâcon", "code_insee": code}
    assert "Dispositif : Aide au loyer" in form.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_the_handout_has_no_refer_link_for_others(client, handout, who):
    if who == "outsider":
        client.force_login(handout.outsider)
    client.post("/selection/ajouter/", {"page": handout.scheme.pk, "commune": handout.commune.code})
    html = client.get("/selection/").content.decode()
    assert "Accueil social de Mâcon" in html
    assert refer_links(html) == [] and "/reseau/orientations/nouvelle/" not in html
