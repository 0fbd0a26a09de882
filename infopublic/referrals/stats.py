"""The coordination's statistics: counts and delays per structure, theme, territory and outcome.

Read from the columns that name nobody (structure, themes, commune, dates, status, refusal reason): the
encrypted personal fields are never selected, so neither the page nor the CSV can show them.
"""

import csv
from collections import Counter, defaultdict
from datetime import timedelta
from statistics import median

from django.utils import timezone
from django.utils.translation import gettext as _

from infopublic.opendata.exports import csv_value

from .models import OPEN_STATUSES, Referral, RefusalReason, Status

OUTCOMES = [Status.ACCEPTED, Status.REFUSED, Status.REDIRECTED, Status.EXPIRED]
SPANS = (3, 6, 12, 24)
DEFAULT_SPAN = 12
# The only columns read: never a personal (encrypted) field.
COLUMNS = (
    "pk",
    "status",
    "refusal_reason",
    "created_at",
    "answered_at",
    "structure__title",
    "commune__epci__name",
)


def read_span(params):
    value = params.get("mois", "")
    return int(value) if value in {str(span) for span in SPANS} else DEFAULT_SPAN


class _Row:
    def __init__(self, label):
        self.label = label
        self.counts = Counter()
        self.delays = []

    def add(self, record):
        self.counts["total"] += 1
        status = record["status"]
        self.counts["open" if status in OPEN_STATUSES else status] += 1
        if record["answered_at"] and status in (Status.ACCEPTED, Status.REFUSED, Status.REDIRECTED):
            self.delays.append((record["answered_at"] - record["created_at"]).total_seconds() / 86400)

    @property
    def median_days(self):
        return round(median(self.delays), 1) if self.delays else None

    def cells(self):
        return [self.counts["total"], *(self.counts[str(s)] for s in OUTCOMES), self.counts["open"]]


def _sorted(rows):
    return sorted(rows.values(), key=lambda row: (-row.counts["total"], row.label))


def statistics(params=None):
    span = read_span(params or {})
    since = timezone.now() - timedelta(days=round(span * 30.44))
    referrals = Referral.objects.filter(created_at__gte=since)
    records = list(referrals.values(*COLUMNS))
    themes = defaultdict(list)
    for referral_id, label in referrals.values_list("pk", "themes__label"):
        if label:
            themes[referral_id].append(label)
    overall = _Row(_("Toutes les fiches"))
    by_structure, by_theme, by_territory = {}, {}, {}
    refusals = Counter()
    for record in records:
        overall.add(record)
        structure = record["structure__title"] or _("Structure supprimée")
        by_structure.setdefault(structure, _Row(structure)).add(record)
        territory = record["commune__epci__name"] or _("Commune inconnue")
        by_territory.setdefault(territory, _Row(territory)).add(record)
        for theme in themes.get(record["pk"]) or [_("Sans thématique")]:
            by_theme.setdefault(theme, _Row(theme)).add(record)
        if record["status"] == Status.REFUSED and record["refusal_reason"]:
            refusals[record["refusal_reason"]] += 1
    reasons = dict(RefusalReason.choices)
    return {
        "span": span,
        "spans": SPANS,
        "total": overall.counts["total"],
        "headers": headers(),
        "tables": [
            (_("Ensemble"), [overall] if records else []),
            (_("Par structure"), _sorted(by_structure)),
            (_("Par thématique"), _sorted(by_theme)),
            (_("Par intercommunalité de la personne"), _sorted(by_territory)),
        ],
        "refusals": [(reasons.get(reason, reason), count) for reason, count in refusals.most_common()],
    }


def headers():
    return [
        _("Fiches"),
        *(Status(outcome).label for outcome in OUTCOMES),
        _("En attente"),
        _("Délai médian de réponse (jours)"),
    ]


def write_csv(response, params=None):
    """Every table of the page as CSV lines (aggregates only); cells are neutralised against formulas."""
    data = statistics(params)
    writer = csv.writer(response, delimiter=";")
    writer.writerow([csv_value(_("Tableau")), csv_value(_("Ligne")), *map(csv_value, data["headers"])])
    for heading, rows in data["tables"]:
        for row in rows:
            median_days = "" if row.median_days is None else str(row.median_days).replace(".", ",")
            writer.writerow([csv_value(heading), csv_value(row.label), *row.cells(), median_days])
    for reason, count in data["refusals"]:
        writer.writerow([csv_value(_("Motifs de refus")), csv_value(reason), count])
