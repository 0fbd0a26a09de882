"""Who reads and answers a referral, through every URL: a member of structure A never reads B's."""

from django.urls import reverse

import pytest

from infopublic.referrals.models import Status

from .conftest import PERSON_NAME, PERSON_PHONE, make_referral

pytestmark = pytest.mark.django_db


@pytest.fixture
def referrals(network):
    return {"a": make_referral(network), "b": make_referral(network, structure=network.structure_b)}


def urls(referral):
    return [
        ("get", reverse("referrals:detail", args=[referral.pk])),
        ("post", reverse("referrals:answer", args=[referral.pk])),
    ]


def test_sender_and_receiving_members_read_it(client, network, referrals):
    for user in (network.member, network.editor_a):
        client.force_login(user)
        page = client.get(reverse("referrals:detail", args=[referrals["a"].pk]))
        assert page.status_code == 200
        assert PERSON_NAME in page.content.decode() and PERSON_PHONE in page.content.decode()
        assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]
        assert page["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("who", ["editor_b", "coordinator", "outsider"])
def test_others_get_404_on_every_url(client, network, referrals, who):
    client.force_login(getattr(network, who))
    referral = referrals["a"]
    for method, url in urls(referral):
        response = getattr(client, method)(url, {"decision": "accepted"})
        assert response.status_code in (403, 404), (who, url)
        assert PERSON_NAME not in response.content.decode()
    referral.refresh_from_db()
    assert referral.status == Status.SENT


def test_anonymous_is_sent_to_the_login(client, referrals):
    for method, url in urls(referrals["a"]):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith("/connexion/")


@pytest.mark.parametrize("crafted", ["0", "999999", "99999999999999999999", "-1", "a", "1.0", "%00"])
def test_crafted_ids(client, network, referrals, crafted):
    client.force_login(network.editor_a)
    for path in (f"/reseau/orientations/{crafted}/", f"/reseau/orientations/{crafted}/repondre/"):
        response = client.post(path) if path.endswith("repondre/") else client.get(path)
        assert response.status_code in (400, 404), path


def test_a_member_of_a_lists_only_a(client, network, referrals):
    client.force_login(network.editor_a)
    page = client.get(reverse("referrals:list")).content.decode()
    assert f"Fiche n°{referrals['a'].pk}<" in page and f"Fiche n°{referrals['b'].pk}<" not in page
    my_space = client.get("/reseau/mon-espace/").content.decode()
    assert f"Fiche n°{referrals['a'].pk}<" in my_space and f"Fiche n°{referrals['b'].pk}<" not in my_space


def test_the_receiving_member_answers_and_the_sender_is_told(client, network, referrals, mailoutbox):
    client.force_login(network.editor_a)
    referral = referrals["a"]
    client.get(reverse("referrals:detail", args=[referral.pk]))
    referral.refresh_from_db()
    assert referral.status == Status.SEEN
    mailoutbox.clear()
    response = client.post(
        reverse("referrals:answer", args=[referral.pk]), {"decision": "refused", "refusal_reason": ""}
    )
    assert response.status_code == 400
    client.post(
        reverse("referrals:answer", args=[referral.pk]), {"decision": "refused", "refusal_reason": "full"}
    )
    referral.refresh_from_db()
    assert referral.status == Status.REFUSED and referral.refusal_reason == "full"
    assert [m.to for m in mailoutbox] == [["accueil@example.org"]]
    assert "refusée" in mailoutbox[0].subject and PERSON_NAME not in mailoutbox[0].body
    # A second answer changes nothing.
    client.post(reverse("referrals:answer", args=[referral.pk]), {"decision": "accepted"})
    referral.refresh_from_db()
    assert referral.status == Status.REFUSED


def test_the_sender_cannot_answer_their_own_referral(client, network, referrals):
    client.force_login(network.member)
    response = client.post(reverse("referrals:answer", args=[referrals["a"].pk]), {"decision": "accepted"})
    assert response.status_code == 404
    page = client.get(reverse("referrals:detail", args=[referrals["a"].pk])).content.decode()
    assert 'name="decision"' not in page


def test_redirect_to_a_structure_serving_the_commune(client, network, referrals, mailoutbox):
    client.force_login(network.editor_a)
    referral = referrals["a"]
    url = reverse("referrals:answer", args=[referral.pk])
    assert client.post(url, {"decision": "redirected"}).status_code == 400
    client.post(url, {"decision": "redirected", "redirected_to": network.structure_b.pk})
    referral.refresh_from_db()
    assert referral.status == Status.REDIRECTED and referral.redirected_to_id == network.structure_b.pk
    assert f"structure={network.structure_b.pk}" in mailoutbox[-1].body
