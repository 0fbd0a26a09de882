"""Followers of a fiche hear about each new publication, with what changed; reports follow a moved fiche."""

from django.db import transaction
from django.dispatch import receiver
from django.utils.translation import gettext as _

from wagtail.models import PageLogEntry
from wagtail.signals import page_published, post_page_move

from infopublic.directory.models import DirectoryPage, GuidePage, SchemePage, StructurePage
from infopublic.network.access import is_network_member

from . import emails
from .diff import changed_fields
from .models import ErrorReport, FicheFollow


def previously_published_revision(page, revision):
    """The revision that was live before `revision` (page_published fires before its own log entry)."""
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .exclude(revision=revision)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry else None


def notify_followers(page, revision, previous):
    followers = [
        follow.user
        for follow in FicheFollow.objects.filter(page=page).select_related("user")
        if follow.user.email and is_network_member(follow.user)
    ]
    if not followers:
        return 0
    changes = changed_fields(page, previous, revision)
    if not changes:
        return 0
    return emails.send(
        "fiche_changed",
        followers,
        {"page": page, "changes": changes},
        _("« %(title)s » a été mise à jour") % {"title": page.title},
    )


@receiver(page_published)
def fiche_published(sender, instance, revision, **kwargs):
    if not isinstance(instance, DirectoryPage) or not FicheFollow.objects.filter(page=instance).exists():
        return
    previous = previously_published_revision(instance, revision)
    if previous is None:
        return
    transaction.on_commit(lambda: notify_followers(instance, revision, previous))


@receiver(post_page_move)
def reports_follow_moved_fiches(sender, instance, **kwargs):
    """Reports go to the partner that owns the fiche now (the directory has already updated its owner)."""
    page_ids = [instance.pk, *instance.get_descendants().values_list("pk", flat=True)]
    for model in (StructurePage, SchemePage, GuidePage):
        for page_id, partner_id in model.objects.filter(pk__in=page_ids).values_list("pk", "partner_id"):
            ErrorReport.objects.filter(page_id=page_id).exclude(partner_id=partner_id).update(
                partner_id=partner_id
            )
