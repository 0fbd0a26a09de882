"""Referral emails, rendered when the queue's worker sends them (templates/referrals/emails/).

Only the referral's id and the event go through the task queue, never an address or a text: the person's email
address is read (decrypted) at sending time, and a failure is logged with the referral's number only.
The emails to the structure and the sender carry no personal data either: the details stay behind the link.
"""

import logging

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from infopublic.workshop.emails import partner_editors, site_url

from . import links
from .models import ContactMethod, Referral, Status

logger = logging.getLogger(__name__)

RECEIVED = "received"
STATUS_CHANGED = "status_changed"
RECAP = "recap"
EVENTS = (RECEIVED, STATUS_CHANGED, RECAP)


def _recipients(referral, event):
    if event == RECEIVED:
        partner = referral.structure.partner if referral.structure_id else None
        return [user.email for user in partner_editors(partner)]
    if event == STATUS_CHANGED:
        sender = referral.sender
        return [sender.email] if sender and sender.is_active and sender.email else []
    if event == RECAP and referral.recap_requested and referral.contact_method == ContactMethod.EMAIL:
        return [referral.person_email] if referral.person_email and not referral.is_anonymised else []
    return []


def _subject(referral, event):
    structure = referral.structure.title if referral.structure_id else _("structure supprimée")
    if event == RECEIVED:
        return _("Nouvelle fiche de liaison pour %(structure)s") % {"structure": structure}
    if event == STATUS_CHANGED:
        return _("Fiche de liaison n°%(number)s : %(status)s") % {
            "number": referral.pk,
            "status": referral.get_status_display().lower(),
        }
    return _("Votre rendez-vous : %(structure)s") % {"structure": structure}


def _context(referral, event):
    context = {"referral": referral, "structure": referral.structure, "site_url": site_url()}
    if event == RECEIVED:
        context["answer_url"] = site_url(links.answer_path(referral))
        context["lifetime_days"] = links.max_age().days
    elif event == STATUS_CHANGED:
        context["detail_url"] = site_url(reverse("referrals:detail", args=[referral.pk]))
        if referral.status == Status.REDIRECTED and referral.redirected_to_id:
            context["resend_url"] = site_url(
                reverse("referrals:create") + f"?structure={referral.redirected_to_id}"
            )
    elif event == RECAP and referral.scheme_id:
        context["documents"] = list(referral.scheme.documents.all())
    return context


def send_now(referral_id, event):
    """Render and send one event's emails; returns how many the mail server took."""
    referral = (
        Referral.objects.select_related("structure__partner", "structure__commune", "sender", "scheme")
        .filter(pk=referral_id)
        .first()
    )
    if referral is None or event not in EVENTS:
        return 0
    recipients = _recipients(referral, event)
    if not recipients:
        return 0
    context = _context(referral, event)
    subject = _subject(referral, event)
    sent = 0
    for address in recipients:
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string(f"referrals/emails/{event}.txt", context),
            to=[address],
        )
        message.attach_alternative(render_to_string(f"referrals/emails/{event}.html", context), "text/html")
        try:
            sent += message.send()
        except OSError:
            # The referral's number only: never an address, which may be the person's.
            logger.warning("Referral email %s for referral %s failed", event, referral.pk)
    return sent


def queue(referral, event):
    """Hand the emails to the task queue (the worker in production): the request never waits."""
    from .tasks import send_referral_emails

    send_referral_emails.enqueue(referral.pk, event)
