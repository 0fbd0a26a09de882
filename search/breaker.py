"""A circuit breaker for Elasticsearch: after a few failures in a row, searches stop waiting for it.

The state lives in the shared cache, so every worker skips a cluster that one of them found down; when the
cache itself is unreachable each process keeps its own count. While the breaker is open the database engine
answers (the result says `degraded`); after `ELASTICSEARCH_BREAKER_SECONDS` one request tries again."""

import contextlib
import threading
import time

from django.conf import settings
from django.core.cache import cache

__all__ = ["is_open", "record_failure", "record_success", "trip"]

FAILURES_KEY = "search:elastic:failures"
OPEN_KEY = "search:elastic:open"

_local = {"failures": 0, "open_until": 0.0}
_lock = threading.Lock()


def _threshold():
    return settings.ELASTICSEARCH_BREAKER_FAILURES


def _seconds():
    return settings.ELASTICSEARCH_BREAKER_SECONDS


def is_open():
    try:
        if cache.get(OPEN_KEY):
            return True
    except Exception:  # noqa: BLE001 - a cache outage falls back to this process's own state
        pass
    return time.monotonic() < _local["open_until"]


def trip(reason="down"):
    """Open the breaker now (a cluster found down or incomplete), for every worker."""
    with _lock:
        _local["open_until"] = time.monotonic() + _seconds()
        _local["failures"] = 0
    with contextlib.suppress(Exception):
        cache.set(OPEN_KEY, reason, timeout=_seconds())
        cache.delete(FAILURES_KEY)


def record_failure():
    try:
        cache.add(FAILURES_KEY, 0, timeout=_seconds() * 4)
        failures = cache.incr(FAILURES_KEY)
    except Exception:  # noqa: BLE001
        with _lock:
            _local["failures"] += 1
            failures = _local["failures"]
    if failures >= _threshold():
        trip()


def record_success():
    with _lock:
        _local["failures"] = 0
        _local["open_until"] = 0.0
    with contextlib.suppress(Exception):
        cache.delete_many([FAILURES_KEY, OPEN_KEY])
