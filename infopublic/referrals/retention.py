"""Nothing personal outlives its retention: expiry of unanswered referrals, anonymisation, erasure."""

import logging

from django.db import transaction
from django.utils import timezone

from .models import PERSONAL_FIELDS, Referral, Status

logger = logging.getLogger(__name__)


def _blank(referral):
    for field in PERSONAL_FIELDS:
        setattr(referral, field, None)


def expire_open(now=None):
    """Close the referrals nobody answered in time; their senders are told. Returns how many."""
    from . import emails

    now = now or timezone.now()
    count = 0
    for pk in list(Referral.objects.to_expire(now).values_list("pk", flat=True)):
        with transaction.atomic():
            referral = Referral.objects.select_for_update().filter(pk=pk).first()
            if referral is None or not referral.is_open:
                continue
            referral.status = Status.EXPIRED
            referral.answered_at = None
            referral.save(update_fields=["status", "answered_at"])
            emails.queue(referral, emails.STATUS_CHANGED)
            count += 1
    return count


def anonymise(referral, now=None):
    """Empty every personal field; what remains names nobody. An open referral expires at the same time."""
    _blank(referral)
    referral.anonymised_at = now or timezone.now()
    referral.recap_requested = False
    if referral.is_open:
        referral.status = Status.EXPIRED
    referral.save()


def anonymise_old(now=None):
    """Anonymise every referral older than the retention delay. Returns how many."""
    now = now or timezone.now()
    count = 0
    for referral in Referral.objects.to_anonymise(now).iterator():
        anonymise(referral, now)
        count += 1
    return count


def erase(referral, now=None):
    """Erasure on request (through the coordination): the same as anonymisation, at once."""
    anonymise(referral, now)
    logger.info("Referral %s erased on request", referral.pk)


def apply(now=None):
    expired = expire_open(now)
    anonymised = anonymise_old(now)
    return {"expired": expired, "anonymised": anonymised}
