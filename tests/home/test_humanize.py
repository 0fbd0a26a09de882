from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from infopublic.directory.hours import state_at
from infopublic.directory.humanize import describe_opening_hours, describe_state

PARIS = ZoneInfo("Europe/Paris")
OFFICE = "Mo-Fr 08:30-12:30,13:30-17:00; PH off"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (OFFICE, ["Du lundi au vendredi, 8 h 30 – 12 h 30 et 13 h 30 – 17 h", "Fermé les jours fériés"]),
        ("Mo,We,Fr 09:00-12:00", ["Lundi, mercredi et vendredi, 9 h – 12 h"]),
        ("Mo-Fr 09:00-12:00; We off", ["Lundi, mardi, jeudi et vendredi, 9 h – 12 h"]),
        (
            'Tu-Th 14:00-17:30; Sa 09:00-12:00 "sur rendez-vous"',
            ["Du mardi au jeudi, 14 h – 17 h 30", "Samedi, 9 h – 12 h (sur rendez-vous)"],
        ),
        ("Mo,Tu 10:00-11:00", ["Lundi et mardi, 10 h – 11 h"]),
        ("24/7", ["Du lundi au dimanche, 24 h sur 24"]),
        ("PH 10:00-12:00", ["Jours fériés, 10 h – 12 h"]),
        ("off", ["Fermé"]),
        ("", []),
    ],
)
def test_hours_are_worded_in_plain_french(expression, expected):
    assert describe_opening_hours(expression) == expected


@pytest.mark.parametrize("expression", ["Jan-Mar Mo 10:00-12:00", "Mo[1] 10:00-12:00", "sunrise-sunset"])
def test_syntax_beyond_the_wording_returns_none(expression):
    assert describe_opening_hours(expression) is None


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 20, 10, 0, tzinfo=PARIS), "Ouvert · ferme à 12 h 30"),
        (datetime(2026, 11, 20, 18, 0, tzinfo=PARIS), "Fermé · ouvre lundi à 8 h 30"),
        (datetime(2026, 11, 19, 18, 0, tzinfo=PARIS), "Fermé · ouvre demain à 8 h 30"),
        (datetime(2026, 11, 19, 7, 0, tzinfo=PARIS), "Fermé · ouvre aujourd’hui à 8 h 30"),
        # 11 November is a public holiday in France: closed all day, open the next morning.
        (datetime(2026, 11, 11, 10, 0, tzinfo=PARIS), "Fermé · ouvre demain à 8 h 30"),
    ],
)
def test_opening_state_in_french_with_public_holidays(moment, expected):
    assert describe_state(state_at(OFFICE, moment), moment) == expected


def test_no_hours_no_state():
    assert describe_state(state_at("", None)) == ""
