"""What the public pages cache is keyed on: the version of the published pages (infopublic.derived)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from infopublic.derived.versions import PAGES, changed, version_key


def directory_version():
    """A token that changes whenever a page is published, unpublished, moved, deleted or restricted.

    Template fragments that show fiches put it in their cache key, so a publication is visible at once in
    every process. It lives in the database: a change made while Redis was down is not missed."""
    return version_key(PAGES)


def bump_directory_version(**kwargs):
    changed(PAGES)


def connect():
    page_published.connect(bump_directory_version, dispatch_uid="home-directory-published")
    page_unpublished.connect(bump_directory_version, dispatch_uid="home-directory-unpublished")
    post_page_move.connect(bump_directory_version, dispatch_uid="home-directory-moved")
    # Per sender: a post_delete receiver for every model would turn off Django's fast deletes everywhere.
    post_delete.connect(bump_directory_version, sender=Page, dispatch_uid="home-directory-deleted")
    post_save.connect(bump_directory_version, sender=PageViewRestriction, dispatch_uid="home-restricted")
    post_delete.connect(bump_directory_version, sender=PageViewRestriction, dispatch_uid="home-unrestricted")
