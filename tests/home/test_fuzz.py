"""Property test: whatever a visitor puts in a public GET parameter or a public form, the answer is never a
5xx (a clear 200, 302, 400, 404 or 405 instead). Runs on SQLite and PostgreSQL (NUL bytes, huge numbers)."""

from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

HOSTILE_TEXTS = [
    "",
    "\x00",
    "rsa\x00",
    "¹²³",
    "٣",
    "9" * 30,
    "-1",
    "0",
    "1e309",
    "NaN",
    '"',
    '"rsa',
    "rsa*",
    "(loyer OR",
    "NOT",
    "-",
    "&&||!",
    "\\",
    "%",
    "'; DROP TABLE search_document; --",
    "<script>alert(1)</script>",
    "a" * 3000,
    "71250",
    "2A004",
    "Montceau",
    "//evil.example",
    "https://evil.example/",
    "é" * 40,
]

values = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(max_size=60), st.integers().map(str))

PUBLIC_GETS = {
    "/recherche/": [
        "q",
        "commune",
        "code_insee",
        "theme",
        "public",
        "territoire",
        "type",
        "ouvert",
        "page",
        "vue",
    ],
    "/api/recherche/": [
        "q",
        "commune",
        "code_insee",
        "theme",
        "public",
        "territoire",
        "type",
        "ouvert",
        "page",
    ],
    "/api/suggestions/": ["q"],
    "/communes/": ["q"],
    "/communes/suggestions/": ["q"],
    "/fiche-orientation/": ["p", "commune", "code_insee"],
    "/api/data-inclusion/structures/": ["page", "size", "format"],
    "/api/data-inclusion/services/": ["page", "size", "format"],
    "/glossaire/": ["q"],
    "/selection/": ["p"],
}

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("address", sorted(PUBLIC_GETS))
@FUZZ
@given(data=st.data())
def test_public_get_parameters_never_give_a_server_error(network, address, data):
    names = PUBLIC_GETS[address]
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names), unique=True))
    params = {name: data.draw(values, label=name) for name in chosen}
    response = Client(raise_request_exception=False).get(address, params)
    assert response.status_code < 500, (address, params, response.status_code)


@FUZZ
@given(
    path_value=st.one_of(st.sampled_from(["9" * 30, "0", "-1", "¹", "%00"]), st.text(max_size=20)),
    message=values,
    field=values,
)
def test_public_forms_never_give_a_server_error(network, path_value, message, field):
    client = Client(raise_request_exception=False)
    for address in (
        f"/communes/{path_value}/",
        f"/territoires/{path_value}/",
        f"/thematiques/{path_value}/",
    ):
        assert client.get(address).status_code < 500, address
    report = f"/fiches/{network['rsa'].pk}/signaler/"
    response = client.post(report, {"field": field, "message": message, "contact_email": message})
    assert response.status_code < 500, (field, message)
    response = client.post("/selection/ajouter/", {"page": message, "commune": field})
    assert response.status_code < 500, message
