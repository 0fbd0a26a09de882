"""The admin upload: same report as the command, an "Importer" confirm step, partner permissions enforced."""

import json

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Revision, WorkflowState

import pytest

from infopublic.directory.models import StructurePage
from infopublic.network.services import setup_partner
from infopublic.opendata.models import ImportedRecord
from infopublic.workshop.moderation import require_coordination_approval

from ..factories import CommuneFactory, PartnerPageFactory, UserFactory
from .builders import load_network_types
from .test_import import BAD, GOOD, as_csv, snapshot

URL = "/admin/opendata/import/"


@pytest.fixture
def partners(home_page):
    load_network_types()
    CommuneFactory(code="71270", name="Mâcon", postal_codes="71000")
    CommuneFactory(code="71137", name="Cluny", postal_codes="71250")
    partner_a = PartnerPageFactory(parent=home_page, title="Partenaire A", slug="partenaire-a")
    partner_b = PartnerPageFactory(parent=home_page, title="Partenaire B", slug="partenaire-b")
    editor = UserFactory(username="editrice-a")
    setup_partner(partner_a, editors=[editor])
    setup_partner(partner_b)
    return partner_a, partner_b, editor


def upload(name, content):
    return SimpleUploadedFile(name, content.encode("utf-8"), content_type="text/plain")


def test_editor_sees_only_partners_she_can_add_pages_to(client, partners):
    partner_a, partner_b, editor = partners
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    choices = [str(choice[1]) for choice in response.context["form"].fields["partner"].choices]
    assert "Partenaire A" in choices and "Partenaire B" not in choices
    assert "Importer des structures" in client.get("/admin/").content.decode()


def test_upload_shows_the_report_then_importer_writes_everything(client, partners):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    before = snapshot()
    response = client.post(URL, {"partner": partner_a.pk, "file": upload("structures.csv", as_csv(GOOD))})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ligne 2 : OK (création) « Maison des solidarités de Mâcon »" in page
    assert ">Importer</button>" in page
    assert snapshot() == before

    response = client.post(URL, {"token": response.context["token"]})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{partner_a.pk}/"
    pages = StructurePage.objects.child_of(partner_a)
    assert pages.count() == 2 and all(page.live for page in pages)
    assert Revision.page_revisions.filter(object_id__in=[str(p.pk) for p in pages], user=editor).count() == 2
    assert ImportedRecord.objects.count() == 2
    # The pending file is consumed: confirming twice writes nothing more.
    client.post(URL, {"token": response.wsgi_request.POST.get("token", "")})
    assert StructurePage.objects.child_of(partner_a).count() == 2


def test_a_bad_file_is_reported_and_cannot_be_imported(client, partners):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    before = snapshot()
    response = client.post(URL, {"partner": partner_a.pk, "file": upload("bad.json", json.dumps(BAD))})
    page = response.content.decode()
    assert "Enregistrement 2, champ « code_insee » : commune inconnue : « 99999 »" in page
    assert ">Importer</button>" not in page
    response = client.post(URL, {"token": response.context["token"]})
    assert snapshot() == before


def test_editor_cannot_import_for_another_partner(client, partners):
    _partner_a, partner_b, editor = partners
    client.force_login(editor)
    before = snapshot()
    response = client.post(URL, {"partner": partner_b.pk, "file": upload("structures.csv", as_csv(GOOD))})
    assert response.status_code == 200
    assert response.context["form"].errors["partner"]
    assert "report" not in response.context
    assert snapshot() == before


def test_confirming_after_losing_the_permission_is_refused(client, partners):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    response = client.post(URL, {"partner": partner_a.pk, "file": upload("structures.csv", as_csv(GOOD))})
    token = response.context["token"]
    editor.groups.remove(Group.objects.get(name=partner_a.editor_group_name()))
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    before = snapshot()
    # Wagtail's admin turns a PermissionDenied into a redirect to the dashboard with an error message.
    response = client.post(URL, {"token": token})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert snapshot() == before


def test_a_wrong_token_writes_nothing(client, partners):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    client.post(URL, {"partner": partner_a.pk, "file": upload("structures.csv", as_csv(GOOD))})
    before = snapshot()
    response = client.post(URL, {"token": "forged"})
    assert response.status_code == 302 and response["Location"] == URL
    assert snapshot() == before


def test_users_without_a_partner_and_anonymous_visitors_are_refused(client, partners):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    outsider = UserFactory(username="sans-partenaire")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "Importer des structures" not in client.get("/admin/").content.decode()


def test_hostile_file_name_and_content_are_escaped_in_the_report(client, partners):
    partner_a, _partner_b, editor = partners
    client.force_login(editor)
    hostile = [{"source": "x", "id": "<script>alert(1)</script>", "nom": "<img src=x onerror=alert(1)>ab"}]
    response = client.post(
        URL, {"partner": partner_a.pk, "file": upload("<svg onload=alert(1)>.json", json.dumps(hostile))}
    )
    page = response.content.decode()
    assert "Enregistrement 1, champ « date_maj » : champ obligatoire manquant" in page
    for marker in ("<script>alert", "<img src=x", "<svg onload"):
        assert marker not in page


def test_under_coordination_approval_the_import_is_submitted_not_published(client, partners):
    partner_a, _partner_b, editor = partners
    require_coordination_approval(partner_a)
    client.force_login(editor)
    response = client.post(URL, {"partner": partner_a.pk, "file": upload("structures.csv", as_csv(GOOD))})
    assert "soumises à la validation" in response.content.decode()
    response = client.post(URL, {"token": response.context["token"]})
    assert response.status_code == 302
    pages = StructurePage.objects.child_of(partner_a)
    assert pages.count() == 2
    assert not any(page.live for page in pages)
    assert not pages.live().exists()
    assert (
        WorkflowState.objects.filter(object_id__in=[str(p.pk) for p in pages], status="in_progress").count()
        == 2
    )
    assert client.get("/api/data-inclusion/structures/").json()["count"] == 0
