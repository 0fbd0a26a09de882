"""Error reports: receiving one, routing it to the owning partner's editors, who may see and answer it."""

from django.utils.translation import gettext as _

from . import emails
from .models import ErrorReport


def submit_report(page, *, field, message, contact_email="", reporter=None):
    page = page.specific
    report = ErrorReport.objects.create(
        page=page,
        partner_id=getattr(page, "partner_id", None),
        field=field,
        message=message,
        contact_email=contact_email if reporter is None else "",
        reporter=reporter if reporter and reporter.is_authenticated else None,
    )
    emails.send(
        "report_received",
        emails.partner_editors(report.partner),
        {"report": report, "page": page},
        _("Signalement d’erreur sur « %(title)s »") % {"title": page.title},
    )
    return report


def notify_reporter(report):
    """Tell a member reporter that their report changed status (the public left an email only to be heard)."""
    recipient = report.reporter.email if report.reporter else report.contact_email
    if not recipient:
        return 0
    return emails.send(
        "report_answered",
        [recipient],
        {"report": report, "page": report.page.specific},
        _("Votre signalement sur « %(title)s » : %(status)s")
        % {"title": report.page.title, "status": report.get_status_display()},
    )
