"""Roles and partner spaces: groups, page and collection permissions.

Side effects live here, called by commands and admin actions, never from a model's save().
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, WorkflowPage

from .models import PartnerPage

COORDINATORS_GROUP = "Coordination du réseau"
MEMBERS_GROUP = "Membres du réseau"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
COORDINATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]
# Coordinators edit the taxonomy, the glossary and the territories.
COORDINATOR_MODEL_PERMISSIONS = [
    ("taxonomy", ["category", "theme", "public", "servicetype", "networktype", "glossaryterm"]),
    ("territories", ["socialactionterritory", "commune", "epci"]),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=f"{action}_page"
    )


def _grant_page_permissions(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(action))


def _grant_collection_permissions(group, collection):
    for app_label, model, actions in EDITOR_COLLECTION_PERMISSIONS:
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, f"{action}_{model}")
            )


@transaction.atomic
def ensure_roles():
    """Create the network-wide groups (coordinators, members). Idempotent. Returns (coordinators, members)."""
    members, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    members.permissions.add(_permission("network", "view_network_information"))

    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    coordinators.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("network", "view_network_information"),
        _permission("network", "coordinate_network"),
    )
    for app_label, models in COORDINATOR_MODEL_PERMISSIONS:
        for model in models:
            for action in ("add", "change", "delete", "view"):
                coordinators.permissions.add(_permission(app_label, f"{action}_{model}"))
    for root in Page.get_first_root_node().get_children():
        _grant_page_permissions(coordinators, root, COORDINATOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(coordinators, Collection.get_first_root_node())
    return coordinators, members


def _unique_name(model, name, partner, field="name", limit=150):
    """`name`, or `name (n°pk)` when another object already bears it: never reuse another one's."""
    if not model.objects.filter(**{field: name}).exists():
        return name
    return f"{name[: limit - 12]} (n°{partner.pk})"


def partner_group(partner):
    """The partner's own editors' group, created and bound on first use (never looked up by name)."""
    if partner.editor_group_id:
        return partner.editor_group
    group = Group.objects.create(name=_unique_name(Group, partner.editor_group_name(), partner))
    PartnerPage.objects.filter(pk=partner.pk).update(editor_group=group)
    partner.editor_group = group
    return group


def partner_collection(partner):
    """The partner's own collection of images and documents, created and bound on first use."""
    if partner.collection_id:
        return partner.collection
    root = Collection.get_first_root_node()
    name = partner.title[:255]
    if root.get_children().filter(name=name).exists():
        name = f"{name[:240]} (n°{partner.pk})"
    collection = root.add_child(name=name)
    PartnerPage.objects.filter(pk=partner.pk).update(collection=collection)
    partner.collection = collection
    return collection


def requires_approval(partner):
    """Whether a moderation workflow is assigned to the partner's page (its editors do not publish)."""
    return WorkflowPage.objects.filter(page=partner).exists()


@transaction.atomic
def setup_partner(partner: PartnerPage, editors=()):
    """Give a partner its editors' group, page permissions on its subtree and its own collection.

    Idempotent; returns the group. `editors` are users to add to the group (and to the network members).
    The group and the collection are bound to the partner by key, so a renamed partner keeps its own.
    """
    group = partner_group(partner)
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("network", "view_network_information"),
    )
    # Re-running it keeps a partner's moderation: editors under a workflow do not get to publish.
    actions = EDITOR_PAGE_PERMISSIONS
    if requires_approval(partner):
        actions = [action for action in actions if action != "publish"]
    _grant_page_permissions(group, partner, actions)
    _grant_collection_permissions(group, partner_collection(partner))
    _coordinators, members = ensure_roles()
    for user in editors:
        user.groups.add(group, members)
    return group


def editor_groups(partner: PartnerPage):
    """Groups with page permissions on this partner's subtree (not inherited from above)."""
    return Group.objects.filter(page_permissions__page=partner).distinct()
