"""The right door on every page: scheme pages, commune pages, the handout and the search page."""

import datetime

from django.test import Client
from django.utils import timezone

import pytest

from tests import doors_network

from ..factories import StructurePageFactory
from .test_pages import main_html

pytestmark = pytest.mark.django_db

CIAS, CCAS_CLUNY = "CIAS Saint-Cyr Mère Boitier", "CCAS de Cluny"
DIRECT_LINE = "06 99 88 77 66"


@pytest.fixture
def net(home_page):
    return doors_network.build(home_page)


def test_scheme_page_gives_the_doors_serving_the_persons_commune(client, net):
    rsa = net["rsa"]
    html = main_html(client.get(rsa.url, {"commune": "Matour"}))
    doors = html[html.index('id="ou"') :]
    assert "Lieux qui desservent Matour, les plus proches en premier." in doors
    assert doors.index(CIAS) < doors.index("Maison départementale des solidarités de Cluny")
    assert CCAS_CLUNY not in doors and "France services du Clunisois" not in doors
    # The CIAS's temporary notice is shown on its card, not only on its own page.
    assert doors_network.NOTICE in doors
    # Adding the scheme to the selection from here makes the handout Matour's.
    assert '<input type="hidden" name="commune" value="71289">' in html
    # Network-only contacts: never for the public.
    assert DIRECT_LINE not in html


def test_scheme_page_shows_network_contacts_of_the_doors_to_members(client, net):
    client.force_login(net["member"])
    html = main_html(client.get(net["rsa"].url, {"commune": "71289"}))
    assert DIRECT_LINE in html and "réservé au réseau" in html


def test_scheme_page_without_a_commune_says_so_and_groups_by_territory(client, net):
    html = main_html(client.get(net["rsa"].url))
    assert "Commune non précisée : voici tous les lieux, par territoire." in html
    assert html.index("Tout le département : Saône-et-Loire") < html.index("Charolais – Brionnais")
    assert html.index("Charolais – Brionnais") < html.index("Mâconnais – Clunisois")
    assert CCAS_CLUNY in html and CIAS in html
    assert 'id="commune-dispositif"' in html


def test_scheme_page_with_an_ambiguous_or_unknown_commune(client, net):
    html = main_html(client.get(net["rsa"].url, {"commune": "71520"}))
    assert "Plusieurs communes correspondent à « 71520 »" in html
    assert 'href="?code_insee=71289#ou"' in html and 'href="?code_insee=71545#ou"' in html
    html = main_html(client.get(net["rsa"].url, {"commune": '<script>alert("x")</script>'}))
    assert "Commune inconnue" in html and 'aria-invalid="true"' in html
    assert "<script>alert" not in html
    # Outside the scheme's zone, the page warns.
    html = main_html(client.get(net["local_aid"].url, {"commune": "Matour"}))
    assert "n’est pas prévu pour les habitants de Matour" in html


def test_commune_page_lists_only_who_serves_it_with_notices_and_selection(client, net):
    html = main_html(client.get("/communes/71289/"))
    assert CIAS in html and "Plateforme nationale d’écoute" in html
    assert CCAS_CLUNY not in html and "Maison départementale des solidarités de Charolles" not in html
    assert doors_network.NOTICE in html
    assert "Ajouter à la sélection" in html and 'name="commune" value="71289"' in html
    assert f'href="{net["rsa"].url}?code_insee=71289"' in html
    assert DIRECT_LINE not in html


def test_handout_keeps_the_commune_in_the_session_and_the_shared_link(client, net):
    rsa, cias = net["rsa"], net["cias"]
    client.post("/selection/ajouter/", {"page": rsa.pk, "commune": "71289", "next": rsa.url})
    # Added from a page about another commune: the handout stays Matour's.
    client.post("/selection/ajouter/", {"page": cias.pk, "commune": "71137"})
    assert client.session["orientation_commune"] == "71289"
    html = main_html(client.get("/selection/"))
    assert "Pour une personne habitant Matour (71520)" in html
    sheet = html[html.index('class="handout"') :]
    assert sheet.index(CIAS) < sheet.index("Maison départementale des solidarités de Cluny")
    assert CCAS_CLUNY not in sheet
    assert doors_network.NOTICE in sheet
    assert f"/fiche-orientation/?p={rsa.pk},{cias.pk}&amp;code_insee=71289" in html

    shared = main_html(Client().get("/fiche-orientation/", {"p": f"{rsa.pk},{cias.pk}", "commune": "71289"}))
    assert "Pour une personne habitant Matour (71520)" in shared
    assert CIAS in shared and CCAS_CLUNY not in shared

    # Another commune, chosen on the sheet; then none.
    response = client.post("/selection/commune/", {"commune": "Cluny"})
    assert response.status_code == 302 and client.session["orientation_commune"] == "71137"
    sheet = main_html(client.get("/selection/"))
    assert CCAS_CLUNY in sheet[sheet.index('class="handout"') :]
    response = client.post("/selection/commune/", {"commune": "71520"})
    assert response.status_code == 200 and "Plusieurs communes correspondent" in response.content.decode()
    response = client.post("/selection/commune/", {"commune": "Atlantide"})
    assert response.status_code == 400 and "Commune inconnue" in response.content.decode()
    assert "Pour une personne habitant Cluny" in response.content.decode()  # the sheet is still Cluny's
    assert client.session["orientation_commune"] == "71137"
    client.post("/selection/commune/", {"commune": ""})
    assert "orientation_commune" not in client.session
    client.post("/selection/ajouter/", {"page": rsa.pk, "commune": "71289"})
    client.post("/selection/vider/")
    assert "orientation_commune" not in client.session


def test_handout_without_a_commune_gives_every_door_by_territory(client, net):
    rsa = net["rsa"]
    html = main_html(client.get("/fiche-orientation/", {"p": rsa.pk}))
    assert "Commune non précisée : les lieux sont donnés par territoire." in html
    assert html.index("Charolais – Brionnais") < html.index("Mâconnais – Clunisois")
    assert CCAS_CLUNY in html and CIAS in html
    response = client.get("/fiche-orientation/", {"p": rsa.pk, "commune": "<b>x</b>"})
    assert response.status_code == 400 and "<b>x</b>" not in response.content.decode()


def test_handout_never_prints_network_only_contacts(client, net):
    client.force_login(net["member"])
    client.post("/selection/ajouter/", {"page": net["rsa"].pk, "commune": "71289"})
    client.post("/selection/ajouter/", {"page": net["cias"].pk})
    html = client.get("/selection/").content.decode()
    assert "Accueil du CIAS" in html
    assert DIRECT_LINE not in html


def test_search_results_show_notices_and_keep_the_commune(client, net):
    html = main_html(client.get("/recherche/", {"q": "CIAS", "commune": "71289"}))
    assert doors_network.NOTICE in html
    assert 'name="commune" value="71289"' in html  # the selection remembers the commune
    html = main_html(client.get("/recherche/", {"q": "zzyzx", "commune": "71289", "ouvert": "1"}))
    assert 'href="?q=zzyzx&amp;code_insee=71289"' in html
    assert "Relancer la recherche sans filtre, pour Matour" in html


def test_open_now_with_nothing_open_says_what_opens_next(client, net):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    day = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][tomorrow.weekday()]
    after = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][(tomorrow.weekday() + 1) % 7]
    for title, hours in [
        ("Épicerie solidaire de Matour", f"{day} 09:00-12:00"),
        ("Épicerie solidaire de Trambly", f"{after} 08:00-12:00"),
        ("Épicerie solidaire sans horaires", ""),
    ]:
        StructurePageFactory(
            parent=net["partner"], title=title, commune=net["matour"], opening_hours=hours
        ).save_revision().publish()
    html = main_html(client.get("/recherche/", {"q": "epicerie solidaire", "ouvert": "1"}))
    assert "Aucun résultat" in html
    assert "La prochaine à ouvrir, demain à 9 h :" in html
    assert "Épicerie solidaire de Matour</a>" in html
