from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from wagtail.models import GroupPagePermission, WorkflowPage

import pytest

from infopublic.network.models import PartnerPage
from infopublic.network.services import COORDINATORS_GROUP
from infopublic.workshop.moderation import (
    WORKFLOW_NAME,
    drop_coordination_approval,
    require_coordination_approval,
    requires_coordination_approval,
)

pytestmark = pytest.mark.django_db


def onboard(django_capture_on_commit_callbacks, *args):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("onboard_partner", *args)


def test_command_creates_partner_group_permissions_and_invites(
    client, home_page, django_capture_on_commit_callbacks
):
    onboard(
        django_capture_on_commit_callbacks,
        "France services de Cluny",
        "--kind",
        "france-services",
        "--editor-email",
        "Agent@Cluny.example",
    )

    partner = PartnerPage.objects.get(title="France services de Cluny")
    assert partner.get_parent().specific == home_page and partner.live
    user = get_user_model().objects.get(email="agent@cluny.example")
    assert not user.has_usable_password()
    assert list(PartnerPage.objects.editable_by(user)) == [partner]
    assert GroupPagePermission.objects.filter(page=partner, group__name=partner.editor_group_name()).exists()
    assert not requires_coordination_approval(partner)

    assert [message.to for message in mail.outbox] == [["agent@cluny.example"]]
    link = next(line for line in mail.outbox[0].body.splitlines() if "/admin/password_reset/" in line)
    path = link.strip().removeprefix("http://testserver")
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Un-mot-de-passe-solide-71", "new_password2": "Un-mot-de-passe-solide-71"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Un-mot-de-passe-solide-71")


def test_command_with_moderation_and_refusals(home_page, django_capture_on_commit_callbacks):
    onboard(
        django_capture_on_commit_callbacks,
        "CIAS du Clunisois",
        "--kind",
        "ccas-cias",
        "--editor-email",
        "cias@example.org",
        "--moderation",
    )
    partner = PartnerPage.objects.get(title="CIAS du Clunisois")
    assert requires_coordination_approval(partner)

    with pytest.raises(CommandError, match="existe déjà"):
        call_command(
            "onboard_partner", "CIAS du Clunisois", "--kind", "ccas-cias", "--editor-email", "x@y.org"
        )
    with pytest.raises(CommandError, match="Courriel invalide"):
        call_command("onboard_partner", "Autre", "--kind", "ccas-cias", "--editor-email", "pas-un-courriel")
    assert PartnerPage.objects.count() == 1


def test_coordination_workflow_applies_to_the_partner_fiches(network):
    require_coordination_approval(network.partner_a)
    require_coordination_approval(network.partner_a)  # idempotent

    workflow = network.structure_a.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP]
    assert network.scheme_b.get_workflow().name != WORKFLOW_NAME
    assert task.user_can_access_editor(network.structure_a, network.coordinator)
    # The partner's editors can no longer publish by themselves; the other partner's still can.
    assert network.structure_a.permissions_for_user(network.editor_a).can_edit()
    assert not network.structure_a.permissions_for_user(network.editor_a).can_publish()
    assert network.structure_a.permissions_for_user(network.coordinator).can_publish()
    assert network.scheme_b.permissions_for_user(network.editor_b).can_publish()

    drop_coordination_approval(network.partner_a)
    assert not WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).exists()
    fresh_editor = get_user_model().objects.get(pk=network.editor_a.pk)  # no cached permissions
    assert network.structure_a.permissions_for_user(fresh_editor).can_publish()


def test_moderated_partner_editor_submits_and_the_coordinator_approves(client, network):
    require_coordination_approval(network.partner_a)
    fiche = network.structure_a
    edit_url = f"/admin/pages/{fiche.pk}/edit/"
    client.force_login(network.editor_a)
    html = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html

    state = fiche.get_workflow().start(fiche, network.editor_a)
    task = state.current_task_state.task.specific
    assert task.name == "Approbation par la coordination"
    assert network.coordinator in task.groups.get().user_set.all()
    assert task.get_actions(fiche, network.coordinator)
    assert not task.get_actions(fiche, network.editor_b)


def test_admin_onboarding_view_for_coordinators_only(client, network, django_capture_on_commit_callbacks):
    url = "/admin/atelier/partenaires/nouveau/"
    data = {
        "name": "Épicerie <script>alert(1)</script>solidaire",
        "kind": "association",
        "editor_email": "epicerie@example.org",
        "moderation": "on",
    }
    client.force_login(network.editor_a)
    response = client.post(url, data)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not PartnerPage.objects.filter(kind="association").exists()

    client.force_login(network.coordinator)
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    partner = PartnerPage.objects.get(kind="association")
    assert response.status_code == 302
    assert partner.title == "Épicerie alert(1)solidaire"
    assert requires_coordination_approval(partner)
    assert [message.to for message in mail.outbox] == [["epicerie@example.org"]]


def test_coordinator_toggles_moderation_from_the_freshness_page(client, network):
    url = f"/admin/atelier/partenaires/{network.partner_b.pk}/validation/"
    client.force_login(network.editor_b)
    client.post(url)
    assert not requires_coordination_approval(network.partner_b)

    client.force_login(network.coordinator)
    assert url in client.get("/admin/atelier/fraicheur/").content.decode()
    assert client.post(url).status_code == 302
    assert requires_coordination_approval(network.partner_b)
    client.post(url)
    assert not requires_coordination_approval(network.partner_b)
