"""Elasticsearch faults survived: the circuit breaker, an index that came back empty, locked queue rows and
changes written while the index is rebuilt."""

from django.db import connection

import psycopg
import pytest

from search import breaker, service
from search.elastic.client import alias_name
from search.elastic.engine import ElasticsearchEngine
from search.indexing import PAGE_LOCK_NAMESPACE, flush_queue, rebuild_all
from search.models import ElasticRebuild, PendingChange
from search.query import SearchQuery
from search.tasks import replay_search_queue

from ..factories import PartnerPageFactory, SchemePageFactory
from .conftest import configure_elasticsearch

pytestmark = pytest.mark.django_db

CLOSED_PORT = "http://127.0.0.1:1"


@pytest.fixture
def partner(home_page):
    return PartnerPageFactory(parent=home_page, title="CCAS de Cluny")


def publish(page):
    page.save_revision().publish()
    return page


def titles(text):
    return [hit.title for hit in service.search(SearchQuery(text=text)).hits]


@pytest.mark.elasticsearch
def test_breaker_stops_waiting_for_a_dead_cluster(partner, settings, elasticsearch_url, monkeypatch):
    _url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, CLOSED_PORT, plain_json, "test-breaker")
    settings.ELASTICSEARCH_BREAKER_FAILURES = 2
    publish(SchemePageFactory(parent=partner, title="Aide au permis de conduire", live=False))
    calls = []
    original = ElasticsearchEngine.search

    def counted(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ElasticsearchEngine, "search", counted)
    for _attempt in range(5):
        result = service.search(SearchQuery(text="permis"))
        assert result.degraded and [hit.title for hit in result.hits] == ["Aide au permis de conduire"]
    assert len(calls) == 2  # the breaker opened after two failures: three searches did not wait
    assert breaker.is_open()
    breaker.record_success()
    service.search(SearchQuery(text="permis"))
    assert len(calls) == 3


def test_breaker_works_without_a_cache(settings, monkeypatch):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    for name in ("get", "set", "add", "incr", "delete", "delete_many"):
        monkeypatch.setattr(cache, name, down)
    settings.ELASTICSEARCH_BREAKER_FAILURES = 2
    breaker.record_failure()
    assert not breaker.is_open()
    breaker.record_failure()
    assert breaker.is_open()
    breaker.record_success()
    assert not breaker.is_open()


@pytest.mark.elasticsearch
def test_cluster_back_empty_is_rebuilt_by_the_replay(partner, settings, elasticsearch_url):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, url, plain_json, "test-empty")
    publish(SchemePageFactory(parent=partner, title="Chèque énergie", live=False))
    publish(SchemePageFactory(parent=partner, title="Aide au permis", live=False))
    rebuild_all(ElasticsearchEngine())
    # The cluster restarts and comes back without its index.
    client = ElasticsearchEngine().client
    for index in client.indices.get_alias(name=alias_name()):
        client.indices.delete(index=index)
    result = replay_search_queue.enqueue().return_value
    assert result["state"] == "rebuilt"
    ElasticsearchEngine().refresh()
    found = service.search(SearchQuery(text="énergie"))
    assert found.engine == "elasticsearch" and [hit.title for hit in found.hits] == ["Chèque énergie"]


@pytest.mark.elasticsearch
def test_changes_during_a_rebuild_reach_the_new_index(partner, settings, elasticsearch_url):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, url, plain_json, "test-during")
    rebuild_all(ElasticsearchEngine())
    # A rebuild is running: a publish now is pushed through the alias but stays queued.
    marker = ElasticRebuild.objects.create()
    page = publish(SchemePageFactory(parent=partner, title="Épicerie solidaire", live=False))
    flush_queue()
    assert PendingChange.objects.filter(page_id=page.pk).exists()
    marker.delete()
    # The rebuild (whose snapshot missed the page) swaps the alias, then replays what is queued.
    engine = ElasticsearchEngine()
    original = engine.rebuild
    engine.rebuild = lambda documents, progress=None: original(iter(()), progress)
    rebuild_all(engine)
    engine.refresh()
    assert PendingChange.objects.count() == 0
    assert titles("épicerie") == ["Épicerie solidaire"]


@pytest.mark.elasticsearch
@pytest.mark.skipif(connection.vendor != "postgresql", reason="advisory locks are PostgreSQL's")
def test_a_page_pushed_by_another_worker_is_left_to_it(partner, settings, elasticsearch_url):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, url, plain_json, "test-locks")
    rebuild_all(ElasticsearchEngine())
    busy = publish(SchemePageFactory(parent=partner, title="Dispositif en cours", live=False))
    free = publish(SchemePageFactory(parent=partner, title="Dispositif libre", live=False))
    PendingChange.objects.all().delete()
    PendingChange.objects.create(page_id=busy.pk)
    PendingChange.objects.create(page_id=free.pk)
    params = connection.get_connection_params()
    other = psycopg.connect(
        **{k: v for k, v in params.items() if k in {"host", "port", "user", "dbname", "password"}}
    )
    try:
        other.execute("SELECT pg_advisory_lock(%s, %s)", [PAGE_LOCK_NAMESPACE, busy.pk])
        flush_queue()
    finally:
        other.close()
    assert list(PendingChange.objects.values_list("page_id", flat=True)) == [busy.pk]
