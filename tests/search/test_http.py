"""HTTP: /recherche/, /api/recherche/, /api/suggestions/ — parameters, errors and visibility."""

import pytest

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
    assert set(first) == {"kind", "title", "url", "snippet", "commune", "distance_km", "open_now", "partner"}
    assert first["title"] == "Revenu de solidarité active" and first["kind"] == "scheme"
    assert first["partner"] == "Département de Saône-et-Loire"


def test_api_filters_and_pagination(client):
    data = client.get(
        "/api/recherche/", {"commune": MATOUR, "type": "structure", "taille": 1, "page": 2}
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
        ({"page": "deux"}, "page"),
        ({"page": "0"}, "page"),
        ({"taille": "1000"}, "taille"),
        ({"lat": "46.3"}, "lat"),
        ({"lat": "nan", "lon": "4"}, "lat"),
        ({"lat": "46", "lon": "4", "rayon": "-3"}, "rayon"),
        ({"theme": "inconnu"}, "theme"),
        ({"public": "<script>"}, "public"),
        ({"type": "ovni"}, "type"),
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
