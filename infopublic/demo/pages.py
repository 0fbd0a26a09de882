"""Idempotent creation of demo pages: a page is created (and published through a revision) only if missing."""

from wagtail.models import Page


def find_child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def ensure_published_child(parent, page):
    """Add `page` under `parent` and publish it through a revision, unless a child has its slug.

    Publishing through a revision fires the publish signals the search index listens to.
    Returns (page, created).
    """
    existing = find_child(parent, type(page), page.slug)
    if existing:
        return existing, False
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page, True


def root_page():
    return Page.get_first_root_node()
