"""The right door, in a real browser: a Matour resident is sent to the doors serving Matour, on the scheme
page, the commune page and the handout, on a desk screen and on a phone."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import blocking_violations, new_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_matour_resident_gets_the_doors_serving_matour(live_server, demo, browser):
    from infopublic.directory.models import SchemePage
    from infopublic.taxonomy.models import NetworkType

    # The RSA is also handled by every CCAS / CIAS: still, only those serving Matour are doors for Matour.
    rsa = SchemePage.objects.get(slug="rsa")
    rsa.handled_by.add(*NetworkType.objects.filter(value__in=["ccas-cias", "france-service"]))
    rsa.save_revision().publish()

    for width in (1280, 375):
        page = new_page(browser, width=width)
        page.goto(f"{live_server.url}{rsa.url}?commune=Matour")
        doors = page.get_by_role("region", name="Où s’adresser")
        expect(doors.get_by_text("Lieux qui desservent Matour, les plus proches en premier.")).to_be_visible()
        expect(doors.get_by_role("link", name="France services entre Charolais et Brionnais")).to_be_visible()
        expect(doors.get_by_role("link", name="CCAS de Cluny")).to_have_count(0)
        assert blocking_violations(page) == [], f"dispositif-rsa-matour-{width}"
        screenshot(page, f"portes-rsa-matour-{width}")

        # For Cluny, the CCAS de Cluny is a door.
        page.get_by_label("Commune de la personne (nom ou code postal)").fill("Cluny")
        page.get_by_role("button", name="Changer de commune").click()
        expect(doors.get_by_role("link", name="CCAS de Cluny")).to_be_visible()
        page.context.close()

    page = new_page(browser, width=375)
    page.goto(f"{live_server.url}/communes/71289/")
    expect(page.get_by_role("link", name="CCAS de Cluny")).to_have_count(0)
    assert blocking_violations(page) == [], "commune-matour-375"
    screenshot(page, "portes-commune-matour-375")

    # The RSA goes into the selection from its page for Matour: the handout is Matour's.
    page.goto(f"{live_server.url}{rsa.url}?commune=71289")
    page.locator(".fiche__actions").get_by_role("button", name=re.compile("Ajouter à la sélection")).click()
    expect(page.locator("[data-selection-count]")).to_have_text("1")
    page.goto(f"{live_server.url}/selection/")
    sheet = page.locator(".handout")
    expect(sheet.get_by_text(re.compile("Pour une personne habitant Matour"))).to_be_visible()
    expect(sheet.get_by_text("France services entre Charolais et Brionnais")).to_be_visible()
    expect(sheet.get_by_text("CCAS de Cluny")).to_have_count(0)
    assert "code_insee=71289" in page.locator("#lien-fiche").input_value()
    assert blocking_violations(page) == [], "fiche-matour-375"
    screenshot(page, "portes-fiche-matour-375")
    page.context.close()
