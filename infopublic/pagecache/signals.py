"""Which changes invalidate the anonymous page cache: every save or delete of a model that public pages or
APIs display, and Wagtail's publish, unpublish and move signals. Receivers are connected per sender (a
post_delete receiver without one would turn off Django's fast deletes for every model)."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .version import invalidate_on_commit

__all__ = ["CONTENT_APPS", "CONTENT_MODELS", "PRIVATE_MODELS", "connect"]

# Apps whose every model is public content (pages, snippets, vocabularies, territories, imports).
CONTENT_APPS = ("home", "territories", "taxonomy", "network", "directory", "workshop", "opendata")
# Wagtail's own models that change what a public page shows (tree, sites, privacy, media, redirects).
CONTENT_MODELS = (
    "wagtailcore.Page",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.Collection",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailredirects.Redirect",
    "wagtailembeds.Embed",
    "taggit.Tag",
    "taggit.TaggedItem",
)
# Per-user rows in the content apps: they never change what an anonymous visitor sees.
PRIVATE_MODELS = ("home.SavedSelection", "workshop.FicheFollow", "opendata.ImportJob")


def content_models():
    models = {apps.get_model(label) for label in CONTENT_MODELS}
    for label in CONTENT_APPS:
        models.update(apps.get_app_config(label).get_models())
    private = {apps.get_model(label) for label in PRIVATE_MODELS}
    return sorted(models - private, key=lambda model: model._meta.label)


def connect():
    for model in content_models():
        uid = f"pagecache-{model._meta.label_lower}"
        post_save.connect(invalidate_on_commit, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(invalidate_on_commit, sender=model, dispatch_uid=f"{uid}-delete")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(invalidate_on_commit, sender=through, dispatch_uid=f"{uid}-{field.name}-m2m")
        if issubclass(model, Page):
            for signal, name in (
                (page_published, "published"),
                (page_unpublished, "unpublished"),
                (post_page_move, "moved"),
            ):
                signal.connect(invalidate_on_commit, sender=model, dispatch_uid=f"{uid}-{name}")
