"""Index upkeep: the database index is written at once, Elasticsearch through a durable queue.

Every change first becomes a PendingChange row in the same transaction as the edit; after commit the
queue is pushed to Elasticsearch. If Elasticsearch is down the rows stay and are replayed by
`manage.py search_sync` or by the next successful push: nothing is lost and publishing never fails."""

import datetime
import logging

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from infopublic.pagecache.version import invalidate as invalidate_pages

from .documents import build_documents
from .engine import database_engine, elasticsearch_enabled
from .models import Document, ElasticRebuild, PendingChange

__all__ = ["flush_queue", "rebuild_all", "recover_elasticsearch", "update_pages"]

logger = logging.getLogger(__name__)


def documents_for(page_ids):
    """{page_id: [documents]} for the indexable pages among `page_ids` (others map to nothing)."""
    found = {page_id: [] for page_id in page_ids}
    for page_id, documents in build_documents(page_ids=list(page_ids)):
        found[page_id] = documents
    return found


def update_pages(page_ids):
    """Bring both indexes in line with the current state of these pages (indexed, updated or removed)."""
    page_ids = sorted(set(page_ids))
    if not page_ids:
        return
    documents = documents_for(page_ids)
    database_engine().replace(page_ids, [d for docs in documents.values() for d in docs])
    if elasticsearch_enabled():
        PendingChange.objects.bulk_create([PendingChange(page_id=page_id) for page_id in page_ids])
        transaction.on_commit(_enqueue_replay, robust=True)


def _enqueue_replay():
    from .tasks import replay_search_queue

    replay_search_queue.enqueue()


# Namespace of the PostgreSQL advisory locks that keep one page's changes pushed by one worker at a time.
PAGE_LOCK_NAMESPACE = 7_104_001
REBUILD_STALE_AFTER = datetime.timedelta(hours=3)
# An Elasticsearch index with fewer documents than this share of the database index is rebuilt.
INCOMPLETE_RATIO = 0.9


def _lock_pages(page_ids):
    """The pages among `page_ids` this transaction now holds the push lock of (PostgreSQL advisory locks,
    released at commit). On SQLite a write transaction already excludes every other writer."""
    if connection.vendor != "postgresql":
        return set(page_ids)
    held = set()
    with connection.cursor() as cursor:
        for page_id in page_ids:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [PAGE_LOCK_NAMESPACE, page_id])
            if cursor.fetchone()[0]:
                held.add(page_id)
    return held


def rebuild_running():
    since = timezone.now() - REBUILD_STALE_AFTER
    return ElasticRebuild.objects.filter(finished_at__isnull=True, started_at__gte=since).exists()


def _push_batch(engine, batch_size, after_pk):
    """Push one batch of queued changes (rows after `after_pk`); returns (pages pushed, last row id seen).

    Rows are taken with FOR UPDATE SKIP LOCKED, and each page is pushed under its own advisory lock, so two
    workers never push the same page at once: a worker that finds a page locked leaves its rows, and the
    holder finds them on its next batch, reading the newer state. While an Elasticsearch rebuild runs the
    rows are pushed but kept, for the replay after the alias swap. Raises when Elasticsearch fails (the rows
    stay queued, their attempts counted)."""
    with transaction.atomic():
        changes = list(
            PendingChange.objects.select_for_update(skip_locked=True)
            .filter(pk__gt=after_pk)
            .order_by("pk")[:batch_size]
        )
        if not changes:
            return 0, None
        page_ids = _lock_pages(sorted({change.page_id for change in changes}))
        mine = [change.pk for change in changes if change.page_id in page_ids]
        failure = None
        if mine:
            try:
                documents = documents_for(page_ids)
                engine.replace(sorted(page_ids), [d for docs in documents.values() for d in docs])
            except Exception as error:  # noqa: BLE001 - recorded below, the rows stay queued
                failure = error
            else:
                # Elasticsearch answers differently now: cached search results are stale.
                transaction.on_commit(invalidate_pages, robust=True)
                if not rebuild_running():
                    PendingChange.objects.filter(pk__in=mine).delete()
    if failure is not None:
        logger.warning("Elasticsearch indisponible, %s modifications en attente : %s", len(mine), failure)
        PendingChange.objects.filter(pk__in=mine).update(
            attempts=F("attempts") + 1, last_error=str(failure)[:2000]
        )
        raise failure
    return len(page_ids), changes[-1].pk


def flush_queue(batch_size=500):
    """Push queued changes to Elasticsearch, oldest first; returns (pushed, left). Never raises."""
    from .elastic.engine import ElasticsearchEngine

    engine = ElasticsearchEngine()
    pushed, after_pk = 0, 0
    while True:
        try:
            count, after_pk = _push_batch(engine, batch_size, after_pk)
        except Exception:  # noqa: BLE001 - logged in _push_batch; the rows stay queued for a later replay
            break
        if after_pk is None:
            break
        pushed += count
    return pushed, PendingChange.objects.count()


def rebuild_all(engine, progress=None):
    """Rebuild `engine`'s whole index from the live public fiches; returns (count, seconds)."""
    started = timezone.now()

    def documents():
        for _page_id, docs in build_documents():
            yield from docs

    if engine.name != "elasticsearch":
        count = engine.rebuild(documents(), progress=progress)
        return count, (timezone.now() - started).total_seconds()
    # Changes published while the new index is filled are pushed to the old one (through the alias) and kept
    # queued; once the alias points at the new index they are replayed into it.
    marker = ElasticRebuild.objects.create()
    try:
        count = engine.rebuild(documents(), progress=progress)
    finally:
        marker.finished_at = timezone.now()
        marker.save(update_fields=["finished_at"])
    flush_queue()
    invalidate_pages()
    return count, (timezone.now() - started).total_seconds()


def elastic_index_state(engine):
    """ "ok", "down" or "incomplete": an Elasticsearch that came back empty (index missing, or holding far
    fewer documents than the database index) is "incomplete"."""
    if not engine.is_available():
        return "down"
    count = engine.document_count()
    reference = Document.objects.count()
    if count is None or count < reference * INCOMPLETE_RATIO:
        return "incomplete"
    return "ok"


def recover_elasticsearch():
    """Replay the queue, or rebuild the whole index when the cluster came back without it.

    Returns the state found ("ok", "down", "rebuilt"). While a rebuild runs the breaker stays open, so
    searches are answered by the database (and say so) instead of by an empty index."""
    from . import breaker
    from .elastic.engine import ElasticsearchEngine

    engine = ElasticsearchEngine()
    state = elastic_index_state(engine)
    if state == "down":
        flush_queue()  # records the attempt and the error on the queued rows, for the operator
        return state
    if state == "incomplete":
        logger.warning("Index Elasticsearch absent ou incomplet : reconstruction depuis la base de données")
        breaker.trip("incomplete")
        rebuild_all(engine)
        breaker.record_success()
        return "rebuilt"
    flush_queue()
    return "ok"
