"""What the health endpoint and the admin check: the database, the shared cache and the search engine.

Each check answers {"ok": bool, ...} and never raises: a failing part is reported, not propagated."""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from search.health import search_status

__all__ = ["run_checks"]

logger = logging.getLogger(__name__)


def _timed(check):
    started = time.perf_counter()
    try:
        result = check()
    except Exception as error:  # noqa: BLE001 - a health check reports every failure instead of raising
        logger.warning("Contrôle de santé en échec (%s) : %s", check.__name__, error)
        result = {"ok": False, "detail": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def check_cache():
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return {"ok": ok, "backend": backend, "detail": "" if ok else "read-back failed"}


def check_search():
    return search_status()


def run_checks():
    """(healthy, {name: result}) for the database, the cache and the search engine."""
    results = {
        "database": _timed(check_database),
        "cache": _timed(check_cache),
        "search": _timed(check_search),
    }
    return all(result["ok"] for result in results.values()), results
