"""Wagtail's own search backend (admin search, `/api/v2/pages/?search=`, index upkeep of pages and
snippets) on the same Elasticsearch as the site's search, with the plain-JSON transport when
ELASTICSEARCH_PLAIN_JSON is on.

The elasticsearch client takes a node class as a class, not as a dotted path in the settings: this backend
passes it."""

from django.conf import settings

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .transport import PlainJsonNode

__all__ = ["SearchBackend", "uses_elasticsearch"]


class SearchBackend(Elasticsearch8SearchBackend):
    def __init__(self, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        if settings.ELASTICSEARCH_PLAIN_JSON:
            options["node_class"] = PlainJsonNode
        params["OPTIONS"] = options
        super().__init__(params)


def uses_elasticsearch():
    """Whether Wagtail's default search backend is an Elasticsearch one (`search_rebuild` rebuilds it)."""
    from wagtail.search.backends import get_search_backend

    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    return isinstance(get_search_backend(), ElasticsearchBaseSearchBackend)
