"""The Elasticsearch client, built once from settings."""

from functools import lru_cache

from django.conf import settings

from elasticsearch import Elasticsearch

__all__ = ["alias_name", "get_client", "reset_client"]


@lru_cache(maxsize=4)
def _client(url, timeout, plain_json):
    options = {"request_timeout": timeout, "max_retries": 0, "retry_on_timeout": False}
    if plain_json:
        from .transport import PlainJsonNode

        options["node_class"] = PlainJsonNode
    return Elasticsearch(url, **options)


def get_client():
    return _client(
        settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT, settings.ELASTICSEARCH_PLAIN_JSON
    )


def reset_client():
    _client.cache_clear()


def alias_name():
    """The alias every query and write goes through; rebuilds swap the index behind it."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-fiches"
