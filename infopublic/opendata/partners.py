"""Which partners a user may import structures for: those under which they may add pages."""

from infopublic.network.models import PartnerPage


def importable_partners(user):
    partners = PartnerPage.objects.order_by("title")
    return [partner for partner in partners if partner.permissions_for_user(user).can_add_subpage()]


def find_partner(reference):
    """A partner by id or slug; raises PartnerPage.DoesNotExist or MultipleObjectsReturned."""
    reference = str(reference).strip()
    if reference.isdigit():
        return PartnerPage.objects.get(pk=int(reference))
    return PartnerPage.objects.get(slug=reference)
