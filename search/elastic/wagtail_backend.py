"""Wagtail's own search backend (admin search, `/api/v2/pages/?search=`, index upkeep of pages and
snippets) on the same Elasticsearch as the site's search, with the plain-JSON transport when
ELASTICSEARCH_PLAIN_JSON is on.

The elasticsearch client takes a node class as a class, not as a dotted path in the settings: this backend
passes it. OpenSearch-compatible servers (osmem) leave out the stored `pk` field Wagtail asks for; the
document id is the same primary key (`get_document_id`), so the results read it from there when missing. They
also ignore `copy_to`, which fills Wagtail's catch-all `_all_text` field: with ELASTICSEARCH_PLAIN_JSON on, a
search given no fields names the model's searchable fields instead (a real cluster keeps `_all_text`)."""

from django.conf import settings

from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)

from .transport import PlainJsonNode

__all__ = ["SearchBackend", "SearchQueryCompiler", "SearchResults", "uses_elasticsearch"]


class SearchResults(Elasticsearch8SearchResults):
    def _get_results_from_hits(self, hits):
        for hit in hits:
            hit.setdefault("fields", {"pk": [hit["_id"]]})
        return super()._get_results_from_hits(hits)


class SearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    def _remap_fields(self, fields):
        if not fields and settings.ELASTICSEARCH_PLAIN_JSON:
            fields = [field.field_name for field in self.get_searchable_fields()]
        return super()._remap_fields(fields)


class SearchBackend(Elasticsearch8SearchBackend):
    query_compiler_class = SearchQueryCompiler
    results_class = SearchResults

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
