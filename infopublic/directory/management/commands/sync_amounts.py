"""`manage.py sync_amounts`: which scheme amounts bound to openfisca-france changed since last recorded.

Compares, for every amount bound to a parameter, the value in force on the day (and the day it took effect)
with the value and date recorded on the row. Run it after upgrading openfisca-france, and daily from cron with
`--check` (exit code 1 when something needs a look). `--apply` records what it found.
"""

import datetime
from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from infopublic.pagecache.version import invalidate_on_commit

from ...amounts import NotAnAmount, UnknownParameter, amount_in_force, check_parameter, package_version
from ...humanize import format_long_date
from ...models import SchemeAmount

UNCHANGED, CHANGED, ERROR = "unchanged", "changed", "error"


@dataclass
class Finding:
    amount: SchemeAmount
    status: str
    value: object = None
    since: datetime.date | None = None
    message: str = ""


def compare(amount, day):
    """What `amount` (bound to a parameter) looks like on `day` against what was last recorded."""
    try:
        found = amount_in_force(amount.openfisca_parameter, day)
    except (UnknownParameter, NotAnAmount):
        return Finding(amount, ERROR, message=str(check_parameter(amount.openfisca_parameter)))
    if found.value is None:
        return Finding(amount, ERROR, message=_("aucune valeur en vigueur à cette date"))
    if (found.value, found.since) == (amount.synced_value, amount.synced_on):
        return Finding(amount, UNCHANGED, found.value, found.since)
    return Finding(amount, CHANGED, found.value, found.since)


def describe(value, since):
    if value is None:
        return _("jamais relevé")
    return _("%(value)s € depuis le %(date)s") % {
        "value": number_format(value, 2, force_grouping=True),
        "date": format_long_date(since),
    }


class Command(BaseCommand):
    help = _(
        "Signale les montants liés à openfisca-france dont la valeur ou la date a changé depuis le dernier "
        "relevé ; --apply enregistre le relevé, --check sort en erreur s’il reste quelque chose à voir."
    )

    def add_arguments(self, parser):
        parser.add_argument("--apply", action="store_true", help=_("enregistre les valeurs relevées"))
        parser.add_argument(
            "--check", action="store_true", help=_("code de sortie 1 s’il reste un changement non relevé")
        )
        parser.add_argument(
            "--date",
            type=datetime.date.fromisoformat,
            help=_("jour du relevé, AAAA-MM-JJ (défaut : aujourd’hui)"),
        )

    def handle(self, *args, apply=False, check=False, date=None, **options):
        day = date or timezone.localdate()
        amounts = (
            SchemeAmount.objects.exclude(openfisca_parameter="")
            .select_related("scheme")
            .order_by("scheme__title", "sort_order", "pk")
        )
        findings = [compare(amount, day) for amount in amounts]
        self.stdout.write(
            _("openfisca-france %(version)s, montants en vigueur le %(date)s : %(count)s montant(s) lié(s).")
            % {"version": package_version(), "date": format_long_date(day), "count": len(findings)}
        )
        for finding in findings:
            self.report(finding)
        changed = [finding for finding in findings if finding.status == CHANGED]
        errors = [finding for finding in findings if finding.status == ERROR]
        if apply and changed:
            with transaction.atomic():
                for finding in changed:
                    SchemeAmount.objects.filter(pk=finding.amount.pk).update(
                        amount=finding.value, synced_value=finding.value, synced_on=finding.since
                    )
                # Queryset updates send no signal: drop the cached pages showing these amounts.
                invalidate_on_commit()
            self.stdout.write(_("%(count)s relevé(s) enregistré(s).") % {"count": len(changed)})
        summary = _("%(changed)s changé(s), %(unchanged)s inchangé(s), %(errors)s erreur(s).") % {
            "changed": len(changed),
            "unchanged": len(findings) - len(changed) - len(errors),
            "errors": len(errors),
        }
        self.stdout.write(summary)
        if errors or (check and changed and not apply):
            raise CommandError(summary, returncode=1)

    def report(self, finding):
        amount = finding.amount
        where = _("« %(scheme)s » (page %(page)s) — %(label)s") % {
            "scheme": amount.scheme.title,
            "page": amount.scheme_id,
            "label": amount.label,
        }
        if finding.status == ERROR:
            self.stderr.write(
                _("ERREUR   %(where)s : %(message)s") % {"where": where, "message": finding.message}
            )
        elif finding.status == CHANGED:
            self.stdout.write(
                _("CHANGÉ   %(where)s : %(before)s → %(after)s [%(path)s]")
                % {
                    "where": where,
                    "before": describe(amount.synced_value, amount.synced_on),
                    "after": describe(finding.value, finding.since),
                    "path": amount.openfisca_parameter,
                }
            )
        else:
            self.stdout.write(
                _("inchangé %(where)s : %(now)s")
                % {"where": where, "now": describe(finding.value, finding.since)}
            )
