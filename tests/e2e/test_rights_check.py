"""« Vérifier mes droits » in a real browser: one form without JavaScript's help, results, axe, handout."""

import re

import pytest
from playwright.sync_api import expect

from infopublic.rights.openfisca import model

from .conftest import blocking_violations, new_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_public_checks_a_household_in_montceau_and_adds_the_schemes_to_the_handout(
    live_server, demo, browser
):
    model.system  # noqa: B018 - the live server runs in this process: load openfisca-france once, here
    page = new_page(browser)
    page.set_default_navigation_timeout(180_000)  # the first estimate of a process, on a busy machine
    page.goto(live_server.url + "/verifier-mes-droits/?code_insee=71306")
    expect(page.get_by_label("Commune de résidence")).to_have_value("Montceau-les-Mines")
    assert blocking_violations(page) == []

    page.get_by_label("Situation familiale").select_option("seul")
    page.get_by_label("Âge", exact=True).fill("40")
    page.get_by_label("Nationalité et séjour").select_option("francaise")
    page.get_by_label("Statut", exact=True).select_option("sans-activite")
    page.get_by_label("Handicap reconnu par la MDPH").select_option("non")
    page.get_by_label("Logement").select_option("locataire")
    page.get_by_label("Loyer mensuel hors charges (€)").fill("450")
    salaries = page.get_by_label("Salaires et revenus d’activité nets (€ par mois)")
    salaries.fill("0")
    salaries.press("Enter", no_wait_after=True)  # the keyboard sends the form

    page.get_by_role("heading", name="Résultat pour Montceau-les-Mines").wait_for(timeout=180_000)
    probable = page.locator(".rights-item--probable")
    expect(probable.filter(has_text="Revenu de solidarité active")).to_contain_text("estimation indicative")
    expect(
        probable.filter(has_text="Allocation communale de solidarité de Montceau-les-Mines")
    ).to_be_visible()
    expect(page.locator(".rights-item--ferme").filter(has_text="Fonds d’aide aux jeunes")).to_contain_text(
        "jusqu’à 25 ans"
    )
    expect(page.get_by_text("mesdroitssociaux.gouv.fr").first).to_be_visible()
    screenshot(page, "rights-check-1280")
    assert blocking_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    screenshot(page, "rights-check-375")

    page.get_by_role("button", name="Ajouter les dispositifs cochés à la sélection").click()
    page.wait_for_url(re.compile(r"/selection/$"))
    expect(page.get_by_text("Allocation communale de solidarité de Montceau-les-Mines").first).to_be_visible()
    page.context.close()
