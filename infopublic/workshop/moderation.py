"""A partner may require the coordination's approval before its fiches are published."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from infopublic.network.services import COORDINATORS_GROUP, editor_groups, ensure_roles

WORKFLOW_NAME = "Validation par la coordination"
TASK_NAME = "Approbation par la coordination"


@transaction.atomic
def coordination_workflow():
    """The shared workflow whose single task is approved by the network's coordinators. Idempotent."""
    ensure_roles()
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def _editors_publish_permissions(partner):
    return GroupPagePermission.objects.filter(
        page=partner, group__in=editor_groups(partner), permission=_publish_permission()
    ).exclude(group__name=COORDINATORS_GROUP)


def _publish_permission():
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename="publish_page"
    )


@transaction.atomic
def require_coordination_approval(partner):
    """Assign the coordination workflow to the partner's page, hence to every fiche under it.

    A workflow only binds those who cannot publish: the partner's editors lose the publish permission on
    their subtree, so that their changes go to the coordinators for approval. (Running setup_partner again
    grants it back: call this function after it.)
    """
    workflow = coordination_workflow()
    WorkflowPage.objects.update_or_create(page=partner, defaults={"workflow": workflow})
    _editors_publish_permissions(partner).delete()
    return workflow


@transaction.atomic
def drop_coordination_approval(partner):
    """Back to direct publication by the partner's editors."""
    WorkflowPage.objects.filter(page=partner, workflow__name=WORKFLOW_NAME).delete()
    group = partner.editor_group
    if group:
        GroupPagePermission.objects.get_or_create(group=group, page=partner, permission=_publish_permission())


def requires_coordination_approval(partner):
    return WorkflowPage.objects.filter(page=partner, workflow__name=WORKFLOW_NAME).exists()


def moderated_partner_ids():
    return WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).values_list("page_id", flat=True)
