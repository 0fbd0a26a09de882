"""HTTP: /recherche/, /api/recherche/, /api/suggestions/ — parameters, errors and visibility."""

import pytest

from search.templatetags.search_results import hit_places

from .corpus import CONTACT_TOKEN, MATOUR, NOTE_TOKEN

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_engine(corpus, settings):
    settings.ELASTICSEARCH_URL = ""


def test_api_search_shape(client):
    response = client.get("/api/recherche/", {"q": "rsa"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"count", "results", "facets", "suggestion", "engine"}
    assert data["engine"] == "database"
    first = data["results"][0]
    assert set(first) == {
        "kind",
        "title",
        "url",
        "snippet",
        "commune",
        "distance_km",
        "open_now",
        "partner",
        "latitude",
        "longitude",
        "phone",
        "contacts",
        "capacity",
    }
    assert first["title"] == "Revenu de solidarité active" and first["kind"] == "scheme"
    assert first["capacity"] is None  # a structure's capacity level in force, null for other kinds
    assert first["partner"] == "Département de Saône-et-Loire"


def test_api_filters_and_pagination(client):
    data = client.get(
        "/api/recherche/", {"code_insee": MATOUR, "type": "structure", "taille": 1, "page": 2}
    ).json()
    assert data["count"] == 2 and len(data["results"]) == 1
    assert data["results"][0]["distance_km"] is not None
    themed = client.get("/api/recherche/", {"theme": "logement-hebergement--payer-son-loyer"}).json()
    assert [r["title"] for r in themed["results"]] == ["Fonds de solidarité pour le logement"]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"commune": "99999"}, "commune"),
        ({"commune": "abc"}, "commune"),
        ({"code_insee": "99999"}, "commune"),
        ({"code_insee": "7128900"}, "commune"),
        ({"page": "deux"}, "page"),
        ({"page": "0"}, "page"),
        ({"taille": "1000"}, "taille"),
        ({"lat": "46.3"}, "lat"),
        ({"lat": "nan", "lon": "4"}, "lat"),
        ({"lat": "46", "lon": "4", "rayon": "-3"}, "rayon"),
        ({"theme": "inconnu"}, "theme"),
        ({"public": "<script>"}, "public"),
        ({"type": "ovni"}, "type"),
        ({"territoire": "atlantide"}, "territoire"),
        ({"territoire": ["clunisois", "atlantide"]}, "territoire"),
        ({"commune": "x" * 500}, "commune"),
        ({"q": "x" * 10_000}, "q"),
    ],
)
def test_bad_parameters_are_400_with_json(client, params, field):
    response = client.get("/api/recherche/", params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_html_page_bad_parameters_are_400(client):
    response = client.get("/recherche/", {"commune": "99999", "q": "<script>alert(1)</script>"})
    assert response.status_code == 400
    assert b"<script>alert(1)</script>" not in response.content
    assert "Commune inconnue" in response.content.decode()


def test_html_results_page(client):
    response = client.get("/recherche/", {"q": "familles monoparentales"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Allocation de soutien familial" in content
    assert "<mark>monoparentales</mark>" in content
    assert response.context["result"].total >= 1


def test_anonymous_http_never_gets_network_only_data(client):
    for token in (NOTE_TOKEN, CONTACT_TOKEN, "Ligne directe", "Appeler avant"):
        for url in ("/api/recherche/", "/api/suggestions/"):
            assert token.encode() not in client.get(url, {"q": token}).content
        # The page echoes the typed text in its form, never in results.
        result = client.get("/recherche/", {"q": token}).context["result"]
        assert token not in " ".join(hit.title + hit.snippet for hit in result.hits)
        if token.startswith("zqxwv"):
            assert result.total == 0
    page = client.get("/recherche/", {"q": "ccas matour appeler ligne"}).content.decode()
    assert NOTE_TOKEN not in page and CONTACT_TOKEN not in page and "Appeler avant" not in page
    data = client.get("/api/recherche/", {"q": "ccas matour", "type": "contact"}).json()
    assert [r["title"] for r in data["results"]] == ["Accueil du CCAS — CCAS de Matour"]


def test_hostile_query_text(client):
    response = client.get("/api/recherche/", {"q": "\"* OR NEAR( {title} : ^ AND -- ' ; DROP TABLE"})
    assert response.status_code == 200
    assert client.get("/api/suggestions/", {"q": '"*{}^:'}).status_code == 200


def test_suggestions(client):
    data = client.get("/api/suggestions/", {"q": "fonds sol"}).json()
    assert data["titles"] == ["Fonds de solidarité pour le logement"]
    assert client.get("/api/suggestions/", {"q": "f"}).json() == {"titles": [], "glossary": []}
    assert client.get("/api/suggestions/", {"q": "x" * 10_000}).status_code == 400
    assert {"acronym": "FSL", "expansion": "fonds de solidarité pour le logement"} in client.get(
        "/api/suggestions/", {"q": "fsl"}
    ).json()["glossary"]


def test_api_territory_filter(client):
    data = client.get("/api/recherche/", {"territoire": "clunisois", "type": "structure"}).json()
    assert {r["title"] for r in data["results"]} == {"CCAS de Matour", "France services de Tramayes"}
    data = client.get(
        "/api/recherche/", {"territoire": ["clunisois", "maconnais"], "type": "structure"}
    ).json()
    assert {r["title"] for r in data["results"]} == {
        "CCAS de Matour",
        "France services de Tramayes",
        "Crèche AVIP Les Petits Pas",
    }
    # A national scheme applies in every territory.
    data = client.get("/api/recherche/", {"territoire": "maconnais", "type": "dispositif"}).json()
    assert {r["title"] for r in data["results"]} == {
        "Revenu de solidarité active",
        "Allocation de soutien familial",
        "Fonds de solidarité pour le logement",
        "Aide communale au chauffage",
    }
    errors = client.get("/api/recherche/", {"territoire": "atlantide"}).json()["errors"]
    assert errors["territoire"] == "Territoire inconnu : atlantide."


def test_html_territory_facet_is_a_link_kept_by_the_form_and_the_pages(client):
    html = client.get("/recherche/", {"type": "structure"}).content.decode()
    assert 'href="?type=structure&amp;territoire=clunisois"' in html
    response = client.get("/recherche/", {"type": "structure", "territoire": "clunisois", "taille": 1})
    html = response.content.decode()
    assert response.context["search_query"].territories == ("clunisois",)
    # Active: the link removes it.
    assert 'href="?type=structure&amp;taille=1" aria-current="true"' in html
    assert '<option value="clunisois" selected>Territoire du Clunisois</option>' in html
    assert '<option value="maconnais">Territoire du Mâconnais</option>' in html
    assert 'rel="next" href="?type=structure&amp;territoire=clunisois&amp;taille=1&amp;page=2"' in html


def test_api_results_carry_coordinates(client):
    data = client.get("/api/recherche/", {"q": "CCAS de Matour", "type": "structure"}).json()
    first = data["results"][0]
    assert first["title"] == "CCAS de Matour"
    assert (first["latitude"], first["longitude"]) == (46.3068, 4.4826)
    scheme = client.get("/api/recherche/", {"q": "rsa"}).json()["results"][0]
    assert scheme["kind"] == "scheme" and scheme["latitude"] is None and scheme["longitude"] is None


def test_map_markers_come_from_the_hits(client, django_assert_num_queries):
    response = client.get("/recherche/", {"type": ["structure", "contact"], "taille": 50})
    hits = response.context["result"].hits
    with django_assert_num_queries(0):
        places = hit_places(hits)
    assert {(p["title"], p["point"]) for p in places} == {
        ("CCAS de Matour", (46.3068, 4.4826)),
        ("France services de Tramayes", (46.3023, 4.5984)),
        ("Crèche AVIP Les Petits Pas", (46.3035, 4.8337)),
        ("Mission locale du Chalonnais", (46.7806, 4.8536)),
    }
    html = response.content.decode()
    assert 'data-lat="46.306800" data-lng="4.482600" data-title="CCAS de Matour"' in html


def test_relaxed_search_says_so(client):
    strict = client.get("/api/recherche/", {"q": "aide chauffage"}).json()
    assert strict["relaxed"] is False and strict["count"] == 1
    relaxed = client.get("/api/recherche/", {"q": "chauffage domiciliation"}).json()
    assert relaxed["relaxed"] is True and relaxed["count"] >= 3
    page = client.get("/recherche/", {"q": "chauffage domiciliation"}).content.decode()
    assert "Aucune fiche ne contient tous les mots recherchés" in page
    assert (
        "Aucune fiche ne contient tous les mots"
        not in client.get("/recherche/", {"q": "rsa"}).content.decode()
    )
