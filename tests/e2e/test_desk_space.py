"""The receptionist's own space in a real browser: sign in, one home form, combobox, Mon espace, sign out."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import blocking_violations, new_page, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "infopublic-demo"
NEED = "Que cherche la personne ?"
COMMUNE = "Sa commune (nom ou code postal)"


def assert_accessible(page, name):
    screenshot(page, name)
    assert blocking_violations(page) == [], name


def sign_in(page, base_url, username="accueil"):
    page.goto(base_url + "/")
    page.get_by_role("link", name="Se connecter").click()
    page.wait_for_url(re.compile(r"/connexion/\?next=/$"))
    page.get_by_label("Identifiant").fill(username)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(base_url + "/")
    expect(page.get_by_role("status").filter(has_text="Vous êtes connecté.")).to_be_visible()


def test_member_signs_in_searches_with_one_form_opens_my_space_and_signs_out(live_server, demo, browser):
    page = new_page(browser)
    page.goto(live_server.url + "/connexion/")
    assert_accessible(page, "connexion")
    sign_in(page, live_server.url)

    # The need, then the commune picked from its list with the keyboard: the form is not sent yet.
    need = page.get_by_label(NEED)
    need.fill("rsa")
    commune = page.get_by_label(COMMUNE)
    commune.click()
    commune.press_sequentially("Clun", delay=30)
    page.get_by_role("option", name="Cluny (71250)").wait_for()
    page.keyboard.press("ArrowDown")
    assert commune.get_attribute("aria-activedescendant")
    expect(page.get_by_role("option", name="Cluny (71250)")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(commune).to_have_value("Cluny")
    assert page.locator("input[name='code_insee']").input_value() == "71137"
    expect(commune).to_have_attribute("aria-expanded", "false")
    assert page.url == live_server.url + "/"
    expect(page.get_by_role("link", name="Voir qui accueille ses habitants")).to_have_attribute(
        "href", "/communes/71137/"
    )

    # A second Enter sends need and commune together.
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q=rsa&commune=Cluny&code_insee=71137$"))
    expect(page.locator(".search-count")).to_contain_text("Cluny")

    # Mon espace: the member's tools, accessible.
    page.get_by_role("link", name="Mon espace").click()
    page.wait_for_url(re.compile(r"/reseau/mon-espace/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon espace")
    expect(page.get_by_role("heading", name="Mes sélections enregistrées")).to_be_visible()
    assert_accessible(page, "mon-espace")

    # Sign out: a POST from the header; Mon espace then asks to sign in again.
    page.get_by_role("button", name=re.compile("Se déconnecter")).click()
    page.wait_for_url(live_server.url + "/")
    expect(page.get_by_role("link", name="Se connecter")).to_be_visible()
    page.goto(live_server.url + "/reseau/mon-espace/")
    page.wait_for_url(re.compile(r"/connexion/\?next=/reseau/mon-espace/$"))
    page.context.close()


def test_an_idle_session_ends(live_server, demo, browser, settings):
    settings.SESSION_COOKIE_AGE = 15
    settings.SESSION_IDLE_TIMEOUT = 15
    page = new_page(browser)
    sign_in(page, live_server.url)
    page.goto(live_server.url + "/reseau/mon-espace/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon espace")
    page.wait_for_timeout(17_000)
    page.reload()
    page.wait_for_url(re.compile(r"/connexion/\?next=/reseau/mon-espace/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Connexion des membres du réseau")
    page.context.close()


def test_combobox_keyboard_and_clicks_meant_for_other_fields(live_server, demo, browser):
    page = new_page(browser)
    page.goto(live_server.url)
    need = page.get_by_label(NEED)
    commune = page.get_by_label(COMMUNE)
    expect(need).to_have_attribute("role", "combobox")

    # Arrows move through the options and wrap; Escape closes and keeps the text.
    need.press_sequentially("rsa", delay=30)
    options = page.locator("#" + need.get_attribute("aria-controls") + " [role='option']")
    options.first.wait_for()
    expect(need).to_have_attribute("aria-expanded", "true")
    count = options.count()
    page.keyboard.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowUp")
    expect(options.nth(count - 1)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Escape")
    expect(need).to_have_attribute("aria-expanded", "false")
    expect(need).to_have_value("rsa")

    # Tab leaves the field without choosing anything.
    page.keyboard.press("ArrowDown")
    expect(need).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(need).to_have_value("rsa")
    expect(need).to_have_attribute("aria-expanded", "false")

    # A press on an option released elsewhere chooses nothing.
    need.click()
    need.press("End")
    need.press_sequentially(" ", delay=30)
    options.first.wait_for()
    box = options.first.bounding_box()
    page.mouse.move(box["x"] + 10, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(5, 5)
    page.mouse.up()
    expect(need).to_have_value("rsa ")

    # Suggestions that arrive after the receptionist moved to the commune field never open over it.
    page.evaluate(
        """() => {
            const original = window.fetch;
            window.fetch = (...args) => new Promise((resolve) => setTimeout(resolve, 800))
                .then(() => original(...args));
        }"""
    )
    need.fill("")
    need.press_sequentially("aide", delay=20)
    page.wait_for_timeout(200)
    commune.click()
    page.wait_for_timeout(1500)
    expect(need).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#" + need.get_attribute("aria-controls"))).to_be_hidden()
    commune.click()
    expect(commune).to_be_focused()
    expect(need).to_have_value("aide")
    assert page.url == live_server.url + "/"

    # A complete click on an option fills the need without sending the form.
    page.evaluate("() => { window.location.reload(); }")
    page.wait_for_load_state()
    page.get_by_label(NEED).press_sequentially("revenu de sol", delay=30)
    page.get_by_role("option", name="Revenu de solidarité active (RSA)").click()
    expect(page.get_by_label(NEED)).to_have_value("Revenu de solidarité active (RSA)")
    assert page.url == live_server.url + "/"
    page.context.close()


def test_around_me_picks_the_nearest_commune(live_server, demo, browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="fr-FR",
        geolocation={"latitude": 46.4340, "longitude": 4.6600},
        permissions=["geolocation"],
    )
    page = context.new_page()
    page.goto(live_server.url)
    page.get_by_role("button", name="Autour de moi").click()
    expect(page.get_by_label(COMMUNE)).to_have_value("Cluny")
    assert page.locator("input[name='code_insee']").input_value() == "71137"
    expect(page.locator("#aide-ma-commune")).to_contain_text("Commune choisie : Cluny.")
    context.close()


def test_on_a_phone_the_first_result_shows_above_the_folded_filters(live_server, demo, browser):
    context = browser.new_context(viewport={"width": 375, "height": 667}, locale="fr-FR")
    context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    page.goto(live_server.url + "/recherche/?q=aide&commune=71137")
    first = page.locator(".search-result").first
    expect(first).to_be_visible()
    box = first.locator(".search-result__title").bounding_box()
    assert box["y"] + box["height"] <= 667, box
    filters = page.get_by_role("button", name=re.compile("^Commune et filtres"))
    expect(filters).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_label("Thématique", exact=True)).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page, "recherche-375px-replie")
    filters.click()
    expect(filters).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_label("Thématique", exact=True)).to_be_visible()
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("link", name="Se connecter")).to_be_visible()
    assert_accessible(page, "recherche-375px-deplie")
    context.close()
