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
    """Render templates/workshop/emails/<template>.txt (and .html) and send one message per recipient."""
    context = {**context, "site_url": site_url()}
    sent = 0
    for recipient in recipients:
        personal = {**context, "recipient": recipient}
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=render_to_string(f"workshop/emails/{template}.txt", personal),
            to=[recipient.email if hasattr(recipient, "email") else recipient],
        )
        message.attach_alternative(
            render_to_string(f"workshop/emails/{template}.html", personal), "text/html"
        )
        try:
            sent += message.send()
        except OSError:
            # A mail server that is down must not lose the report or the publication that triggered it.
            logger.exception("Email %s to %s failed", template, message.to)
    return sent
