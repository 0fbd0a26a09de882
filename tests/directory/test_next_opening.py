"""When a closed structure opens next: its hours, or its usual hours again after a closing notice."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from infopublic.directory.humanize import describe_moment
from infopublic.directory.models import StructurePage
from infopublic.directory.templatetags.directory_tags import opening_state

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
HOURS = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
# Wednesday 2 December 2026, 20:00 in Paris.
EVENING = datetime.datetime(2026, 12, 2, 20, 0, tzinfo=PARIS)


def test_next_opening_follows_the_hours():
    page = StructurePage(title="Accueil", opening_hours=HOURS)
    assert page.next_opening(EVENING) == datetime.datetime(2026, 12, 3, 9, 0, tzinfo=PARIS)
    assert page.next_opening(EVENING.replace(hour=10)) is None  # open now
    assert StructurePage(title="Sans horaires").next_opening(EVENING) is None
    assert StructurePage(title="Fermé", opening_hours="off").next_opening(EVENING) is None


def test_after_a_closing_notice_the_usual_hours_take_over():
    page = StructurePage(
        title="Accueil",
        opening_hours=HOURS,
        notice_text="Fermé pour travaux",
        notice_starts_on=datetime.date(2026, 12, 1),
        notice_ends_on=datetime.date(2026, 12, 7),
    )
    # Tuesday 8 December, 9:00: the first opening once the notice has ended.
    assert page.next_opening(EVENING) == datetime.datetime(2026, 12, 8, 9, 0, tzinfo=PARIS)
    assert opening_state(page, EVENING)["text"] == "Fermé · ouvre mardi à 9 h"
    page.notice_opening_hours = "Mo-Fr 10:00-12:00"
    assert page.next_opening(EVENING) == datetime.datetime(2026, 12, 3, 10, 0, tzinfo=PARIS)


def test_describe_moment():
    assert describe_moment(datetime.datetime(2026, 12, 3, 9, 0, tzinfo=PARIS), EVENING) == "demain à 9 h"
    assert describe_moment(datetime.datetime(2026, 12, 2, 21, 30, tzinfo=PARIS), EVENING) == (
        "aujourd’hui à 21 h 30"
    )
    assert describe_moment(datetime.datetime(2026, 12, 21, 8, 30), EVENING) == "le 21 décembre à 8 h 30"
