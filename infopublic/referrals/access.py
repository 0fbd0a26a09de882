"""Who may read and answer a referral: the one place that says it.

- the sender (the network member who wrote it);
- the receiving structure's members: the editors of the partner that owns the structure;
- nobody else through an account, not even the coordination (it sees statistics without names, and may erase).
A signed link stands for the receiving structure's members: it is only ever sent to them.
"""

from django.db.models import Q

from infopublic.directory.models import StructurePage
from infopublic.network.access import is_network_member
from infopublic.network.models import PartnerPage

from .models import Referral


def can_send(user):
    return is_network_member(user)


def receiving_structures(user):
    """Structures whose referrals the user answers (through their partner's editors' group)."""
    return StructurePage.objects.filter(partner__in=PartnerPage.objects.editable_by(user))


def referrals_visible_to(user):
    if not (user and user.is_authenticated and user.is_active):
        return Referral.objects.none()
    return Referral.objects.filter(
        Q(sender=user) | Q(structure__partner__in=PartnerPage.objects.editable_by(user))
    ).distinct()


def can_answer(user, referral):
    if not (user and user.is_authenticated and user.is_active) or referral.structure_id is None:
        return False
    return PartnerPage.objects.editable_by(user).filter(pk=referral.structure.partner_id).exists()
