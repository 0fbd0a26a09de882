"""The fast path for many demo fiches, and the search index made complete at the end of `load_demo`.

Publishing through a revision costs about half a second a page (revision, publish signals, one index
update each); the département's doors and the town halls are created directly live, without a revision,
and indexed together once at the end. An editor's first save in the admin creates their first revision.
"""

from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from search.indexing import update_pages
from search.models import Document

from .build import build_structure


def ensure_live_structures(partner_pages, specs):
    """Create, directly live, the structures of `specs` missing under their partner.

    Returns ({slug: page} for every spec, how many were created)."""
    pages = {
        (page.partner_id, page.slug): page
        for page in StructurePage.objects.filter(slug__in=[spec["slug"] for spec in specs])
    }
    found, created = {}, 0
    for spec in specs:
        parent = partner_pages[spec["partner"]]
        page = pages.get((parent.pk, spec["slug"]))
        if page is None:
            page = build_structure(spec)
            page.live = True
            parent.add_child(instance=page)
            created += 1
        found[spec["slug"]] = page
    return found, created


def index_missing_fiches():
    """Index the live fiches the search index does not hold yet (pages created without a revision fire
    no publish signal). Returns how many pages were sent to the index."""
    indexed = Document.objects.values("page_id")
    missing = []
    for model in (StructurePage, SchemePage, GuidePage):
        missing += model.objects.live().exclude(pk__in=indexed).values_list("pk", flat=True)
    update_pages(missing)
    return len(missing)
