"""A receptionist at the desk, in a real browser: search, commune, filters, handout, keyboard, axe."""

import re

from django.contrib.auth import get_user_model

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS, blocking_violations, new_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RSA = "Revenu de solidarité active (RSA)"


def assert_accessible(page, name):
    screenshot(page, name)
    assert blocking_violations(page) == [], name


def test_receptionist_orients_a_person(live_server, demo, browser):
    page = new_page(browser)

    # Home: one search field; the receptionist types "rsa" and opens the right scheme.
    page.goto(live_server.url)
    assert_accessible(page, "accueil")
    page.get_by_label("Que cherche la personne ?").fill("rsa")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q=rsa"))
    assert_accessible(page, "recherche-rsa")
    page.get_by_role("link", name=RSA).click()
    assert page.get_by_role("heading", level=1).inner_text() == RSA
    assert page.locator(".documents li").count() >= 1
    assert_accessible(page, "dispositif-rsa")

    # The scheme goes into the selection without leaving the page (progressive enhancement).
    page.locator(".fiche__actions").get_by_role("button", name=re.compile("Ajouter à la sélection")).click()
    expect(page.locator("[data-selection-count]")).to_have_text("1")

    # "She lives in Cluny": the commune field suggests it, and its page lists the town hall and the CCAS.
    page.goto(live_server.url)
    page.get_by_label("Sa commune (nom ou code postal)").press_sequentially("Clun", delay=30)
    page.get_by_role("option", name="Cluny (71250)").wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Voir qui accueille ses habitants").click()
    page.wait_for_url(re.compile(r"/communes/71137/$"))
    mairie = page.get_by_role("region", name="Mairie")
    assert mairie.get_by_role("link", name="Mairie de Cluny").is_visible()
    assert (
        page.get_by_role("region", name="CCAS / CIAS").get_by_role("link", name="CCAS de Cluny").is_visible()
    )
    assert_accessible(page, "commune-cluny")
    # The map marks the places with Leaflet's marker image, from the static files (Leaflet's own guess of its
    # address resolved it against the page's and got a 404).
    page.locator("details.map-details summary").click()
    marker = page.locator(".leaflet-marker-icon").first
    expect(marker).to_be_visible()
    assert "/leaflet/images/marker-icon" in marker.get_attribute("src")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.leaflet-marker-icon')]"
        ".every(image => image.complete && image.naturalWidth > 0)"
    )

    # The CCAS joins the selection too.
    page.get_by_role("link", name="CCAS de Cluny").first.click()
    assert_accessible(page, "structure-ccas-cluny")
    page.get_by_role("button", name=re.compile("Ajouter à la sélection")).click()
    expect(page.locator("[data-selection-count]")).to_have_text("2")

    # The printable sheet: both fiches, and no navigation chrome once printed.
    page.get_by_role("link", name=re.compile("Ma sélection")).click()
    sheet = page.locator(".handout")
    # expect() waits for the navigation and the print styles (a bare is_hidden() reads the page at once).
    expect(sheet.get_by_role("heading", name=RSA)).to_be_visible()
    expect(sheet.get_by_role("heading", name="CCAS de Cluny")).to_be_visible()
    assert "Pièce d’identité" in sheet.inner_text() or sheet.locator(".checklist li").count() >= 1
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".handout-tools")).to_be_hidden()
    expect(sheet).to_be_visible()
    screenshot(page, "fiche-orientation-impression")
    page.pdf(path=str(ARTIFACTS / "fiche-orientation.pdf"), format="A4")
    share_url = page.locator("#lien-fiche").input_value()

    # The shared link rebuilds the same sheet in another browser, without the session.
    other = new_page(browser)
    other.goto(share_url)
    titles = other.locator(".handout h3").all_inner_texts()
    assert titles == [RSA, "CCAS de Cluny"]
    other.context.close()
    page.context.close()


def test_keyboard_search_theme_filter_and_network_only_contacts(live_server, demo, browser):
    page = new_page(browser)

    # The skip link comes first and leads to the main content.
    page.goto(live_server.url + "/recherche/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"

    # Keyboard only: type, pick a suggestion with the arrows, then tab to the result and open it.
    page.keyboard.press("Tab")
    for _attempt in range(10):
        if page.evaluate("document.activeElement.id") == "recherche-q":
            break
        page.keyboard.press("Tab")
    page.keyboard.type("revenu de sol", delay=30)
    page.get_by_role("option", name=RSA).wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q="))
    for _attempt in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == RSA:
            break
    else:
        pytest.fail("the first result cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/rsa/"))
    assert page.get_by_role("heading", level=1).inner_text() == RSA

    # Filtering by theme keeps the query and narrows the results.
    page.goto(live_server.url + "/recherche/?q=aide")
    total_before = int(re.search(r"\d+", page.locator(".search-count").inner_text()).group())
    facet = page.locator(".search-facets__themes a").first
    facet_count = int(re.search(r"\((\d+)\)", facet.inner_text()).group(1))
    facet.click()
    page.wait_for_url(re.compile(r"theme="))
    assert "q=aide" in page.url
    assert page.locator(".search-facets__themes a[aria-current='true']").count() == 1
    total_after = int(re.search(r"\d+", page.locator(".search-count").inner_text()).group())
    assert total_after == facet_count <= total_before
    screenshot(page, "recherche-filtre-thematique")

    # Zero results: help instead of an empty page; the list works at 320 px wide.
    small = new_page(browser, width=320)
    small.goto(live_server.url + "/recherche/?q=zzyzx")
    assert small.get_by_role("heading", name="Aucun résultat").is_visible()
    assert small.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot(small, "recherche-zero-resultat-320px")
    small.context.close()
    page.context.close()

    # Network-only contacts: hidden from an anonymous visitor, shown to the `accueil` account.
    anonymous = new_page(browser)
    anonymous.goto(live_server.url + "/ccas-de-cluny/ccas-cluny/")
    contacts = anonymous.locator(".contacts").inner_text()
    assert "Responsable du CCAS" not in contacts
    assert "03 85 59 20 18" not in anonymous.content()
    anonymous.context.close()

    assert get_user_model().objects.filter(username="accueil").exists()
    receptionist = new_page(browser)
    receptionist.goto(live_server.url + "/admin/login/?next=/ccas-de-cluny/ccas-cluny/")
    receptionist.locator("#id_username").fill("accueil")
    receptionist.locator("#id_password").fill("infopublic-demo")
    receptionist.keyboard.press("Enter")
    receptionist.wait_for_url(re.compile(r"/ccas-de-cluny/ccas-cluny/$"))
    contacts = receptionist.locator(".contacts").inner_text()
    assert "Responsable du CCAS" in contacts
    assert "réservé au réseau" in contacts
    receptionist.context.close()
