"""Keep each fiche's owning partner in step with its place in the page tree."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from wagtail.signals import post_page_move

from infopublic.network.models import PartnerPage

from .models import DirectoryPage, GuidePage, SchemePage, StructurePage


def owning_partner(page):
    """The PartnerPage among the page's ancestors, read from its materialised path."""
    steplen = page.steplen
    ancestor_paths = [page.path[:length] for length in range(steplen, len(page.path), steplen)]
    return PartnerPage.objects.filter(path__in=ancestor_paths).order_by("-depth").first()


@receiver(pre_save, sender=StructurePage)
@receiver(pre_save, sender=SchemePage)
@receiver(pre_save, sender=GuidePage)
def set_partner(sender, instance, **kwargs):
    if isinstance(instance, DirectoryPage) and instance.path:
        partner = owning_partner(instance)
        instance.partner_id = partner.pk if partner else None


@receiver(post_page_move)
def update_partner_after_move(sender, instance, **kwargs):
    page = instance.specific
    for fiche in [page, *(p.specific for p in page.get_descendants())]:
        if isinstance(fiche, DirectoryPage):
            partner = owning_partner(fiche)
            type(fiche).objects.filter(pk=fiche.pk).update(partner=partner)
