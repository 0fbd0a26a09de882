"""Public pages rendered by the server: fiches, commune, browsing pages; network-only data never leaks."""

import json
import re

import pytest

from ..factories import StructureContactFactory, StructurePageFactory
from .conftest import HOSTILE

pytestmark = pytest.mark.django_db


def main_html(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_structure_page_for_the_public_and_for_the_network(client, network, member):
    town_hall = network["town_hall"]
    response = client.get(town_hall.url)
    html = main_html(response)
    assert "Du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 17 h" in html
    assert "Fermé les jours fériés" in html
    assert re.search(r"(Ouvert|Fermé) · (ferme|ouvre)", html)
    assert "03 85 59 70 11" in html
    # Network-only contact and notes: absent for the public, everywhere in the page (JSON-LD included).
    page_html = response.content.decode()
    assert "06 12 34 56 78" not in page_html
    assert "Ligne directe" not in page_html
    assert "avant 10 h" not in page_html
    json_ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page_html).group(1))
    assert json_ld["name"] == "Mairie de Matour"
    assert json_ld["openingHours"] == town_hall.opening_hours
    assert json_ld["geo"]["latitude"] == pytest.approx(46.3064)

    client.force_login(member)
    html = main_html(client.get(town_hall.url))
    assert "06 12 34 56 78" in html
    assert "réservé au réseau" in html
    assert "Appeler la secrétaire avant 10 h" in html


def test_hostile_text_is_escaped_everywhere(client, network):
    structure = StructurePageFactory(
        parent=network["partner"],
        title=HOSTILE,
        summary=HOSTILE,
        address=HOSTILE,
        opening_hours="",
        opening_hours_note=HOSTILE,
    )
    StructureContactFactory(structure=structure, name=HOSTILE, note=HOSTILE)
    structure.save_revision().publish()
    response = client.get(structure.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    # JSON-LD cannot be closed early by a title.
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</script" not in json_ld.lower()
    assert json.loads(json_ld)["name"] == HOSTILE


def test_scheme_page_lists_current_amounts_documents_and_nearest_structures(client, network):
    rsa = network["rsa"]
    html = main_html(client.get(rsa.url))
    assert "646,52 €</span> par mois" in html
    assert "depuis le 1er\xa0avril 2025" in html
    assert "Ancien barème" not in html
    assert "Pièce d’identité" in html and "Avis d’imposition" in html
    assert '<abbr title="Revenu de solidarité active">RSA</abbr>' in html
    # Without a commune: alphabetical; with Matour, the CIAS 4 km away comes before Mâcon.
    assert html.index("Antenne de Mâcon") < html.index("CIAS Saint-Cyr Mère Boitier")
    html = main_html(client.get(rsa.url, {"commune": "Matour"}))
    assert html.index("CIAS Saint-Cyr Mère Boitier") < html.index("Antenne de Mâcon")
    assert "Lieux qui desservent Matour, les plus proches en premier." in html


def test_commune_page_answers_who_covers_it_and_what_applies(client, network):
    html = main_html(client.get("/communes/71289/"))
    mairie = html.index('id="role-mairie"')
    ccas = html.index('id="role-ccas"')
    others = html.index('id="role-autres"')
    assert mairie < html.index("Mairie de Matour") < ccas < html.index("CIAS Saint-Cyr Mère Boitier") < others
    assert html.index("Antenne de Mâcon") > others
    assert "4,3 km" in html
    assert "Dispositifs de l’intercommunalité" in html and "Aide au chauffage" in html
    assert "Dispositifs nationaux" in html and "Revenu de solidarité active" in html
    assert "Aide réservée à Mâcon" not in html
    assert client.get("/communes/99999/").status_code == 404


def test_commune_lookup_and_suggestions(client, network):
    response = client.get("/communes/", {"q": "Matour"})
    assert response.status_code == 302 and response["Location"] == "/communes/71289/"
    response = client.get("/communes/", {"q": "71520"})
    assert response.status_code == 200
    assert "Matour" in response.content.decode() and "Trambly" in response.content.decode()
    response = client.get("/communes/", {"q": HOSTILE})
    assert "<script>alert" not in response.content.decode()
    data = client.get("/communes/suggestions/", {"q": "mat"}).json()
    assert data["results"][0] == {
        "code": "71289",
        "code_insee": "71289",
        "name": "Matour",
        "postal_code": "71520",
        "postal_codes": ["71520"],
        "url": "/communes/71289/",
    }
    assert client.get("/communes/suggestions/", {"q": ""}).json() == {"results": []}


def test_home_glossary_themes_and_territories(client, network):
    html = main_html(client.get("/"))
    assert 'action="/recherche/"' in html and 'name="code_insee"' in html  # one form: need + commune
    assert "/thematiques/difficultes-financieres/" in html
    assert "Revenu de solidarité active (RSA)" in html  # latest updates

    html = main_html(client.get("/glossaire/"))
    assert "Centre intercommunal d’action sociale" in html

    html = main_html(client.get("/thematiques/"))
    assert "Difficultés financières" in html and "1 dispositif" in html
    html = main_html(client.get("/thematiques/difficultes-financieres/"))
    assert "Revenu de solidarité active (RSA)" in html
    assert "CIAS Saint-Cyr Mère Boitier" in html  # delivers the RSA
    assert "Aide au chauffage" not in html
    assert client.get("/thematiques/inconnue/").status_code == 404

    html = main_html(client.get("/territoires/"))
    assert "Communauté de communes Saint-Cyr Mère Boitier" in html
    html = main_html(client.get("/territoires/200070000/"))
    assert "Matour" in html and "Trambly" in html
    assert "CIAS Saint-Cyr Mère Boitier" in html and "Aide au chauffage" in html


def test_unpublished_fiches_stay_private(client, network):
    network["ccas"].unpublish()
    html = main_html(client.get("/communes/71289/"))
    assert "CIAS Saint-Cyr Mère Boitier" not in html
    html = main_html(client.get(network["rsa"].url))
    assert "CIAS Saint-Cyr Mère Boitier" not in html


def test_cached_fragments_follow_publication(client, network):
    rsa = network["rsa"]
    assert "Résider en France" not in main_html(client.get(rsa.url))
    rsa.conditions = "<p>Résider en France</p>"
    rsa.save_revision().publish()
    assert "Résider en France" in main_html(client.get(rsa.url))

    assert "Aide au chauffage" in main_html(client.get("/communes/71289/"))
    network["local_aid"].unpublish()
    assert "Aide au chauffage" not in main_html(client.get("/communes/71289/"))


def test_a_view_restricted_partner_is_not_listed_on_the_home_page(client, home_page):
    from wagtail.models import PageViewRestriction

    from ..factories import PartnerPageFactory

    hidden = PartnerPageFactory(parent=home_page, title="Partenaire confidentiel zqx")
    PartnerPageFactory(parent=home_page, title="Partenaire visible")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    content = client.get("/").content.decode()
    assert "Partenaire visible" in content
    assert "Partenaire confidentiel zqx" not in content
