"""A counter bumped on every write to the database index: caches derived from the index key on it."""

from django.core.cache import cache

from infopublic.pagecache.version import invalidate as invalidate_pages

__all__ = ["bump_index_version", "index_version"]

INDEX_VERSION_KEY = "search:index-version"


def index_version():
    return cache.get_or_set(INDEX_VERSION_KEY, 0, None)


def bump_index_version():
    # Cached search results and pages listing search hits are stale too.
    invalidate_pages()
    try:
        cache.incr(INDEX_VERSION_KEY)
    except ValueError:
        cache.set(INDEX_VERSION_KEY, 1, None)
