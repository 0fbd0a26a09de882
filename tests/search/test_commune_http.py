"""`commune=` and `code_insee=` on /recherche/ and /api/recherche/: one commune, communes to choose from,
unknown; the chosen commune shown by name."""

from urllib.parse import urlencode

from django.utils.html import escape

import pytest

from infopublic.territories.models import Commune

from .corpus import MACON, MATOUR

pytestmark = pytest.mark.django_db

CLUNY, LAIZE, SEVREY, CHALON, CHARDONNAY, SAINTE_CECILE = "71137", "71250", "71520", "71076", "71100", "71397"


@pytest.fixture(autouse=True)
def database_engine(corpus, settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.mark.parametrize(
    "value, code",
    [
        ("matour", MATOUR),
        (" Matour ", MATOUR),
        ("macon", MACON),
        ("MÂCON", MACON),
        ("sainte cecile", SAINTE_CECILE),
        ("st cecile", SAINTE_CECILE),
        ("montceau les mines", "71306"),
        ("chalon sur saone", CHALON),
        ("paray le monial", "71342"),
        ("71850", "71105"),  # the postal code of Charnay-lès-Mâcon only
        (MATOUR, MATOUR),  # an INSEE code no commune has as postal code
    ],
)
def test_one_commune_answers_for_it_by_name(client, value, code):
    response = client.get("/recherche/", {"commune": value})
    assert response.status_code == 200
    commune = response.context["search_query"].commune
    assert commune.code == code
    html = response.content.decode()
    name = escape(commune.name)
    assert f"pour une personne habitant {name}" in html
    # The form shows the name (never the code) and keeps the code in a hidden field.
    assert f'name="commune" value="{name}"' in html
    assert f'<input type="hidden" name="code_insee" value="{code}">' in html


@pytest.mark.parametrize(
    "value, first, absent, count",
    [
        ("71250", CLUNY, LAIZE, 21),  # Cluny's postal code, not Laizé's INSEE code
        ("71520", MATOUR, SEVREY, 14),  # Matour's postal code, not Sevrey's INSEE code
        ("71100", CHALON, CHARDONNAY, 5),  # Chalon's postal code, not Chardonnay's INSEE code
    ],
)
def test_a_shared_postal_code_lists_the_communes_to_choose_from(client, value, first, absent, count):
    response = client.get("/recherche/", {"q": "rsa", "commune": value})
    assert response.status_code == 200
    assert response.context["result"] is None and not response.context["errors"]
    choices = response.context["commune_choices"].candidates
    assert choices[0].code == first and len(choices) == count
    assert absent not in {commune.code for commune in choices}
    html = response.content.decode()
    assert f"Plusieurs communes correspondent à « {value} »" in html
    # Each choice is a link keeping the query, with the commune's name and INSEE code.
    name = Commune.objects.get(code=first).name
    link = urlencode({"q": "rsa", "commune": name, "code_insee": first}).replace("&", "&amp;")
    assert f'href="?{link}"' in html

    api = client.get("/api/recherche/", {"q": "rsa", "commune": value})
    assert api.status_code == 400
    data = api.json()
    assert "Plusieurs communes correspondent" in data["errors"]["commune"]
    assert data["communes"][0]["code_insee"] == first and data["communes"][0]["name"] == name
    assert len(data["communes"]) == count and absent not in {c["code_insee"] for c in data["communes"]}


def test_choosing_in_the_list_answers_for_that_commune(client):
    response = client.get("/recherche/", {"q": "rsa", "commune": "Cluny", "code_insee": CLUNY})
    assert response.status_code == 200 and response.context["search_query"].commune.code == CLUNY
    api = client.get("/api/recherche/", {"code_insee": LAIZE, "type": "structure"})
    assert api.status_code == 200
    # The postal code typed with the picked code: that commune among those of the postal code.
    response = client.get("/recherche/", {"commune": "71520", "code_insee": MATOUR})
    assert response.context["search_query"].commune.code == MATOUR


def test_montceau_lists_the_candidates_never_a_bare_400(client):
    response = client.get("/recherche/", {"commune": "Montceau"})
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Montceau-les-Mines", "Montceaux-l’Étoile", "Montceaux-Ragny"):
        assert escape(name.replace("’", "'")) in html
    api = client.get("/api/recherche/", {"commune": "Montceau"})
    assert api.status_code == 400
    assert [c["name"] for c in api.json()["communes"]] == [
        "Montceau-les-Mines",
        "Montceaux-l'Étoile",
        "Montceaux-Ragny",
    ]
    assert {c["code_insee"] for c in api.json()["communes"]} == {"71306", "71307", "71308"}


def test_a_picked_code_never_answers_for_another_commune_typed_over_it(client):
    response = client.get("/api/recherche/", {"commune": "Matour", "code_insee": CLUNY, "type": "structure"})
    by_name = client.get("/api/recherche/", {"commune": "Matour", "type": "structure"})
    assert response.status_code == 200 and response.json() == by_name.json()
    # A cleared field: no commune at all.
    page = client.get("/recherche/", {"q": "rsa", "commune": "", "code_insee": CLUNY})
    assert page.status_code == 200 and page.context["search_query"].commune is None


def test_api_commune_by_name_filters_like_its_code(client):
    by_code = client.get("/api/recherche/", {"code_insee": MATOUR, "type": "structure"}).json()
    by_name = client.get("/api/recherche/", {"commune": "matour", "type": "structure"}).json()
    assert by_name == by_code and by_name["count"] == 2


@pytest.mark.parametrize("value", ["99999", "abc", "Macxx", "71", "<script>alert(1)</script>"])
def test_unknown_commune_is_a_clear_400(client, value):
    response = client.get("/api/recherche/", {"commune": value})
    assert response.status_code == 400
    message = response.json()["errors"]["commune"]
    assert message.startswith("Commune inconnue") and "nom de commune ou code postal attendu" in message
    assert "communes" not in response.json()
    html = client.get("/recherche/", {"commune": value})
    assert html.status_code == 400 and "Commune inconnue" in html.content.decode()
    assert "<script>alert(1)</script>" not in html.content.decode()


def test_ambiguity_with_another_error_is_a_400(client):
    response = client.get("/recherche/", {"commune": "71520", "page": "zéro"})
    assert response.status_code == 400 and "page" in response.context["errors"]
