"""Plain French wording of OpenStreetMap opening hours and of an opening state.

Covers the syntax the directory's editors use: weekday ranges and lists, time spans, `off`/`closed`, `24/7`,
public holidays (`PH`) and a quoted comment. Anything richer (months, weeks, sunrise...) returns None and the
caller shows the raw expression.
"""

import re
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from infopublic.territories.typography import french_date

from .hours import PARIS

__all__ = ["describe_moment", "describe_opening_hours", "describe_state", "format_long_date", "format_time"]

DAY_CODES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
HOLIDAY = "PH"
TIME_SPAN = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
DAY_ITEM = re.compile(r"^(Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$")
RULE = re.compile(
    r'^(?P<days>[A-Za-z,\-]+)?\s*(?P<times>[0-9:,\-\s]+|off|closed|open)?\s*(?:"(?P<comment>[^"]*)")?$'
)


def day_names():
    return [_("lundi"), _("mardi"), _("mercredi"), _("jeudi"), _("vendredi"), _("samedi"), _("dimanche")]


def format_long_date(day):
    """`1er avril 2026`, `2 avril 2026`: the first of a month is an ordinal, the day never ends a line."""
    if day is None:
        return ""
    text = date_format(day, "F Y")
    return _("1er\u00a0%(month_year)s") % {"month_year": text} if day.day == 1 else f"{day.day}\u00a0{text}"


def format_time(hour, minute):
    """`8 h 30`, `17 h` (French typographic convention)."""
    hour = hour % 24 if hour != 24 else 24
    return f"{hour} h {minute:02d}" if minute else f"{hour} h"


def _parse_days(text):
    days = []
    for item in text.split(","):
        match = DAY_ITEM.match(item.strip())
        if not match:
            return None
        start, end = match.groups()
        if start == HOLIDAY:
            if end:
                return None
            days.append(HOLIDAY)
            continue
        first = DAY_CODES.index(start)
        last = DAY_CODES.index(end) if end else first
        index = first
        while True:
            days.append(DAY_CODES[index])
            if index == last:
                break
            index = (index + 1) % 7
    return days


def _parse_times(text):
    """A tuple of ((h, m), (h, m)) spans, () for closed; None when unsupported."""
    text = text.strip()
    if text in {"off", "closed"}:
        return ()
    if text == "open":
        return (((0, 0), (24, 0)),)
    spans = []
    for part in text.split(","):
        match = TIME_SPAN.match(part.strip())
        if not match:
            return None
        h1, m1, h2, m2 = (int(group) for group in match.groups())
        spans.append(((h1, m1), (h2, m2)))
    return tuple(spans)


def _schedule(expression):
    """{day code: (spans, comment)} after applying the rules in order (a later rule overrides its days)."""
    expression = expression.strip()
    if expression == "24/7":
        return dict.fromkeys(DAY_CODES, ((((0, 0), (24, 0)),), ""))
    schedule = {}
    for raw_rule in expression.split(";"):
        rule = raw_rule.strip()
        if not rule:
            continue
        match = RULE.match(rule)
        if not match or not (match.group("days") or match.group("times")):
            return None
        days_text, times_text = match.group("days"), match.group("times")
        if days_text in {"off", "closed", "open"} and not times_text:
            days_text, times_text = None, days_text
        days = _parse_days(days_text) if days_text else list(DAY_CODES)
        times = _parse_times(times_text) if times_text else (((0, 0), (24, 0)),)
        if days is None or times is None:
            return None
        for day in days:
            schedule[day] = (times, (match.group("comment") or "").strip())
    return schedule


def _join(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return _("%(first)s et %(last)s") % {"first": ", ".join(items[:-1]), "last": items[-1]}


def _describe_days(indexes):
    """Consecutive runs of three days or more read `du lundi au vendredi`, others are listed."""
    names = day_names()
    runs, run = [], [indexes[0]]
    for index in indexes[1:]:
        if index == run[-1] + 1:
            run.append(index)
        else:
            runs.append(run)
            run = [index]
    runs.append(run)
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(_("du %(first)s au %(last)s") % {"first": names[run[0]], "last": names[run[-1]]})
        else:
            parts.extend(names[index] for index in run)
    text = _join(parts)
    return text[:1].upper() + text[1:]


def _describe_spans(spans):
    if spans == (((0, 0), (24, 0)),):
        return _("24 h sur 24")
    return _join(f"{format_time(*start)} – {format_time(*end)}" for start, end in spans)


def describe_opening_hours(expression):
    """Lines of plain French, e.g. ["Du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 17 h"].

    Returns None when the expression uses syntax this wording does not cover.
    """
    if not expression:
        return []
    schedule = _schedule(expression)
    if schedule is None:
        return None
    groups = {}
    for index, code in enumerate(DAY_CODES):
        if code in schedule and schedule[code][0]:
            groups.setdefault(schedule[code], []).append(index)
    lines = []
    for (spans, comment), indexes in sorted(groups.items(), key=lambda item: item[1][0]):
        line = f"{_describe_days(indexes)}, {_describe_spans(spans)}"
        lines.append(f"{line} ({comment})" if comment else line)
    if HOLIDAY in schedule:
        spans, comment = schedule[HOLIDAY]
        if spans:
            lines.append(_("Jours fériés, %(hours)s") % {"hours": _describe_spans(spans)})
        else:
            lines.append(_("Fermé les jours fériés"))
    if not lines:
        lines.append(_("Fermé"))
    return lines


def _day_phrase(moment, now):
    days = (moment.date() - now.date()).days
    if days == 0:
        return _("aujourd’hui")
    if days == 1:
        return _("demain")
    if days < 7:
        return day_names()[moment.weekday()]
    return _("le %(date)s") % {"date": french_date(moment, with_year=False)}


def describe_state(state, now=None):
    """`Ouvert · ferme à 12 h 30`, `Fermé · ouvre demain à 8 h 30`; empty when hours are unknown."""
    if state is None or state.is_unknown:
        return ""
    now = (now or timezone.now()).astimezone(PARIS)
    change = state.next_change
    if isinstance(change, datetime):
        change = change.replace(tzinfo=PARIS) if change.tzinfo is None else change.astimezone(PARIS)
    if change is not None and change - now > timedelta(days=366):
        change = None
    if state.is_open:
        if change is None:
            return _("Ouvert")
        if change.date() == now.date():
            return _("Ouvert · ferme à %(time)s") % {"time": format_time(change.hour, change.minute)}
        return _("Ouvert · ferme %(day)s à %(time)s") % {
            "day": _day_phrase(change, now),
            "time": format_time(change.hour, change.minute),
        }
    if change is None:
        return _("Fermé")
    return _("Fermé · ouvre %(day)s à %(time)s") % {
        "day": _day_phrase(change, now),
        "time": format_time(change.hour, change.minute),
    }


def describe_moment(moment, now=None):
    """`aujourd’hui à 13 h 30`, `demain à 8 h 30`, `lundi à 9 h`, `le 04/01 à 9 h`."""
    now = (now or timezone.now()).astimezone(PARIS)
    moment = moment.replace(tzinfo=PARIS) if moment.tzinfo is None else moment.astimezone(PARIS)
    return _("%(day)s à %(time)s") % {
        "day": _day_phrase(moment, now),
        "time": format_time(moment.hour, moment.minute),
    }
