"""The content version: a random token in the shared cache, replaced when published content changes.

A random token rather than a counter: if the cache loses the key (eviction, Redis restarted empty), the
new token never equals one that older entries were stored under."""

import logging
import uuid

from django.core.cache import cache
from django.db import transaction

__all__ = ["VERSION_KEY", "current_version", "invalidate", "invalidate_on_commit"]

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"


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


def invalidate():
    """Make every cached page stale, in every process at once."""
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
