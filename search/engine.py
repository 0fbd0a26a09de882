"""Which engine runs: Elasticsearch when ELASTICSEARCH_URL is set, else the database engine.

Nothing outside `search/` should import an engine class: call `get_engine()` or `search.service`."""

from django.conf import settings

from .base import Engine
from .database.engine import DatabaseEngine

__all__ = ["database_engine", "elasticsearch_enabled", "get_engine"]


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def database_engine() -> Engine:
    return DatabaseEngine()


def get_engine() -> Engine:
    if elasticsearch_enabled():
        from .elastic.engine import ElasticsearchEngine

        return ElasticsearchEngine()
    return database_engine()
