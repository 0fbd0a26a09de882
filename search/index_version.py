"""A counter bumped on every write to the database index: caches derived from the index key on it."""

from django.core.cache import cache

__all__ = ["bump_index_version", "index_version"]

INDEX_VERSION_KEY = "search:index-version"


def index_version():
    return cache.get_or_set(INDEX_VERSION_KEY, 0, None)


def bump_index_version():
    try:
        cache.incr(INDEX_VERSION_KEY)
    except ValueError:
        cache.set(INDEX_VERSION_KEY, 1, None)
