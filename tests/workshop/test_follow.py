from django.core import mail
from django.urls import reverse

import pytest

from infopublic.directory.models import StructureContact, StructurePage
from infopublic.workshop.models import FicheFollow

pytestmark = pytest.mark.django_db


def follow_url(page):
    return reverse("workshop:follow_toggle", args=[page.pk])


def test_member_toggles_following(client, network):
    client.force_login(network.member)
    assert client.post(follow_url(network.structure_a)).status_code == 302
    assert FicheFollow.objects.filter(user=network.member, page=network.structure_a).exists()
    html = client.get(network.structure_a.url).content.decode()
    assert "Ne plus suivre cette fiche" in html
    assert "Accueil social de Mâcon" in client.get(reverse("workshop:followed")).content.decode()

    client.post(follow_url(network.structure_a))
    assert not FicheFollow.objects.exists()


def test_follow_needs_a_member_and_a_post(client, network):
    response = client.post(follow_url(network.structure_a))
    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    assert "Suivre cette fiche" not in client.get(network.structure_a.url).content.decode()
    client.force_login(network.outsider)
    assert client.post(follow_url(network.structure_a)).status_code == 403
    client.force_login(network.member)
    assert client.get(follow_url(network.structure_a)).status_code == 405
    assert not FicheFollow.objects.exists()


def republish_with_changes(page):
    page = StructurePage.objects.get(pk=page.pk)
    page.phone = "03 85 11 22 33"
    page.contacts.add(StructureContact(name="Permanence logement", phone="03 85 44 55 66"))
    page.save_revision().publish()
    return page


def test_followers_get_a_readable_diff_on_republication(network, django_capture_on_commit_callbacks):
    FicheFollow.objects.create(user=network.member, page=network.structure_a)
    FicheFollow.objects.create(user=network.editor_b, page=network.scheme_b)

    with django_capture_on_commit_callbacks(execute=True):
        republish_with_changes(network.structure_a)

    assert [message.to for message in mail.outbox] == [["accueil@example.org"]]
    message = mail.outbox[0]
    assert "Accueil social de Mâcon" in message.subject
    assert "== Téléphone ==" in message.body
    assert "03 85 [-00 00 01-]{+11 22 33+}" in message.body
    assert "== Contacts ==" in message.body
    assert "Ajout : {+Fonction ou service : Permanence logement · Téléphone : 03 85 44 55 66" in message.body
    assert "Courriel :  ·" not in message.body
    # Unchanged fields are not listed.
    assert "== Horaires" not in message.body
    html = message.alternatives[0][0]
    assert "Téléphone" in html and 'class="addition"' in html


def test_no_email_without_followers_or_without_change(network, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        republish_with_changes(network.structure_a)
    assert mail.outbox == []

    FicheFollow.objects.create(user=network.member, page=network.structure_a)
    with django_capture_on_commit_callbacks(execute=True):
        StructurePage.objects.get(pk=network.structure_a.pk).save_revision().publish()
    assert mail.outbox == []


def test_a_follower_who_left_the_network_is_not_told(network, django_capture_on_commit_callbacks):
    FicheFollow.objects.create(user=network.outsider, page=network.structure_a)
    with django_capture_on_commit_callbacks(execute=True):
        republish_with_changes(network.structure_a)
    assert mail.outbox == []
