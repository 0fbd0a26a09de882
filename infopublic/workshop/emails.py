"""Every email the workshop sends: a text body and an HTML alternative from templates/workshop/emails/."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from infopublic.network.services import editor_groups

logger = logging.getLogger(__name__)


def site_url(path=""):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def partner_editors(partner):
    """Active users of the partner's editors' groups who have an email address."""
    if partner is None:
        return get_user_model().objects.none()
    return (
        get_user_model()
        .objects.filter(groups__in=editor_groups(partner), is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def send(template, recipients, context, subject):
    """Render templates/workshop/emails/<template>.txt (and .html), one message per recipient, and hand
    them to the task queue; returns how many were queued. The request never waits for the mail server."""
    from .tasks import deliver_emails

    context = {**context, "site_url": site_url()}
    messages = []
    for recipient in recipients:
        personal = {**context, "recipient": recipient}
        messages.append(
            {
                "template": template,
                "subject": str(subject),
                "to": recipient.email if hasattr(recipient, "email") else recipient,
                "text": render_to_string(f"workshop/emails/{template}.txt", personal),
                "html": render_to_string(f"workshop/emails/{template}.html", personal),
            }
        )
    if messages:
        deliver_emails.enqueue(messages)
    return len(messages)


def deliver(messages):
    """Send rendered messages; returns how many the mail server took. A server that is down loses nothing
    but the message itself, logged: never the report or the publication that triggered it."""
    sent = 0
    for item in messages:
        message = EmailMultiAlternatives(subject=item["subject"], body=item["text"], to=[item["to"]])
        message.attach_alternative(item["html"], "text/html")
        try:
            sent += message.send()
        except OSError:
            logger.exception("Email %s to %s failed", item["template"], item["to"])
    return sent
