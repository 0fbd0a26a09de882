"""Unmet needs, counted by theme and territory month by month, and their CSV export."""

from collections import Counter, defaultdict
from datetime import date
from html import unescape

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .models import UnmetNeed

NEEDS_CSV_COLUMNS = ["mois", "code_commune", "commune", "epci", "thematiques", "publics", "besoin"]
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def months_back(count, today=None):
    """The first days of the last `count` months, oldest first."""
    today = (today or timezone.localdate()).replace(day=1)
    months = []
    year, month = today.year, today.month
    for _index in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _table(counts, months):
    """Rows (label, [count per month], total) sorted by total, from {(label, month): count}."""
    by_label = defaultdict(dict)
    for (label, month), count in counts.items():
        by_label[label][month] = count
    rows = [
        (label, [per_month.get(month, 0) for month in months], sum(per_month.values()))
        for label, per_month in by_label.items()
    ]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def needs_statistics(params, today=None):
    try:
        span = min(max(int(params.get("mois", 12)), 1), 36)
    except ValueError:
        span = 12
    months = months_back(span, today)
    needs = UnmetNeed.objects.filter(recorded_on__gte=months[0]).prefetch_related("themes")
    needs = needs.select_related("commune__epci")
    by_theme, by_territory, by_month = Counter(), Counter(), Counter()
    for need in needs:
        month = need.recorded_on.replace(day=1)
        by_month[month] += 1
        territory = need.commune.epci.name if need.commune and need.commune.epci else _("Non précisé")
        by_territory[(territory, month)] += 1
        for theme in need.themes.all() or [None]:
            by_theme[(theme.label if theme else _("Sans thématique"), month)] += 1
    per_month = [by_month.get(month, 0) for month in months]
    total = sum(per_month)
    return {
        "months": months,
        "span": span,
        "total": total,
        "tables": [
            (_("Par mois"), [(_("Tous les besoins"), per_month, total)] if total else []),
            (_("Par thématique"), _table(by_theme, months)),
            (_("Par intercommunalité"), _table(by_territory, months)),
        ],
    }


def _csv_safe(value):
    """Plain text that a spreadsheet will not run as a formula."""
    text = " ".join(unescape(strip_tags(str(value))).split())
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


def needs_csv_rows():
    needs = UnmetNeed.objects.select_related("commune__epci").prefetch_related("themes", "publics")
    for need in needs.order_by("recorded_on", "pk"):
        commune = need.commune
        yield [
            _csv_safe(value)
            for value in (
                need.recorded_on.strftime("%Y-%m"),
                commune.code if commune else "",
                commune.name if commune else "",
                commune.epci.name if commune and commune.epci else "",
                " | ".join(theme.label for theme in need.themes.all()),
                " | ".join(public.label for public in need.publics.all()),
                need.description,
            )
        ]


# A recorded need stays anonymous in the database. The member who recorded it sees it again in « Mon espace »
# through its id kept in their own session only: the link ends with the session (logout or idle expiry).
SESSION_NEEDS_KEY = "workshop_recorded_needs"
SESSION_NEEDS_MAX = 50


def remember_recorded_need(request, need):
    ids = [pk for pk in request.session.get(SESSION_NEEDS_KEY, []) if isinstance(pk, int)]
    request.session[SESSION_NEEDS_KEY] = [need.pk, *ids][:SESSION_NEEDS_MAX]


def recorded_needs(request):
    """The unmet needs recorded during this session, newest first."""
    ids = [pk for pk in request.session.get(SESSION_NEEDS_KEY, []) if isinstance(pk, int)]
    needs = UnmetNeed.objects.filter(pk__in=ids).select_related("commune").prefetch_related("themes")
    by_id = {need.pk: need for need in needs}
    return [by_id[pk] for pk in ids if pk in by_id]
