from datetime import date

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

import pytest

from infopublic.workshop.reminders import send_review_reminders

from ..factories import GuidePageFactory, UserFactory
from .conftest import publish

pytestmark = pytest.mark.django_db


def test_editors_of_partners_with_overdue_fiches_get_the_list(network):
    second_editor = UserFactory(username="second-a", email="second@ccas.example")
    second_editor.groups.add(Group.objects.get(name=network.partner_a.editor_group_name()))
    inactive = UserFactory(username="parti-a", email="parti@ccas.example", is_active=False)
    inactive.groups.add(Group.objects.get(name=network.partner_a.editor_group_name()))
    publish(
        GuidePageFactory(
            parent=network.partner_a, title="Guide récent", slug="guide-recent", last_verified_at=date.today()
        )
    )

    results = send_review_reminders()

    assert [(partner.pk, [fiche.pk for fiche in fiches], sent) for partner, fiches, sent in results] == [
        (network.partner_a.pk, [network.structure_a.pk], 2)
    ]
    assert sorted(message.to[0] for message in mail.outbox) == ["a@ccas.example", "second@ccas.example"]
    body = mail.outbox[0].body
    assert "Accueil social de Mâcon" in body
    assert "vérifiée le 15/01/2020, à revoir depuis le 15/07/2020" in body
    assert f"/admin/pages/{network.structure_a.pk}/edit/" in body
    assert "Guide récent" not in body
    assert "Aide au logement" not in body
    assert "CCAS de Mâcon" in mail.outbox[0].subject


def test_nothing_overdue_means_no_email(network):
    network.structure_a.last_verified_at = date.today()
    network.structure_a.save()
    assert send_review_reminders() == []
    assert mail.outbox == []


def test_command_reports_what_it_sent(network, capsys):
    call_command("send_review_reminders")
    output = capsys.readouterr().out
    assert "CCAS de Mâcon : 1 fiche en retard, 1 courriel" in output
    assert "CAF" not in output
    assert len(mail.outbox) == 1
