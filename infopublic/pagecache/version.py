"""The content version: a random token in the shared cache, replaced when published content changes, and
the database's source tokens (infopublic.derived), which a page is also stored under.

A random token rather than a counter: if the cache loses the key (eviction, Redis restarted empty), the
new token never equals one that older entries were stored under."""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import transaction

from infopublic.derived.versions import SOURCES, version_key

__all__ = [
    "SOURCES_MAX_AGE",
    "VERSION_KEY",
    "current_version",
    "fresh_sources",
    "invalidate",
    "invalidate_on_commit",
    "recent_sources",
]

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
# How long a process trusts the database's source tokens it read, when serving a cached page (seconds).
SOURCES_MAX_AGE = 1.0

_sources = None  # (monotonic time, tokens) last read by this process


def current_version():
    """The current token, created when missing; None when the cache does not answer."""
    try:
        token = cache.get(VERSION_KEY)
        if token is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            token = cache.get(VERSION_KEY)
    except Exception as error:  # noqa: BLE001 - any cache failure means: no page cache, render
        logger.warning("Cache des pages indisponible : %s", error)
        return None
    return token


def fresh_sources():
    """The database's source tokens, read now (one query, shared with the rest of the request)."""
    global _sources
    tokens = version_key(*SOURCES)
    _sources = (time.monotonic(), tokens)
    return tokens


def recent_sources():
    """The source tokens this process read less than SOURCES_MAX_AGE ago, else read afresh."""
    read = _sources
    if read is None or time.monotonic() - read[0] >= SOURCES_MAX_AGE:
        return fresh_sources()
    return read[1]


def forget_sources():
    global _sources
    _sources = None


def invalidate():
    """Make every cached page stale, in every process at once."""
    forget_sources()
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    except Exception as error:  # noqa: BLE001 - entries expire within a minute anyway
        logger.warning("Cache des pages non invalidé : %s", error)


def invalidate_on_commit(*args, **kwargs):
    """Signal receiver: invalidate once the change is committed (at once outside a transaction).

    Also now, so that a page rendered from the old state in another process is dropped if it was
    stored just before the commit; the on-commit call drops what was rendered in between."""
    invalidate()
    transaction.on_commit(invalidate, robust=True)
