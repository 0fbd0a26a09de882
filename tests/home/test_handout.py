"""The orientation handout: session selection, printable sheet, shareable link."""

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


def test_selection_is_kept_in_the_session_and_printed(client, network, member):
    rsa, town_hall = network["rsa"], network["town_hall"]
    response = client.post("/selection/ajouter/", {"page": rsa.pk, "next": rsa.url})
    assert response.status_code == 302 and response["Location"] == rsa.url
    response = client.post(
        "/selection/ajouter/", {"page": town_hall.pk}, headers={"accept": "application/json"}
    )
    assert response.json() == {"count": 2, "pages": [rsa.pk, town_hall.pk]}
    # Only page ids are stored: nothing about the person.
    assert client.session["orientation_selection"] == [rsa.pk, town_hall.pk]

    html = client.get("/selection/").content.decode()
    assert html.index("Revenu de solidarité active (RSA)") < html.index("Mairie de Matour")
    assert "Pièce d’identité" in html
    assert "Demandez un rendez-vous avec le CIAS" in html
    assert "Du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 17 h" in html
    assert f"/fiche-orientation/?p={rsa.pk},{town_hall.pk}" in html
    assert "@media print" not in html  # print rules live in the stylesheet

    # Even for a network member, the sheet handed to the person has no network-only contact.
    client.force_login(member)
    client.post("/selection/ajouter/", {"page": town_hall.pk})
    html = client.get("/selection/").content.decode()
    assert "06 12 34 56 78" not in html
    assert "avant 10 h" not in html

    client.post("/selection/retirer/", {"page": rsa.pk})
    assert client.session["orientation_selection"] == [town_hall.pk]
    client.post("/selection/vider/")
    assert client.session["orientation_selection"] == []
    assert "La sélection est vide" in client.get("/selection/").content.decode()


def test_shared_link_rebuilds_the_same_sheet_without_a_session(network):
    rsa, ccas = network["rsa"], network["ccas"]
    html = Client().get(f"/fiche-orientation/?p={ccas.pk},{rsa.pk},{ccas.pk},abc").content.decode()
    assert html.index("CIAS Saint-Cyr Mère Boitier") < html.index("Revenu de solidarité active (RSA)")
    assert "Vider la sélection" not in html
    ccas.unpublish()
    html = Client().get(f"/fiche-orientation/?p={ccas.pk},{rsa.pk}").content.decode()
    assert "CIAS Saint-Cyr Mère Boitier" not in html


def test_only_live_schemes_and_structures_can_be_selected(client, network):
    assert client.post("/selection/ajouter/", {"page": network["partner"].pk}).status_code == 404
    assert client.post("/selection/ajouter/", {"page": "1; DROP TABLE"}).status_code == 404
    network["local_aid"].unpublish()
    assert client.post("/selection/ajouter/", {"page": network["local_aid"].pk}).status_code == 404
    assert client.get("/selection/ajouter/").status_code == 405


def test_redirect_after_adding_stays_on_the_site(client, network):
    response = client.post(
        "/selection/ajouter/", {"page": network["rsa"].pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/selection/"


def test_selection_needs_the_csrf_token(network):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/selection/ajouter/", {"page": network["rsa"].pk}).status_code == 403


def test_unpublished_delivering_structures_are_left_off_the_sheet(client, network):
    rsa = network["rsa"]
    html = client.get(f"/fiche-orientation/?p={rsa.pk}").content.decode()
    assert "Antenne de Mâcon" in html
    network["macon_office"].unpublish()
    html = client.get(f"/fiche-orientation/?p={rsa.pk}").content.decode()
    assert "Antenne de Mâcon" not in html
