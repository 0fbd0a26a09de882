"""A referral end to end in a real browser: a receptionist sends it, the structure answers from the link in
its email, the sender sees the answer. Every page is axe-clean, at desktop and phone widths."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from .conftest import blocking_violations, new_page, screenshot
from .test_desk_space import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def assert_accessible(page, name):
    screenshot(page, name)
    assert blocking_violations(page) == [], name


def sign_in(page, base_url):
    """Through the sign-in page itself (on phones the header's link sits in a menu)."""
    page.goto(base_url + "/connexion/")
    page.get_by_label("Identifiant").fill("accueil")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(re.compile(r"/reseau/mon-espace/$"))


def answer_link(base_url):
    """The link of the structure's email (built on WAGTAILADMIN_BASE_URL), on the live server."""
    body = mail.outbox[-1].body
    link = next(line.strip() for line in body.splitlines() if "/orientations/reponse/" in line)
    return base_url + link[link.index("/orientations/reponse/") :]


@pytest.mark.parametrize("width", [1280, 375])
def test_receptionist_sends_a_referral_the_structure_answers_from_its_email(
    live_server, demo, browser, width
):
    mail.outbox.clear()
    page = new_page(browser, width)
    sign_in(page, live_server.url)

    # From the doors of Cluny: the CCAS takes referrals and shows its capacity.
    page.goto(live_server.url + "/communes/71137/")
    card = page.locator(".card").filter(has=page.get_by_role("heading", name="CCAS de Cluny"))
    expect(card.locator(".capacity")).to_have_text("Places disponibles")
    card.get_by_role("link", name=re.compile("Orienter")).click()
    page.wait_for_url(re.compile(r"/reseau/orientations/nouvelle/\?structure=\d+&commune=71137$"))
    expect(page.get_by_label("Commune où vit la personne")).to_have_value("Cluny")

    # Consent is required: sending without it keeps the form, with the error announced.
    page.get_by_label("Besoin principal").select_option(index=1)
    page.get_by_label("Prénom ou initiales de la personne").fill("J. D.")
    page.get_by_label("Par téléphone").check()
    page.get_by_label("Téléphone de la personne").fill("06 00 00 00 00")
    page.get_by_label("Situation et demande").fill("Demande d’aide alimentaire d’urgence.")
    page.get_by_role("button", name="Envoyer la fiche de liaison").click()
    expect(page.get_by_role("alert").filter(has_text="consentement")).to_be_visible()
    assert_accessible(page, f"orientation-formulaire-{width}")
    page.get_by_label(re.compile("La personne a été informée")).check()
    page.get_by_role("button", name="Envoyer la fiche de liaison").click()
    page.wait_for_url(re.compile(r"/reseau/orientations/\d+/$"))
    expect(page.locator(".status")).to_have_text("Envoyée")
    assert_accessible(page, f"orientation-envoyee-{width}")
    sender_url = page.url

    # The structure answers from the link in its email, without signing in.
    assert mail.outbox[-1].to == ["editeur-ccas-cluny@infopublic.example"]
    structure = new_page(browser, width)
    link = answer_link(live_server.url)
    structure.goto(link)
    expect(structure.get_by_text("J. D.")).to_be_visible()
    assert_accessible(structure, f"orientation-reponse-{width}")
    structure.get_by_label("J’accepte : nous recontactons la personne").check()
    structure.get_by_label("Message à l’expéditeur (facultatif)").fill("Rendez-vous proposé jeudi.")
    structure.get_by_role("button", name="Envoyer la réponse").click()
    expect(structure.get_by_role("heading", level=1)).to_have_text("Réponse enregistrée")
    assert_accessible(structure, f"orientation-repondue-{width}")
    structure.goto(link)
    expect(structure.get_by_role("heading", level=1)).to_have_text("Fiche déjà traitée")
    structure.context.close()

    # The sender is told and sees the status.
    assert mail.outbox[-1].to == ["accueil@infopublic.example"]
    page.goto(sender_url)
    expect(page.locator(".status")).to_have_text("Acceptée")
    expect(page.get_by_text("Rendez-vous proposé jeudi.")).to_be_visible()
    page.goto(live_server.url + "/reseau/mon-espace/")
    expect(page.get_by_role("heading", name="Fiches de liaison")).to_be_visible()
    assert_accessible(page, f"orientation-mon-espace-{width}")
    page.context.close()
