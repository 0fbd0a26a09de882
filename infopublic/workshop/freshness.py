"""Freshness of the fiches: what is due for review, per partner, and the one-click confirmation."""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from infopublic.directory.models import GuidePage, SchemePage, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.pagecache.version import invalidate_on_commit

FICHE_MODELS = (StructurePage, SchemePage, GuidePage)
VERIFIED_ACTION = "workshop.verified"


def fiches_of(partners):
    """Every fiche (specific instances) owned by the given partners."""
    fiches = []
    for model in FICHE_MODELS:
        fiches.extend(model.objects.filter(partner__in=partners).select_related("partner"))
    return fiches


def _due_sort_key(fiche):
    # Never verified first, then soonest due.
    return fiche.review_due_on() or date.min


def fiches_to_review(partners, today=None, within_days=0):
    """Fiches overdue (or due within `within_days`), soonest due first."""
    today = today or timezone.localdate()
    horizon = date.fromordinal(today.toordinal() + within_days)
    due = [fiche for fiche in fiches_of(partners) if fiche.is_review_overdue(horizon)]
    return sorted(due, key=_due_sort_key)


def overdue_fiches(partners, today=None):
    today = today or timezone.localdate()
    return [fiche for fiche in fiches_to_review(partners, today) if fiche.is_review_overdue(today)]


@dataclass
class PartnerFreshness:
    partner: PartnerPage
    total: int
    up_to_date: int

    @property
    def overdue(self):
        return self.total - self.up_to_date

    @property
    def score(self):
        """Share (0–100) of the partner's fiches that are not overdue; None when it has no fiche."""
        if not self.total:
            return None
        return round(100 * self.up_to_date / self.total)


def freshness_by_partner(today=None):
    today = today or timezone.localdate()
    partners = list(PartnerPage.objects.order_by("title"))
    counts = {partner.pk: [0, 0] for partner in partners}
    for fiche in fiches_of(partners):
        total_fresh = counts[fiche.partner_id]
        total_fresh[0] += 1
        total_fresh[1] += 0 if fiche.is_review_overdue(today) else 1
    return [PartnerFreshness(partner, *counts[partner.pk]) for partner in partners]


@transaction.atomic
def mark_verified(page, user, today=None):
    """Set last_verified_at to today on the live page and its revisions, without a new revision.

    The live row, the live revision and the latest (draft) revision all carry the new date, so that
    neither publishing the draft nor reverting brings the old date back; the audit log records it.
    """
    today = today or timezone.localdate()
    page = page.specific
    type(page).objects.filter(pk=page.pk).update(last_verified_at=today)
    invalidate_on_commit()  # a queryset update sends no signal: the public page shows the date
    page.last_verified_at = today
    revisions = {revision.pk: revision for revision in (page.live_revision, page.latest_revision) if revision}
    for revision in revisions.values():
        revision.content["last_verified_at"] = today.isoformat()
        revision.save(update_fields=["content"])
    log(page, VERIFIED_ACTION, user=user, data={"last_verified_at": today.isoformat()}, content_changed=False)
    return page
