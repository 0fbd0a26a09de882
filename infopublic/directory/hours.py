"""Opening hours in OpenStreetMap syntax, evaluated with French public holidays."""

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from opening_hours import OpeningHours, ParserError, State

PARIS = ZoneInfo("Europe/Paris")
# A state lasting longer than this counts as permanent: without a bound, the next change of an always-open
# expression is searched until year 9999 (close to a second per call).
MAX_INTERVAL_DAYS = 31


def notice_in_force(notice_text, starts_on, ends_on, today):
    """A temporary notice is in force from its start to its end date (either may be open)."""
    if not notice_text:
        return False
    return (starts_on is None or starts_on <= today) and (ends_on is None or today <= ends_on)


def effective_hours(opening_hours, notice_text, starts_on, ends_on, notice_opening_hours, today):
    """The hours in force on `today`: a dated notice's hours (closed when empty), else the usual ones."""
    if notice_in_force(notice_text, starts_on, ends_on, today) and (starts_on or ends_on):
        return notice_opening_hours or "off"
    return opening_hours


@lru_cache(maxsize=4096)
def parse(expression: str) -> OpeningHours:
    """Parse an expression once; raises ParserError/SyntaxError when invalid."""
    return OpeningHours(expression, country="FR", timezone=PARIS, max_interval_days=MAX_INTERVAL_DAYS)


def validate_opening_hours(value):
    """Model field validator: the value must be valid OpenStreetMap opening_hours syntax."""
    if not value:
        return
    try:
        parse(value.strip())
    except (ParserError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _(
                "Horaires invalides : « %(value)s ». Utilisez la syntaxe OpenStreetMap, "
                "par exemple « Mo-Fr 08:30-12:30,13:30-17:00; PH off »."
            ),
            code="invalid_opening_hours",
            params={"value": value},
        ) from error


@dataclass(frozen=True)
class OpeningState:
    is_open: bool
    is_unknown: bool
    next_change: datetime | None
    comment: str = ""


def state_at(expression: str, at: datetime | None = None) -> OpeningState | None:
    """Open/closed state at `at` (now by default) and the next change; None when there are no hours."""
    if not expression:
        return None
    try:
        hours = parse(expression)
    except (ParserError, SyntaxError, ValueError):
        return None
    at = (at or timezone.now()).astimezone(PARIS)
    state, comment = hours.state(at)
    next_change = hours.next_change(at)
    return OpeningState(
        is_open=state == State.OPEN,
        is_unknown=state == State.UNKNOWN,
        next_change=next_change,
        comment=comment or "",
    )
