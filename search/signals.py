"""Explicit signal handlers keeping both indexes true: publish, unpublish, move, delete, privacy,
glossary and taxonomy changes."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from infopublic.directory.models import DirectoryPage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import GlossaryTerm, NetworkType, Public, ServiceType, Theme
from infopublic.territories.models import SocialActionTerritory

from . import glossary
from .base import LABELS_CACHE_KEY
from .indexing import update_pages

# Which pages index a vocabulary's labels, by related name.
VOCABULARY_PAGES = {
    Theme: ("schemes", "guides"),
    Public: ("schemes",),
    ServiceType: ("schemes",),
    NetworkType: ("structures",),
}


def pages_under(page):
    """The page itself and its descendants: their URLs, partner or visibility may have changed."""
    return [page.pk, *Page.objects.descendant_of(page).values_list("pk", flat=True)]


@receiver(page_published)
def index_published(sender, instance, **kwargs):
    if isinstance(instance, DirectoryPage):
        update_pages([instance.pk])
    elif isinstance(instance, PartnerPage):
        update_pages(pages_under(instance))


@receiver(page_unpublished)
def unindex_unpublished(sender, instance, **kwargs):
    update_pages(pages_under(instance))


@receiver(post_page_move)
def reindex_moved(sender, instance, **kwargs):
    update_pages(pages_under(instance))


@receiver(post_delete)
def unindex_deleted(sender, instance, **kwargs):
    if isinstance(instance, DirectoryPage):
        update_pages([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        update_pages(pages_under(page))


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def refresh_glossary(sender, **kwargs):
    glossary.invalidate()
    # Again after commit: a concurrent search may have cached the old glossary in between.
    transaction.on_commit(glossary.invalidate)


def _vocabulary_page_ids(instance):
    ids = []
    for related_name in VOCABULARY_PAGES[type(instance)]:
        ids += getattr(instance, related_name).values_list("pk", flat=True)
    return ids


@receiver(post_save, sender=SocialActionTerritory)
@receiver(post_delete, sender=SocialActionTerritory)
def refresh_territory_labels(sender, **kwargs):
    cache.delete(LABELS_CACHE_KEY)


@receiver(pre_save)
def remember_vocabulary_label(sender, instance, **kwargs):
    if sender in VOCABULARY_PAGES and instance.pk:
        instance._search_old_label = (
            sender.objects.filter(pk=instance.pk).values_list("label", flat=True).first()
        )


@receiver(post_save)
def reindex_vocabulary_change(sender, instance, created=False, **kwargs):
    """Only a changed label alters indexed text: re-saving an unchanged term re-indexes nothing."""
    if sender not in VOCABULARY_PAGES:
        return
    cache.delete(LABELS_CACHE_KEY)
    if not created and getattr(instance, "_search_old_label", instance.label) != instance.label:
        update_pages(_vocabulary_page_ids(instance))


@receiver(pre_delete)
def remember_vocabulary_pages(sender, instance, **kwargs):
    if sender in VOCABULARY_PAGES:
        instance._search_page_ids = _vocabulary_page_ids(instance)


@receiver(post_delete)
def reindex_vocabulary_deletion(sender, instance, **kwargs):
    if sender in VOCABULARY_PAGES:
        cache.delete(LABELS_CACHE_KEY)
        update_pages(getattr(instance, "_search_page_ids", []))
