"""The signed answer link: works without an account, expires, renews, refuses tampering and reuse."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse

import pytest
import time_machine

from infopublic.referrals import links
from infopublic.referrals.models import Status

from .conftest import PERSON_NAME

pytestmark = pytest.mark.django_db


def link_from_email(mailoutbox):
    body = mailoutbox[-1].body
    return next(line for line in body.splitlines() if "/orientations/reponse/" in line).replace(
        "http://testserver", ""
    )


def test_the_emailed_link_shows_the_referral_and_takes_the_answer(client, referral, mailoutbox):
    url = link_from_email(mailoutbox)
    page = client.get(url)
    assert page.status_code == 200 and PERSON_NAME in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"
    referral.refresh_from_db()
    assert referral.status == Status.SEEN
    response = client.post(url, {"decision": "accepted", "note": "Rendez-vous <b>mardi</b>"})
    assert response.status_code == 200
    referral.refresh_from_db()
    assert referral.status == Status.ACCEPTED and referral.answer_note == "Rendez-vous mardi"
    assert mailoutbox[-1].to == ["accueil@example.org"]


def test_reuse_after_the_answer_is_refused(client, referral, mailoutbox):
    url = link_from_email(mailoutbox)
    client.post(url, {"decision": "accepted"})
    again = client.get(url)
    assert again.status_code == 410 and PERSON_NAME not in again.content.decode()
    client.post(url, {"decision": "refused", "refusal_reason": "full"})
    referral.refresh_from_db()
    assert referral.status == Status.ACCEPTED


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: token.replace(token.split(":")[0], signing.b64_encode(b'{"r":2,"v":1}').decode()),
        lambda token: "garbage",
        lambda token: "",
        lambda token: "a:b:c",
        lambda token: signing.TimestampSigner(salt="another").sign_object({"r": 1, "v": 1}),
    ],
)
def test_tampered_links_are_400(client, referral, tamper):
    token = tamper(links.make_token(referral))
    url = f"/orientations/reponse/{token}/" if token else "/orientations/reponse/x/"
    response = client.get(url)
    assert response.status_code == 400 and PERSON_NAME not in response.content.decode()
    assert client.post(url, {"decision": "accepted"}).status_code == 400
    referral.refresh_from_db()
    assert referral.status == Status.SENT


def test_a_link_for_another_referral_id_does_not_open_it(client, network, referral):
    forged = signing.TimestampSigner(salt=links.SALT + "x").sign_object({"r": referral.pk, "v": 1})
    assert client.get(reverse("referrals:answer_link", args=[forged])).status_code == 400


def test_expired_link_is_renewed_to_the_structure_only(client, referral, mailoutbox, settings):
    url = link_from_email(mailoutbox)
    later = referral.created_at + timedelta(days=settings.REFERRALS_LINK_MAX_AGE_DAYS, hours=1)
    with time_machine.travel(later, tick=False):
        expired = client.get(url)
        assert expired.status_code == 410 and PERSON_NAME not in expired.content.decode()
        assert client.post(url, {"decision": "accepted"}).status_code == 410
        mailoutbox.clear()
        renewed = client.post(url, {"action": "renew"})
        assert renewed.status_code == 200
        assert [m.to for m in mailoutbox] == [["a@ccas.example"]]
        fresh = link_from_email(mailoutbox)
        assert fresh != url
        assert client.get(fresh).status_code == 200
        # The old link is superseded, whatever its age.
    assert client.get(url).status_code == 400
    referral.refresh_from_db()
    assert referral.status == Status.SEEN


def test_an_answered_referral_cannot_be_renewed(client, referral, mailoutbox, settings):
    url = link_from_email(mailoutbox)
    client.post(url, {"decision": "accepted"})
    mailoutbox.clear()
    later = referral.created_at + timedelta(days=settings.REFERRALS_LINK_MAX_AGE_DAYS + 1)
    with time_machine.travel(later, tick=False):
        assert client.post(url, {"action": "renew"}).status_code == 410
    assert mailoutbox == []
