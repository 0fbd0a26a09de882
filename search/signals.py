"""Explicit signal handlers keeping both indexes true: publish, unpublish, move, delete, privacy,
taxonomy and territory changes. (The derived data the search keeps per process follows its sources by
itself: infopublic.derived.)"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from infopublic.directory.models import DirectoryPage, GuidePage, SchemePage, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import NetworkType, Public, ServiceType, Theme
from infopublic.territories.models import Commune, SocialActionTerritory

from .indexing import update_pages
from .models import Document, DocumentFacet

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


# Receivers are connected per sender: a pre/post_delete receiver without one turns off Django's fast
# deletes for every model.
@receiver(post_delete, sender=StructurePage)
@receiver(post_delete, sender=SchemePage)
@receiver(post_delete, sender=GuidePage)
def unindex_deleted(sender, instance, **kwargs):
    update_pages([instance.pk])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        update_pages(pages_under(page))


def _vocabulary_page_ids(instance):
    ids = []
    for related_name in VOCABULARY_PAGES[type(instance)]:
        ids += getattr(instance, related_name).values_list("pk", flat=True)
    return ids


def remember_vocabulary_label(sender, instance, **kwargs):
    if instance.pk:
        instance._search_old_label = (
            sender.objects.filter(pk=instance.pk).values_list("label", flat=True).first()
        )


def reindex_vocabulary_change(sender, instance, created=False, **kwargs):
    """Only a changed label alters indexed text: re-saving an unchanged term re-indexes nothing."""
    if not created and getattr(instance, "_search_old_label", instance.label) != instance.label:
        update_pages(_vocabulary_page_ids(instance))


def remember_vocabulary_pages(sender, instance, **kwargs):
    instance._search_page_ids = _vocabulary_page_ids(instance)


def reindex_vocabulary_deletion(sender, instance, **kwargs):
    update_pages(getattr(instance, "_search_page_ids", []))


for _vocabulary in VOCABULARY_PAGES:
    _uid = f"search-vocabulary-{_vocabulary._meta.label_lower}"
    pre_save.connect(remember_vocabulary_label, sender=_vocabulary, dispatch_uid=f"{_uid}-pre-save")
    post_save.connect(reindex_vocabulary_change, sender=_vocabulary, dispatch_uid=f"{_uid}-post-save")
    pre_delete.connect(remember_vocabulary_pages, sender=_vocabulary, dispatch_uid=f"{_uid}-pre-delete")
    post_delete.connect(reindex_vocabulary_deletion, sender=_vocabulary, dispatch_uid=f"{_uid}-post-delete")


# Territories. Documents denormalise the communes a fiche covers (from its communes, EPCI, territories
# and départements) and the territories of those communes: a change there rewrites exactly the indexed
# pages it touches, found in the database index (which mirrors Elasticsearch's), with one update_pages
# call per event.

FACET_CHUNK = 500


def _pages_with_facet(facet, values):
    """Ids of the indexed pages with a document carrying one of `values` for `facet`."""
    values = sorted(set(values))
    ids = set()
    for start in range(0, len(values), FACET_CHUNK):
        ids.update(
            DocumentFacet.objects.filter(facet=facet, value__in=values[start : start + FACET_CHUNK])
            .values_list("document__page_id", flat=True)
            .distinct()
        )
    return ids


def _indexed(pages):
    """Ids of the pages of the queryset `pages` that are indexed: no other page can be affected."""
    return set(Document.objects.filter(page_id__in=pages.values("pk")).values_list("page_id", flat=True))


def _linked(instance, reverse):
    """Primary keys on the other side of the territory/commune links of `instance`."""
    related = instance.social_action_territories if reverse else instance.communes
    return set(related.values_list("pk", flat=True))


@receiver(m2m_changed, sender=SocialActionTerritory.communes.through)
def reindex_territory_communes(sender, instance, action, reverse, pk_set, **kwargs):
    """Communes joining or leaving a territory (either side of the relation): the fiches covering those
    communes change `territories`, the structures serving the territory change `communes`."""
    if action == "pre_clear":
        instance._search_cleared = _linked(instance, reverse)
        return
    if action == "post_clear":
        pk_set = instance.__dict__.pop("_search_cleared", set())
    elif action not in ("post_add", "post_remove"):
        return
    if not pk_set:
        return
    codes, territory_ids = ([instance.pk], pk_set) if reverse else (pk_set, [instance.pk])
    page_ids = _pages_with_facet("commune", codes)
    page_ids |= _indexed(StructurePage.objects.filter(served_territories__in=territory_ids))
    update_pages(page_ids)


@receiver(pre_save, sender=SocialActionTerritory)
def remember_territory_slug(sender, instance, raw=False, **kwargs):
    if instance.pk and not raw:
        instance._search_old_slug = (
            sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        )


@receiver(post_save, sender=SocialActionTerritory)
def reindex_territory_slug(sender, instance, created=False, raw=False, **kwargs):
    """A renamed slug: the documents listing the old one. (A territory's own structures list it too, as
    soon as it has communes; without communes, their documents do not depend on it.)"""
    old = getattr(instance, "_search_old_slug", None)
    if created or raw or old is None or old == instance.slug:
        return
    update_pages(_pages_with_facet("territory", [old]))


@receiver(post_delete, sender=SocialActionTerritory)
def reindex_territory_deletion(sender, instance, **kwargs):
    """The index still lists the deleted territory's slug: those documents are rewritten without it."""
    update_pages(_pages_with_facet("territory", [instance.slug]))


@receiver(pre_save, sender=Commune)
def remember_commune_epci(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "epci" not in update_fields and "epci_id" not in update_fields):
        return
    instance._search_old_epci = (
        sender.objects.filter(pk=instance.pk).values_list("epci_id", flat=True).first()
    )


@receiver(post_save, sender=Commune)
def reindex_commune_epci(sender, instance, raw=False, **kwargs):
    """A commune moving to another EPCI (or created in one): the fiches covering it so far (through the old
    EPCI among others) and those covering the new EPCI."""
    if raw or not hasattr(instance, "_search_old_epci"):
        return
    old = instance.__dict__.pop("_search_old_epci")
    if old == instance.epci_id:
        return
    page_ids = _pages_with_facet("commune", [instance.pk])
    if instance.epci_id:
        page_ids |= _indexed(StructurePage.objects.filter(served_epcis=instance.epci_id))
        page_ids |= _indexed(SchemePage.objects.filter(zone_epcis=instance.epci_id))
    update_pages(page_ids)


def drop_orphan_fulltext_rows(sender, using="default", **kwargs):
    """After `migrate` and after a flush: the full-text rows of documents that are gone (see
    dialect.drop_orphans)."""
    from django.db import connections

    from .database.dialects import dialect_for

    connection = connections[using]
    if "search_document" not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        dialect_for(connection).drop_orphans(cursor)
