"""Roles and partner spaces are created by services, idempotently, never by save()."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

import pytest

from infopublic.network.access import is_coordinator, is_network_member
from infopublic.network.models import PartnerPage
from infopublic.network.services import (
    COORDINATORS_GROUP,
    MEMBERS_GROUP,
    editor_groups,
    ensure_roles,
    setup_partner,
)
from tests.factories import PartnerPageFactory, UserFactory


def test_creating_a_partner_page_creates_no_group(home_page):
    partner = PartnerPageFactory(parent=home_page, title="CCAS de Tournus")
    assert not Group.objects.filter(name=partner.editor_group_name()).exists()
    assert not Collection.objects.filter(name="CCAS de Tournus").exists()


def test_setup_partner_is_idempotent_and_scoped_to_the_partner(home_page):
    partner = PartnerPageFactory(parent=home_page, title="CCAS de Tournus")
    other = PartnerPageFactory(parent=home_page, title="CCAS de Louhans")
    editor = UserFactory()
    group = setup_partner(partner, editors=[editor])
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
    )
    assert setup_partner(partner, editors=[editor]) == group
    assert counts == (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        Collection.objects.count(),
    )
    assert group.name == "Éditeurs · CCAS de Tournus"
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)) == {partner.pk}
    assert list(editor_groups(partner)) == [group]
    assert list(PartnerPage.objects.editable_by(editor)) == [partner]
    assert other not in PartnerPage.objects.editable_by(editor)
    assert is_network_member(editor) and not is_coordinator(editor)
    assert editor.has_perm("wagtailadmin.access_admin")


def test_roles(home_page):
    coordinators, members = ensure_roles()
    assert (coordinators.name, members.name) == (COORDINATORS_GROUP, MEMBERS_GROUP)
    coordinator, receptionist = UserFactory(), UserFactory()
    coordinator.groups.add(coordinators)
    receptionist.groups.add(members)
    assert is_coordinator(coordinator) and is_network_member(coordinator)
    assert coordinator.has_perm("taxonomy.change_glossaryterm")
    assert coordinator.has_perm("territories.change_socialactionterritory")
    assert GroupPagePermission.objects.filter(group=coordinators, page=home_page).exists()
    assert is_network_member(receptionist) and not is_coordinator(receptionist)
    assert not receptionist.has_perm("wagtailadmin.access_admin")
    assert not receptionist.has_perm("taxonomy.change_glossaryterm")


def test_setup_partner_command(home_page):
    partner = PartnerPageFactory(parent=home_page, title="CCAS de Tournus", slug="ccas-de-tournus")
    other = PartnerPageFactory(parent=home_page, title="CCAS de Louhans", slug="ccas-de-louhans")
    editor = UserFactory(username="editeur-tournus")
    call_command("setup_partner", "ccas-de-tournus", "--editor", "editeur-tournus", stdout=StringIO())
    assert list(PartnerPage.objects.editable_by(editor)) == [partner]
    call_command("setup_partner", "--all", stdout=StringIO())
    assert Group.objects.filter(name=other.editor_group_name()).exists()
    for arguments in (
        ["inconnu"],
        ["ccas-de-tournus", "--editor", "personne"],
        [],
        ["--all", "--editor", "x"],
    ):
        with pytest.raises(CommandError):
            call_command("setup_partner", *arguments, stdout=StringIO())
    assert list(PartnerPage.objects.editable_by(editor)) == [partner]


def test_renaming_a_partner_never_grants_another_partners_rights(home_page):
    """An editor renames their partner page to another partner's name: setup_partner keeps both apart."""
    victim = PartnerPageFactory(parent=home_page, title="CCAS de Louhans")
    attacker = PartnerPageFactory(parent=home_page, title="CCAS de Tournus")
    victim_group = setup_partner(victim)
    editor = UserFactory()
    attacker_group = setup_partner(attacker, editors=[editor])
    attacker.title = "CCAS de Louhans"
    attacker.save_revision().publish()
    assert setup_partner(attacker) == attacker_group
    assert list(PartnerPage.objects.editable_by(editor)) == [attacker]
    assert not editor.groups.filter(pk=victim_group.pk).exists()
    attacker.refresh_from_db()
    victim.refresh_from_db()
    assert attacker.collection != victim.collection
    # A partner created with an existing partner's name gets a group and collection of its own.
    twin = PartnerPageFactory(parent=home_page, title="CCAS de Louhans", slug="ccas-louhans-bis")
    assert setup_partner(twin) not in (victim_group, attacker_group)
    twin.refresh_from_db()
    assert twin.collection not in (victim.collection, attacker.collection)


def test_setup_partner_again_keeps_moderation(home_page):
    from infopublic.workshop.moderation import require_coordination_approval

    partner = PartnerPageFactory(parent=home_page, title="CCAS de Tournus")
    group = setup_partner(partner)
    require_coordination_approval(partner)
    setup_partner(partner)
    permissions = set(
        GroupPagePermission.objects.filter(group=group, page=partner).values_list(
            "permission__codename", flat=True
        )
    )
    assert "publish_page" not in permissions and "change_page" in permissions
