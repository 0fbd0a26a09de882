"""The results page's presentation (the search logic itself is tested in tests/search)."""

import re

import pytest

from .test_pages import main_html

pytestmark = pytest.mark.django_db


def test_results_show_badges_facets_and_selection(client, network):
    html = main_html(client.get("/recherche/", {"q": "revenu", "commune": "Matour"}))
    assert "kind-badge--scheme" in html
    assert f'href="{network["rsa"].url}?code_insee=71289"' in html
    assert "Ajouter à la sélection" in html
    assert "pour une personne habitant Matour" in html
    assert "search-facets__themes" in html
    assert "theme=difficultes-financieres--aide-financiere" in html


def test_active_facet_is_marked_and_can_be_removed(client, network):
    html = main_html(
        client.get("/recherche/", {"q": "revenu", "theme": "difficultes-financieres--aide-financiere"})
    )
    assert 'aria-current="true"' in html
    assert "filtre actif" in html


def test_zero_results_help_and_unmet_need_for_the_network(client, network, member):
    html = main_html(client.get("/recherche/", {"q": "zzyzx introuvable"}))
    assert "Aucun résultat" in html
    assert "besoin-non-couvert" not in html
    client.force_login(member)
    html = main_html(client.get("/recherche/", {"q": "zzyzx introuvable", "commune": "71289"}))
    assert "/reseau/besoin-non-couvert/?q=zzyzx%20introuvable&amp;code_insee=71289" in html
    assert "Voir qui accueille les habitants de Matour" in html


def test_invalid_parameters_keep_the_form(client, network):
    response = client.get("/recherche/", {"q": "rsa", "commune": "<b>x</b>"})
    html = main_html(response)
    assert response.status_code == 400
    assert 'role="alert"' in html
    assert "<b>x</b>" not in html


def test_hostile_titles_are_escaped_in_results(client, network):
    from ..factories import StructurePageFactory
    from .conftest import HOSTILE

    structure = StructurePageFactory(parent=network["partner"], title=f"Permanence {HOSTILE}")
    structure.save_revision().publish()
    html = main_html(client.get("/recherche/", {"q": "permanence"}))
    assert "Permanence" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html


def test_structures_with_a_location_get_a_map_view(client, network):
    html = main_html(client.get("/recherche/", {"q": "mairie"}))
    assert "Mairie de Matour" in html
    assert "data-view-toggle" in html
    assert 'data-lat="46.306400" data-lng="4.483600" data-title="Mairie de Matour"' in html
    # One marker per located structure, none for contacts or schemes.
    assert html.count("data-marker ") == html.count("search-result search-result--structure")
    html = main_html(client.get("/recherche/", {"q": "revenu"}))
    assert "data-view-toggle" not in html


@pytest.mark.django_db
def test_result_counts_are_french(client, network):
    from infopublic.territories.typography import count_results

    html = client.get("/recherche/", {"q": "zzyzx"}).content.decode()
    assert "Aucun résultat" in html and "0 résultat" not in html
    html = client.get("/recherche/", {"q": "Aide réservée à Mâcon"}).content.decode()
    count = re.search(r'class="search-count"[^>]*>\s*([^<·]+)', html).group(1).strip()
    assert count in {count_results(n).capitalize() for n in range(1, 20)}
