from django.core import mail
from django.test import override_settings
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from infopublic.workshop.models import ErrorReport

from .conftest import XSS_PAYLOADS, assert_harmless, assert_nothing_executes

pytestmark = pytest.mark.django_db


def report_url(page):
    return reverse("workshop:report_create", args=[page.pk])


def post_report(client, page, **data):
    payload = {"field": "phone", "message": "Le numéro ne répond plus.", "contact_email": "", "website": ""}
    payload.update(data)
    return client.post(report_url(page), payload, REMOTE_ADDR=data.pop("ip", "192.0.2.1"))


def test_form_lists_the_fields_of_the_fiche_kind(client, network):
    html = client.get(report_url(network.structure_a)).content.decode()
    assert 'value="opening_hours"' in html and 'value="contacts"' in html
    assert 'name="contact_email"' in html
    html = client.get(report_url(network.scheme_b)).content.decode()
    assert 'value="amounts"' in html and 'value="opening_hours"' not in html
    assert "network_notes" not in html


def test_public_report_is_stored_and_emailed_to_the_owning_partner_editors_only(client, network):
    response = post_report(client, network.structure_a, contact_email="lecteur@example.org")

    assert response.status_code == 302
    report = ErrorReport.objects.get()
    assert (report.page_id, report.partner_id, report.field) == (
        network.structure_a.pk,
        network.partner_a.pk,
        "phone",
    )
    assert report.reporter is None and report.contact_email == "lecteur@example.org"
    assert report.status == ErrorReport.Status.NEW
    assert [message.to for message in mail.outbox] == [["a@ccas.example"]]
    assert "Accueil social de Mâcon" in mail.outbox[0].subject
    assert reverse("workshop_admin:report_edit", args=[report.pk]) in mail.outbox[0].body


def test_unknown_field_is_refused(client, network):
    response = post_report(client, network.structure_a, field="network_notes")
    assert response.status_code == 200
    assert not ErrorReport.objects.exists()


def test_honeypot_pretends_success_and_stores_nothing(client, network):
    response = post_report(client, network.structure_a, website="http://spam.example")
    assert response.status_code == 302
    assert not ErrorReport.objects.exists()
    assert mail.outbox == []


@override_settings(WORKSHOP_REPORT_RATE_LIMIT=3, WORKSHOP_RATE_WINDOW=3600)
def test_reports_are_rate_limited_per_address(client, network):
    for _attempt in range(3):
        assert post_report(client, network.structure_a).status_code == 302
    response = post_report(client, network.structure_a)
    assert response.status_code == 429
    assert "Trop d’envois" in response.content.decode()
    assert ErrorReport.objects.count() == 3
    # Another address is not affected.
    assert post_report(client, network.structure_a, ip="198.51.100.7").status_code == 302
    assert ErrorReport.objects.count() == 4


def test_hostile_reports_are_cleaned_before_storage_and_display(client, network):
    client.force_login(network.member)
    for index, payload in enumerate(XSS_PAYLOADS):
        post_report(client, network.structure_a, message=f"Texte {payload} fin", ip=f"192.0.2.{index + 10}")

    reports = list(ErrorReport.objects.all())
    assert len(reports) == len(XSS_PAYLOADS)
    for report in reports:
        assert_harmless(report.message)
        assert "Texte" in report.message
    assert len(mail.outbox) == len(XSS_PAYLOADS)
    for email in mail.outbox:
        assert_harmless(email.body)
        assert_harmless(email.alternatives[0][0])
    assert_nothing_executes(client.get(reverse("workshop:my_reports")).content.decode())
    client.force_login(network.editor_a)
    assert_nothing_executes(client.get(reverse("workshop_admin:reports")).content.decode())
    assert_nothing_executes(client.get(reverse("wagtailadmin_home")).content.decode())
    for report in reports:
        url = reverse("workshop_admin:report_edit", args=[report.pk])
        assert_nothing_executes(client.get(url).content.decode())


def test_links_are_kept_safe(client, network):
    post_report(client, network.structure_a, message='Voir <a href="https://mairie.example/horaires">ici</a>')
    message = ErrorReport.objects.get().message
    assert 'href="https://mairie.example/horaires"' in message
    assert 'rel="nofollow noopener noreferrer"' in message


def test_a_message_emptied_by_cleaning_is_refused(client, network):
    response = post_report(client, network.structure_a, message='<img src=x onerror="alert(1)"><b> </b>')
    assert response.status_code == 200
    assert not ErrorReport.objects.exists()


def test_member_report_is_linked_to_them_and_they_see_its_status_and_reply(
    client, network, django_capture_on_commit_callbacks
):
    client.force_login(network.member)
    html = client.get(report_url(network.structure_a)).content.decode()
    assert 'name="contact_email"' not in html
    post_report(client, network.structure_a)
    report = ErrorReport.objects.get()
    assert report.reporter == network.member

    client.force_login(network.editor_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workshop_admin:report_edit", args=[report.pk]),
            {"status": "fixed", "reply": "Corrigé, merci ! <script>alert(1)</script>"},
        )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "fixed" and report.replied_by == network.editor_a
    assert_harmless(report.reply)
    assert [message.to for message in mail.outbox] == [["accueil@example.org"]]

    client.force_login(network.member)
    html = client.get(reverse("workshop:my_reports")).content.decode()
    assert "Corrigé" in html and "Corrigé, merci !" in html
    assert_nothing_executes(html)


def test_my_reports_shows_only_my_own(client, network):
    post_report(client, network.structure_a, message="Rapport anonyme")
    client.force_login(network.member)
    html = client.get(reverse("workshop:my_reports")).content.decode()
    assert "Rapport anonyme" not in html
    client.logout()
    assert client.get(reverse("workshop:my_reports")).status_code == 302


def test_editor_of_another_partner_can_neither_see_nor_answer(client, network):
    post_report(client, network.structure_a, message="Erreur chez A")
    report = ErrorReport.objects.get()
    edit_url = reverse("workshop_admin:report_edit", args=[report.pk])

    client.force_login(network.editor_b)
    assert "Erreur chez A" not in client.get(reverse("workshop_admin:reports")).content.decode()
    assert "Erreur chez A" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(edit_url).status_code == 404
    assert client.post(edit_url, {"status": "rejected", "reply": "non"}).status_code == 404
    report.refresh_from_db()
    assert report.status == "new" and report.reply == ""

    client.force_login(network.editor_a)
    assert "Erreur chez A" in client.get(reverse("workshop_admin:reports")).content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Signalements ouverts" in dashboard and edit_url in dashboard

    client.force_login(network.coordinator)
    assert client.get(edit_url).status_code == 200


def test_member_without_admin_access_cannot_open_the_admin_listing(client, network):
    client.force_login(network.member)
    response = client.get(reverse("workshop_admin:reports"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_only_live_public_fiches_can_be_reported(client, network):
    assert client.get(report_url(network.home)).status_code == 404
    network.scheme_b.unpublish()
    assert client.get(report_url(network.scheme_b)).status_code == 404
    PageViewRestriction.objects.create(page=network.structure_a, restriction_type="login")
    assert client.get(report_url(network.structure_a)).status_code == 404


def test_a_mail_server_failure_does_not_lose_the_report(client, network, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    response = post_report(client, network.structure_a)
    assert response.status_code == 302
    assert ErrorReport.objects.count() == 1


def test_reports_follow_a_fiche_moved_to_another_partner(client, network):
    post_report(client, network.structure_a, contact_email="lecteur@example.org")
    report = ErrorReport.objects.get()
    assert report.partner_id == network.partner_a.pk
    network.structure_a.move(network.partner_b, pos="last-child")
    report.refresh_from_db()
    assert report.partner_id == network.partner_b.pk
