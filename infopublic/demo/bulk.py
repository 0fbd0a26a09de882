"""The fast path for many demo fiches, and the search index made complete at the end of `load_demo`.

Publishing through a revision costs about half a second a page (revision, publish signals, one index
update each); the département's doors and the town halls are created directly live, without a revision,
and indexed together once at the end. An editor's first save in the admin creates their first revision.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from search.indexing import update_pages
from search.models import Document

from .build import build_structure


@contextmanager
def bulk_structures():
    """Create many structures, then index them for the admin's search and the reference index in one go.

    Inside, each save skips Wagtail's per-object search-index and reference-index updates (one task
    each); the pages appended to the yielded list are indexed by both together on leaving."""
    created = []
    reconnect = post_save.disconnect(post_save_signal_handler, sender=StructurePage)
    try:
        with disable_reference_index_auto_update():
            yield created
    finally:
        if reconnect:
            post_save.connect(post_save_signal_handler, sender=StructurePage)
    if created:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(StructurePage, created)
        for page in created:
            ReferenceIndex.create_or_update_for_object(page)


def ensure_live_structures(partner_pages, specs):
    """Create, directly live, the structures of `specs` missing under their partner.

    Returns ({slug: page} for every spec, how many were created)."""
    pages = {
        (page.partner_id, page.slug): page
        for page in StructurePage.objects.filter(slug__in=[spec["slug"] for spec in specs])
    }
    found = {}
    with bulk_structures() as created:
        for spec in specs:
            parent = partner_pages[spec["partner"]]
            page = pages.get((parent.pk, spec["slug"]))
            if page is None:
                page = build_structure(spec)
                page.live = True
                parent.add_child(instance=page)
                created.append(page)
            found[spec["slug"]] = page
    return found, len(created)


def index_missing_fiches():
    """Index the live fiches the search index does not hold yet (pages created without a revision fire
    no publish signal). Returns how many pages were sent to the index."""
    indexed = Document.objects.values("page_id")
    missing = []
    for model in (StructurePage, SchemePage, GuidePage):
        missing += model.objects.live().exclude(pk__in=indexed).values_list("pk", flat=True)
    update_pages(missing)
    return len(missing)
