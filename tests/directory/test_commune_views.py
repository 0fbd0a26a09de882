"""Every place that reads a typed commune uses the one resolver: /communes/?q=, the suggestion list, the
scheme page's "Trier par distance", on the real communes of Saône-et-Loire."""

import pytest

from infopublic.territories.models import Commune
from tests.factories import PartnerPageFactory, SchemePageFactory, StructurePageFactory

pytestmark = pytest.mark.django_db

MACON, BISSY, CLUNY, MATOUR, MONTCEAU, SAINTE_CECILE = "71270", "71035", "71137", "71289", "71306", "71397"


@pytest.fixture
def scheme(territories_71, home_page):
    """A scheme delivered in Mâcon and in Cluny."""
    partner = PartnerPageFactory(parent=home_page, title="Département")
    macon = Commune.objects.get(code=MACON)
    cluny = Commune.objects.get(code=CLUNY)
    in_macon = StructurePageFactory(
        parent=partner,
        title="Antenne de Mâcon",
        commune=macon,
        latitude=macon.latitude,
        longitude=macon.longitude,
    )
    in_cluny = StructurePageFactory(
        parent=partner,
        title="Antenne de Cluny",
        commune=cluny,
        latitude=cluny.latitude,
        longitude=cluny.longitude,
    )
    page = SchemePageFactory(parent=partner, title="Aide départementale", zone_national=True)
    page.delivering_structures.add(in_macon, in_cluny)
    page.save_revision().publish()
    return page


def test_commune_lookup(client, territories_71):
    for typed, code in [
        ("macon", MACON),
        ("sainte cecile", SAINTE_CECILE),
        ("montceau les mines", MONTCEAU),
        ("chalon sur saone", "71076"),
        ("paray le monial", "71342"),
    ]:
        response = client.get("/communes/", {"q": typed})
        assert response.status_code == 302 and response["Location"] == f"/communes/{code}/", typed
    # Picked in the suggestion list: the INSEE code, exactly.
    assert client.get("/communes/", {"code_insee": "71250"})["Location"] == "/communes/71250/"
    for typed, first, count in [("71250", CLUNY, 21), ("71520", MATOUR, 14), ("Montceau", MONTCEAU, 3)]:
        response = client.get("/communes/", {"q": typed})
        assert response.status_code == 200, typed
        candidates = response.context["resolution"].candidates
        assert candidates[0].code == first and len(candidates) == count, typed
        html = response.content.decode()
        assert f"Plusieurs communes correspondent à « {typed} »" in html
        assert f'<a href="/communes/{first}/">' in html
    response = client.get("/communes/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200 and "<script>alert(1)" not in response.content.decode()
    assert "Aucune commune ne correspond" in response.content.decode()


def test_suggestions_json(client, territories_71):
    def suggested(text):
        response = client.get("/communes/suggestions/", {"q": text})
        assert response.status_code == 200
        return response.json()["results"]

    first = suggested("macon")[0]
    assert first == {
        "code": MACON,
        "code_insee": MACON,
        "name": "Mâcon",
        "postal_code": "71000",
        "postal_codes": ["71000"],
        "url": f"/communes/{MACON}/",
    }
    assert suggested("sainte cecile")[0]["code"] == SAINTE_CECILE
    assert suggested("cecile")[0]["code"] == SAINTE_CECILE
    assert suggested("montceau")[0]["code"] == MONTCEAU
    assert suggested("71250")[0]["code"] == CLUNY
    assert "71250" not in {item["code"] for item in suggested("71250")}  # Laizé: INSEE 71250, postal 71870
    assert len(suggested("71250")) == 8
    assert suggested("") == [] and suggested("x" * 1000) == []


def test_scheme_page_sorts_by_distance_from_the_commune_typed(client, scheme):
    for typed in ("Mâcon", "macon", "MACON"):
        html = client.get(scheme.url, {"commune": typed}).content.decode()
        assert "desservent Mâcon" in html or "ne dessert Mâcon" in html, typed
        assert "Bissy" not in html
        assert f'<input type="hidden" name="code_insee" value="{MACON}">' in html
    html = client.get(scheme.url, {"commune": "Cluny", "code_insee": CLUNY}).content.decode()
    assert f'<input type="hidden" name="code_insee" value="{CLUNY}">' in html
    # The links of the search results and of commune pages give the INSEE code explicitly.
    html = client.get(scheme.url, {"code_insee": MACON}).content.decode()
    assert f'<input type="hidden" name="code_insee" value="{MACON}">' in html


def test_scheme_page_lists_the_communes_of_a_shared_postal_code(client, scheme):
    response = client.get(scheme.url, {"commune": "71250"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Plusieurs communes correspondent à « 71250 »" in html
    assert f'href="?code_insee={CLUNY}#ou"' in html
    assert "Lieux qui desservent" not in html
    html = client.get(scheme.url, {"commune": "zzz"}).content.decode()
    assert "Commune inconnue : « zzz »" in html
