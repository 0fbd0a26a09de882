"""Cache invalidation for what the public pages cache."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from infopublic.directory.templatetags.glossary import clear_glossary_cache
from infopublic.taxonomy.models import GlossaryTerm

DIRECTORY_VERSION_KEY = "home:directory-version"


def directory_version():
    """A number that changes whenever a page is published, unpublished, moved or deleted.

    Template fragments that show fiches put it in their cache key, so a publication is visible at once.
    """
    version = cache.get(DIRECTORY_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(DIRECTORY_VERSION_KEY, version, None)
    return version


def bump_directory_version(**kwargs):
    try:
        cache.incr(DIRECTORY_VERSION_KEY)
    except ValueError:
        cache.set(DIRECTORY_VERSION_KEY, 2, None)


def bump_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_directory_version()


def connect():
    post_save.connect(clear_glossary_cache, sender=GlossaryTerm, dispatch_uid="home-glossary-saved")
    post_delete.connect(clear_glossary_cache, sender=GlossaryTerm, dispatch_uid="home-glossary-deleted")
    page_published.connect(bump_directory_version, dispatch_uid="home-directory-published")
    page_unpublished.connect(bump_directory_version, dispatch_uid="home-directory-unpublished")
    post_page_move.connect(bump_directory_version, dispatch_uid="home-directory-moved")
    # Per sender: a post_delete receiver for every model would turn off Django's fast deletes everywhere.
    post_delete.connect(bump_on_page_delete, sender=Page, dispatch_uid="home-directory-deleted")
