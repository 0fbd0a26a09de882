"""Encryption at rest, expiry, anonymisation, erasure: nothing personal in the raw row or past retention."""

import io
from datetime import timedelta

from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import timezone

import pytest
import time_machine

from infopublic.referrals.models import PERSONAL_FIELDS, Referral, Status
from infopublic.referrals.tasks import apply_retention

from .conftest import MESSAGE, PERSON_NAME, PERSON_PHONE, make_referral

pytestmark = pytest.mark.django_db


def raw_row(referral):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM referrals_referral WHERE id = %s", [referral.pk])
        return " ".join(str(value) for value in cursor.fetchone())


def test_the_raw_row_holds_no_clear_text(network):
    referral = make_referral(
        network, person_email="zoe.secret@example.net", contact_method="email", answer_note=None
    )
    Referral.objects.filter(pk=referral.pk).update(answer_note="Réponse confidentielle")
    row = raw_row(referral)
    for clear in (PERSON_NAME, PERSON_PHONE, "06 12", "zoe.secret", "le matin", "Loyer", "confidentielle"):
        assert clear not in row
    assert row.count("gAAAAA") >= 5  # Fernet tokens
    stored = Referral.objects.get(pk=referral.pk)
    assert (stored.person_name, stored.message, stored.answer_note) == (
        PERSON_NAME,
        MESSAGE,
        "Réponse confidentielle",
    )


def test_keys_rotate_with_a_new_salt_in_front(network, settings):
    referral = make_referral(network)
    with override_settings(SALT_KEY=["new-salt", *settings.SALT_KEY]):
        # Fresh field instances derive their keys from the settings in force.
        from infopublic.referrals import models

        for field in models.Referral._meta.fields:
            field.__dict__.pop("keys", None)
            field.__dict__.pop("f", None)
        assert Referral.objects.get(pk=referral.pk).person_name == PERSON_NAME
        before = raw_row(referral)
        call_command("referrals_reencrypt", stdout=io.StringIO())
        assert raw_row(referral) != before
        assert Referral.objects.get(pk=referral.pk).person_name == PERSON_NAME
    for field in models.Referral._meta.fields:
        field.__dict__.pop("keys", None)
        field.__dict__.pop("f", None)


def test_open_referrals_expire_after_the_delay(network, settings, mailoutbox):
    settings.REFERRALS_EXPIRY_DAYS = 30
    old = make_referral(network)
    answered = make_referral(network)
    Referral.objects.filter(pk=answered.pk).update(status=Status.ACCEPTED, answered_at=timezone.now())
    fresh_later = timezone.now() + timedelta(days=29)
    with time_machine.travel(fresh_later, tick=False):
        assert apply_retention.enqueue().return_value == {"expired": 0, "anonymised": 0}
    mailoutbox.clear()
    with time_machine.travel(timezone.now() + timedelta(days=31), tick=False):
        call_command("referrals_retention", stdout=io.StringIO())
    old.refresh_from_db()
    answered.refresh_from_db()
    assert old.status == Status.EXPIRED and answered.status == Status.ACCEPTED
    assert old.person_name == PERSON_NAME  # expiry is not anonymisation
    assert [m.to for m in mailoutbox] == [["accueil@example.org"]]
    assert "expirée" in mailoutbox[0].subject


def test_every_referral_is_anonymised_after_six_months(network, settings):
    assert settings.REFERRALS_ANONYMISE_AFTER_DAYS >= 180
    referral = make_referral(network)
    Referral.objects.filter(pk=referral.pk).update(
        status=Status.ACCEPTED, answered_at=timezone.now(), answer_note="À bientôt"
    )
    recent = make_referral(network)
    later = timezone.now() + timedelta(days=settings.REFERRALS_ANONYMISE_AFTER_DAYS + 1)
    with time_machine.travel(later - timedelta(days=2), tick=False):
        assert apply_retention.enqueue().return_value["anonymised"] == 0
    Referral.objects.filter(pk=recent.pk).update(created_at=timezone.now() + timedelta(days=10))
    with time_machine.travel(later, tick=False):
        assert apply_retention.enqueue().return_value["anonymised"] == 1
    referral.refresh_from_db()
    assert referral.is_anonymised
    assert all(getattr(referral, field) is None for field in PERSONAL_FIELDS)
    # What the statistics need stays.
    assert referral.status == Status.ACCEPTED and referral.structure_id and referral.commune_id
    assert list(referral.themes.all()) == [network.theme]
    row = raw_row(referral)
    assert "gAAAAA" not in row
    recent.refresh_from_db()
    assert recent.person_name == PERSON_NAME


def test_coordination_erases_on_request(client, network):
    referral = make_referral(network)
    client.force_login(network.coordinator)
    url = "/admin/orientations/effacement/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"number": referral.pk}).status_code == 400  # confirmation required
    assert client.post(url, {"number": 999999, "confirm": "on"}).status_code == 400
    response = client.post(url, {"number": referral.pk, "confirm": "on"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.is_anonymised and referral.person_name is None and referral.status == Status.EXPIRED
    client.force_login(network.member)
    page = client.get(f"/reseau/orientations/{referral.pk}/").content.decode()
    assert "ont été effacées" in page and PERSON_NAME not in page


@pytest.mark.parametrize("who", ["member", "editor_a", "outsider"])
def test_only_the_coordination_erases(client, network, who):
    referral = make_referral(network)
    client.force_login(getattr(network, who))
    response = client.post("/admin/orientations/effacement/", {"number": referral.pk, "confirm": "on"})
    assert response.status_code in (302, 403)
    referral.refresh_from_db()
    assert not referral.is_anonymised


def test_the_label_never_names_the_person(referral):
    assert PERSON_NAME not in str(referral) and PERSON_NAME not in repr(referral)
