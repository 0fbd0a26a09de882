"""The home page's one form (need + commune) and « autour de moi » (nearest commune, never stored)."""

import logging
import re

from django.contrib.sessions.models import Session

import pytest

from home.nearby import nearest_commune, parse_point

pytestmark = pytest.mark.django_db
NEARBY = "/autour-de-moi/"


def test_one_form_takes_the_need_and_the_commune(client, network):
    html = client.get("/").content.decode()
    forms = re.findall(r"<form[^>]*>.*?</form>", html, flags=re.S)
    hero = [form for form in forms if 'class="hero-search"' in form]
    assert len(hero) == 1
    form = hero[0]
    assert 'action="/recherche/"' in form and 'method="get"' in form
    assert 'name="q"' in form and 'name="commune"' in form and 'name="code_insee"' in form
    assert 'data-nearby="ma-commune"' in form and "hidden" in form  # shown by the script only
    assert 'class="commune-search"' not in html  # the second form is gone


def test_the_form_answers_for_the_commune_named(client, network):
    html = client.get("/recherche/", {"q": "rsa", "commune": "Matour", "code_insee": ""}).content.decode()
    assert "pour une personne habitant Matour" in html
    assert "Revenu de solidarité active (RSA)" in html


def test_nearby_answers_the_nearest_commune(client, network):
    response = client.post(NEARBY, {"latitude": "46.3070", "longitude": "4.4840"})
    assert response.status_code == 200
    assert response.json() == {
        "code": "71289",
        "name": "Matour",
        "postal_code": "71520",
        "url": "/communes/71289/",
    }
    # Between Matour and Trambly, nearer Trambly.
    assert client.post(NEARBY, {"latitude": "46.329", "longitude": "4.52"}).json()["code"] == "71545"


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"latitude": "abc", "longitude": "4"},
        {"latitude": "nan", "longitude": "4"},
        {"latitude": "91", "longitude": "4"},
        {"latitude": "46", "longitude": "inf"},
    ],
)
def test_nearby_refuses_a_bad_position(client, network, data):
    response = client.post(NEARBY, data)
    assert response.status_code == 400
    assert response.json()["error"] == "Position invalide."


def test_nearby_far_from_every_commune(client, network):
    response = client.post(NEARBY, {"latitude": "48.8566", "longitude": "2.3522"})
    assert response.status_code == 404
    assert "Aucune commune" in response.json()["error"]


def test_nearby_is_post_only_and_keeps_nothing(client, network, caplog):
    assert client.get(NEARBY, {"latitude": "46.3", "longitude": "4.48"}).status_code == 405
    with caplog.at_level(logging.DEBUG):
        response = client.post(NEARBY, {"latitude": "46.3070", "longitude": "4.4840"})
    assert response.status_code == 200
    assert "46.307" not in caplog.text
    assert Session.objects.count() == 0
    assert "sessionid" not in response.cookies
    assert response["Cache-Control"].startswith("max-age=0")


def test_parse_point_and_nearest_directly(network):
    assert parse_point("46.3", "4.4") == (46.3, 4.4)
    assert parse_point(None, "4") is None
    assert nearest_commune(46.3069, 4.8287).name == "Mâcon"
