"""Sending a referral: consent required, minimal data, bleached texts, the structure told by email."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from infopublic.referrals.models import CONSENT_WORDING, Referral, Status

from .conftest import MESSAGE, PERSON_NAME, PERSON_PHONE, form_data

pytestmark = pytest.mark.django_db


def create_url(network, structure=None):
    return reverse("referrals:create") + f"?structure={(structure or network.structure_a).pk}"


def test_member_sends_a_referral_and_the_structure_is_emailed(client, network):
    client.force_login(network.member)
    page = client.get(create_url(network) + f"&commune={network.commune.code}")
    assert page.status_code == 200
    assert str(CONSENT_WORDING) in page.content.decode()
    response = client.post(create_url(network), form_data(network))
    referral = Referral.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "referrals:detail", args=[referral.pk]
    )
    assert referral.status == Status.SENT
    assert referral.person_name == PERSON_NAME and referral.person_phone == PERSON_PHONE
    assert referral.consent_wording == str(CONSENT_WORDING)
    assert list(referral.themes.all()) == [network.theme]
    assert [message.to for message in mail.outbox] == [["a@ccas.example"]]
    body = mail.outbox[0].body
    assert "/orientations/reponse/" in body
    # The email carries no personal data: the details stay behind the link.
    for secret in (PERSON_NAME, PERSON_PHONE, "Loyer impayé"):
        assert secret not in body and secret not in mail.outbox[0].alternatives[0][0]


def test_consent_is_mandatory(client, network):
    client.force_login(network.member)
    response = client.post(create_url(network), form_data(network, consent=None))
    assert response.status_code == 400
    assert "Le consentement de la personne est obligatoire" in response.content.decode()
    assert not Referral.objects.exists()
    assert mail.outbox == []


def test_the_structure_must_serve_the_commune(client, network):
    client.force_login(network.member)
    data = form_data(network, commune="Chalon-sur-Saône", code_insee=network.elsewhere.code)
    response = client.post(create_url(network), data)
    assert response.status_code == 400
    assert "ne dessert pas Chalon-sur-Saône" in response.content.decode()


def test_contact_required_for_the_chosen_method_and_social_security_numbers_refused(client, network):
    client.force_login(network.member)
    response = client.post(create_url(network), form_data(network, person_phone=""))
    assert response.status_code == 400 and "Indiquez le téléphone" in response.content.decode()
    response = client.post(create_url(network), form_data(network, message="NIR 1 84 12 75 123 456 78"))
    assert response.status_code == 400 and "sécurité sociale" in response.content.decode()
    assert not Referral.objects.exists()


def test_free_texts_are_bleached(client, network):
    client.force_login(network.member)
    hostile = '<script>alert(1)</script><b onmouseover="x()">Aide</b> au loyer'
    response = client.post(create_url(network), form_data(network, message=hostile, person_name="<i>Zo</i>"))
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert "<" not in referral.message and "script" not in referral.message.lower().replace("alert", "")
    assert referral.message.endswith("Aide au loyer")
    assert referral.person_name == "Zo"
    page = client.get(reverse("referrals:detail", args=[referral.pk])).content.decode()
    assert "<script>alert" not in page and "onmouseover" not in page


def test_only_the_chosen_contact_is_kept(client, network):
    client.force_login(network.member)
    client.post(create_url(network), form_data(network, person_email="zoe@example.net"))
    referral = Referral.objects.get()
    assert referral.person_email is None


def test_recap_to_the_person_is_opt_in(client, network):
    client.force_login(network.member)
    data = form_data(network, contact_method="email", person_phone="", person_email="zoe@example.net")
    client.post(create_url(network), data)
    assert [m.to for m in mail.outbox] == [["a@ccas.example"]]
    mail.outbox.clear()
    client.post(create_url(network), {**data, "recap_requested": "on"})
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["a@ccas.example", "zoe@example.net"]
    recap = next(m for m in mail.outbox if m.to == ["zoe@example.net"])
    assert "1 rue de la Paix" in recap.body and MESSAGE not in recap.body


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_only_network_members_send(client, network, who):
    if who == "outsider":
        client.force_login(network.outsider)
    response = client.get(create_url(network))
    assert response.status_code in (302, 403)
    assert client.post(create_url(network), form_data(network)).status_code in (302, 403)
    assert not Referral.objects.exists()


@pytest.mark.parametrize("value", ["", "abc", "999999", "1e3", "١٢", "99999999999999999999"])
def test_unknown_or_crafted_structure_ids_are_404(client, network, value):
    client.force_login(network.member)
    assert client.get(reverse("referrals:create") + f"?structure={value}").status_code == 404


def test_structure_not_taking_referrals_is_404(client, network):
    network.structure_b.accepts_referrals = False
    network.structure_b.save_revision().publish()
    client.force_login(network.member)
    assert client.get(create_url(network, network.structure_b)).status_code == 404


def test_the_need_starts_unchosen_and_is_required(client, network):
    client.force_login(network.member)
    html = client.get(create_url(network)).content.decode()
    assert "Orienter une personne vers : Accueil social de Mâcon</h1>" in html
    select = re.search(r'<select name="theme"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None and "required" in select.group(0).split(">")[0]
    options = re.findall(r"<option[^>]*>[^<]*</option>", select.group(1))
    assert options[0] == '<option value="" selected>— choisir —</option>'
    assert all("selected" not in option for option in options[1:]) and len(options) == 2
    response = client.post(create_url(network), form_data(network, theme=None))
    assert response.status_code == 400 and not Referral.objects.exists()
    assert 'id="id_theme-erreur"' in response.content.decode()
