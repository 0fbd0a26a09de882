"""Temporary notices: closures and changed hours between two dates."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from infopublic.directory.models import StructurePage

# Building a page instance looks up its content type.
pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
HOURS = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"


def structure(**notice):
    return StructurePage(title="Accueil", opening_hours=HOURS, **notice)


def test_no_text_no_notice():
    page = structure(notice_starts_on=datetime.date(2026, 1, 1), notice_ends_on=datetime.date(2026, 12, 31))
    assert not page.notice_is_active(datetime.date(2026, 6, 1))


def test_notice_is_active_between_its_dates_inclusive():
    page = structure(
        notice_text="Fermeture pour travaux",
        notice_starts_on=datetime.date(2026, 12, 1),
        notice_ends_on=datetime.date(2026, 12, 5),
    )
    assert not page.notice_is_active(datetime.date(2026, 11, 30))
    assert page.notice_is_active(datetime.date(2026, 12, 1))
    assert page.notice_is_active(datetime.date(2026, 12, 5))
    assert not page.notice_is_active(datetime.date(2026, 12, 6))


def test_open_ended_notices():
    assert structure(
        notice_text="Déménagement", notice_starts_on=datetime.date(2026, 12, 1)
    ).notice_is_active(datetime.date(2030, 1, 1))
    assert structure(notice_text="Travaux", notice_ends_on=datetime.date(2026, 12, 1)).notice_is_active(
        datetime.date(2026, 1, 1)
    )


def test_closure_overrides_the_usual_hours_only_during_the_notice():
    page = structure(
        notice_text="Fermeture exceptionnelle",
        notice_starts_on=datetime.date(2026, 12, 1),
        notice_ends_on=datetime.date(2026, 12, 5),
    )
    during = datetime.datetime(2026, 12, 2, 10, tzinfo=PARIS)
    after = datetime.datetime(2026, 12, 7, 10, tzinfo=PARIS)
    assert page.effective_opening_hours(during) == "off"
    assert not page.opening_state(during).is_open
    assert page.effective_opening_hours(after) == HOURS
    assert page.opening_state(after).is_open


def test_changed_hours_during_the_notice():
    page = structure(
        notice_text="Horaires d’été",
        notice_starts_on=datetime.date(2026, 7, 1),
        notice_ends_on=datetime.date(2026, 8, 31),
        notice_opening_hours="Mo-Fr 09:00-12:00; PH off",
    )
    afternoon = datetime.datetime(2026, 7, 15, 15, tzinfo=PARIS)
    morning = datetime.datetime(2026, 7, 15, 10, tzinfo=PARIS)
    assert not page.opening_state(afternoon).is_open
    assert page.opening_state(morning).is_open
