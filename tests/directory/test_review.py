"""Freshness of fiches: when the next verification is due."""

import datetime

import pytest

from infopublic.directory.models import GuidePage, SchemePage, StructurePage

# Building a page instance looks up its content type.
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("verified", "months", "due"),
    [
        (datetime.date(2026, 3, 10), 6, datetime.date(2026, 9, 10)),
        (datetime.date(2026, 11, 15), 3, datetime.date(2027, 2, 15)),
        (datetime.date(2026, 8, 31), 6, datetime.date(2027, 2, 28)),
        (datetime.date(2026, 1, 31), 12, datetime.date(2027, 1, 28)),
        (datetime.date(2026, 12, 1), 12, datetime.date(2027, 12, 1)),
    ],
)
def test_review_due_on_adds_calendar_months(verified, months, due):
    page = StructurePage(title="S", last_verified_at=verified, review_interval_months=months)
    assert page.review_due_on() == due


def test_never_verified_is_always_overdue():
    page = SchemePage(title="D", summary="x")
    assert page.review_due_on() is None
    assert page.is_review_overdue(today=datetime.date(2000, 1, 1))


def test_overdue_only_from_the_due_date():
    page = StructurePage(title="S", last_verified_at=datetime.date(2026, 3, 10), review_interval_months=6)
    assert not page.is_review_overdue(today=datetime.date(2026, 9, 9))
    assert page.is_review_overdue(today=datetime.date(2026, 9, 10))


def test_default_intervals():
    assert StructurePage().review_interval_months == 6
    assert GuidePage().review_interval_months == 12
