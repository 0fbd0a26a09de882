"""Roles and partner spaces: groups, page and collection permissions.

Side effects live here, called by commands and admin actions, never from a model's save().
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

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


def partner_collection(partner):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=partner.title).first()
    return existing or root.add_child(name=partner.title)


@transaction.atomic
def setup_partner(partner: PartnerPage, editors=()):
    """Give a partner its editors' group, page permissions on its subtree and its own collection.

    Idempotent; returns the group. `editors` are users to add to the group (and to the network members).
    """
    group, _created = Group.objects.get_or_create(name=partner.editor_group_name())
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("network", "view_network_information"),
    )
    _grant_page_permissions(group, partner, EDITOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(group, partner_collection(partner))
    _coordinators, members = ensure_roles()
    for user in editors:
        user.groups.add(group, members)
    return group


def editor_groups(partner: PartnerPage):
    """Groups with page permissions on this partner's subtree (not inherited from above)."""
    return Group.objects.filter(page_permissions__page=partner).distinct()


def partners_of(user):
    """Partner pages the user may edit through a group permission on the partner page itself."""
    if not user.is_authenticated:
        return PartnerPage.objects.none()
    return PartnerPage.objects.filter(
        group_permissions__group__user=user, group_permissions__permission__codename="change_page"
    ).distinct()
