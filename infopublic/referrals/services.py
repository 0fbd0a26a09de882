"""What happens to a referral: sent, seen, answered, its link renewed. Emails go through the task queue."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import emails
from .models import CONSENT_WORDING, Referral, Status


@transaction.atomic
def send_referral(*, sender, structure, commune, themes, data, scheme=None):
    """Create a referral from a valid form's cleaned data (texts already bleached) and tell the structure."""
    referral = Referral.objects.create(
        sender=sender,
        structure=structure,
        scheme=scheme,
        commune=commune,
        consent_wording=str(CONSENT_WORDING),
        **data,
    )
    referral.themes.set(themes)
    # Queued in the same transaction: the database queue's row commits (or not) with the referral.
    emails.queue(referral, emails.RECEIVED)
    if referral.recap_requested:
        emails.queue(referral, emails.RECAP)
    return referral


def mark_seen(referral):
    """The structure opened it (from the link or its space): "sent" becomes "seen", once."""
    if referral.status == Status.SENT:
        updated = Referral.objects.filter(pk=referral.pk, status=Status.SENT).update(
            status=Status.SEEN, seen_at=timezone.now()
        )
        if updated:
            referral.refresh_from_db(fields=["status", "seen_at"])


@transaction.atomic
def answer(referral, *, status, refusal_reason="", redirected_to=None, note=""):
    """Record the structure's answer; False when another answer (or the expiry) came first."""
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if not locked.is_open:
        return False
    locked.status = status
    locked.refusal_reason = refusal_reason if status == Status.REFUSED else ""
    locked.redirected_to = redirected_to if status == Status.REDIRECTED else None
    locked.answer_note = note or None
    locked.answered_at = timezone.now()
    locked.seen_at = locked.seen_at or locked.answered_at
    locked.save()
    emails.queue(locked, emails.STATUS_CHANGED)
    return True


def renew_link(referral):
    """A fresh link to the structure's members (never to whoever asked): older links stop working."""
    if not referral.is_open:
        return False
    Referral.objects.filter(pk=referral.pk).update(link_version=F("link_version") + 1)
    referral.refresh_from_db(fields=["link_version"])
    emails.queue(referral, emails.RECEIVED)
    return True
