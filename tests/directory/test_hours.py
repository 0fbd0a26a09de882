"""Opening hours in OpenStreetMap syntax, with French public holidays."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError

import pytest

from infopublic.directory.hours import state_at, validate_opening_hours

PARIS = ZoneInfo("Europe/Paris")
HOURS = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.mark.parametrize(
    "expression",
    ["", HOURS, "Mo-Tu,Th-Fr 09:30-12:00; PH off", "24/7", "We 13:30-16:00; Th 15:30-18:30; PH off", "off"],
)
def test_valid_expressions_are_accepted(expression):
    validate_opening_hours(expression)


@pytest.mark.parametrize(
    "expression", ["lundi 9h-12h", "Mo-Fr 25:00-26:00", "Mo-Fr 09:00-", "<script>alert(1)</script>"]
)
def test_invalid_expressions_are_refused_with_a_french_message(expression):
    with pytest.raises(ValidationError) as error:
        validate_opening_hours(expression)
    assert error.value.code == "invalid_opening_hours"
    assert "Horaires invalides" in str(error.value.messages[0])


def test_state_on_a_working_day_and_the_next_change():
    state = state_at(HOURS, at(2026, 11, 24, 10))  # a Tuesday morning
    assert state.is_open and not state.is_unknown
    assert state.next_change.astimezone(PARIS).replace(tzinfo=None) == datetime.datetime(2026, 11, 24, 12, 0)
    assert not state_at(HOURS, at(2026, 11, 24, 13)).is_open
    assert not state_at(HOURS, at(2026, 11, 28, 10)).is_open  # Saturday


def test_french_public_holidays_are_closed():
    assert datetime.date(2026, 7, 14).weekday() == 1
    assert not state_at(HOURS, at(2026, 7, 14, 10)).is_open  # 14 juillet, a Tuesday
    assert state_at(HOURS, at(2026, 7, 15, 10)).is_open
    assert not state_at(HOURS, at(2026, 5, 8, 10)).is_open  # 8 mai 2026, a Friday


def test_state_without_or_with_broken_hours_is_none():
    assert state_at("") is None
    assert state_at("n’importe quoi") is None
