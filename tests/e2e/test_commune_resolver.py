"""The commune as a receptionist types it, in a real browser: a shared postal code gives the communes to
choose from, a name without accents finds the commune, the chosen commune is shown by name at every width."""

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from .conftest import blocking_violations, new_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_receptionist_types_the_commune_as_people_say_it(live_server, demo, browser):
    for width in (1280, 375):
        types_the_commune(live_server, browser, width)


def commune_field(page):
    """The search page's commune field, unfolding the filters first on a phone (once the page's script has
    folded them: on a slow machine a click can land before it runs)."""
    page.wait_for_load_state()
    field = page.locator("#recherche-commune")
    toggle = page.locator("button.fold-toggle[aria-controls='filtres-recherche']")
    for _attempt in range(3):
        if field.is_visible():
            break
        if toggle.count() and toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
            toggle.click()
        try:
            field.wait_for(state="visible", timeout=5_000)
        except PlaywrightTimeoutError:
            continue
    return field


def types_the_commune(live_server, browser, width):
    page = new_page(browser, width=width)

    # "71250": Cluny's postal code, shared by 21 communes: the list to choose from, Cluny first.
    page.goto(f"{live_server.url}/recherche/?q=rsa")
    commune_field(page).fill("71250")
    commune_field(page).press("Enter")
    choices = page.locator(".commune-choices")
    expect(choices).to_contain_text("Plusieurs communes correspondent à « 71250 »")
    expect(choices.get_by_role("link").first).to_have_text("Cluny")
    assert "Laizé" not in choices.inner_text()
    screenshot(page, f"commune-71250-{width}")
    assert blocking_violations(page) == []
    choices.get_by_role("link", name="Cluny", exact=True).click()
    expect(page.locator(".search-count")).to_contain_text("pour une personne habitant Cluny")
    expect(page.locator("#recherche-commune")).to_have_value("Cluny")

    # "sainte cecile" typed without accents: the suggestion list proposes Sainte-Cécile; picked, the search
    # answers for it and the field shows its name, never its code.
    field = commune_field(page)
    field.fill("")
    field.press_sequentially("sainte cecile", delay=20)
    page.get_by_role("option", name="Sainte-Cécile (71250)").click()
    expect(field).to_have_value("Sainte-Cécile")
    field.press("Enter")
    page.wait_for_url(re.compile(r"code_insee=71397"))
    expect(page.locator(".search-count")).to_contain_text("pour une personne habitant Sainte-Cécile")
    expect(field).to_have_value("Sainte-Cécile")
    assert page.locator(".search-count").is_visible()
    screenshot(page, f"commune-sainte-cecile-{width}")

    # "Montceau": three communes begin so, the list to choose from (never a bare error).
    field = commune_field(page)
    field.fill("Montceau")
    field.press("Enter")
    expect(page.locator(".commune-choices").get_by_role("link")).to_have_count(3)
    page.locator(".commune-choices").get_by_role("link", name="Montceau-les-Mines").click()
    expect(page.locator(".search-count")).to_contain_text("pour une personne habitant Montceau-les-Mines")

    # The commune page from its name typed without accents.
    page.goto(f"{live_server.url}/communes/?q=macon")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Mâcon")
    page.context.close()
