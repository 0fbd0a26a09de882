"""Review reminders: each partner's editors receive the list of their overdue fiches."""

from django.utils import timezone
from django.utils.translation import ngettext

from infopublic.network.models import PartnerPage

from . import emails
from .freshness import overdue_fiches


def send_review_reminders(today=None):
    """Email every partner with overdue fiches; returns [(partner, fiches, messages sent)]."""
    today = today or timezone.localdate()
    sent = []
    for partner in PartnerPage.objects.order_by("title"):
        fiches = overdue_fiches([partner], today)
        if not fiches:
            continue
        recipients = list(emails.partner_editors(partner))
        count = emails.send(
            "review_reminder",
            recipients,
            {"partner": partner, "fiches": fiches, "today": today},
            ngettext(
                "%(count)s fiche à vérifier pour %(partner)s",
                "%(count)s fiches à vérifier pour %(partner)s",
                len(fiches),
            )
            % {"count": len(fiches), "partner": partner.title},
        )
        sent.append((partner, fiches, count))
    return sent
