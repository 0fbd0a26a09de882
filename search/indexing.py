"""Index upkeep: the database index is written at once, Elasticsearch through a durable queue.

Every change first becomes a PendingChange row in the same transaction as the edit; after commit the
queue is pushed to Elasticsearch. If Elasticsearch is down the rows stay and are replayed by
`manage.py search_sync` or by the next successful push: nothing is lost and publishing never fails."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .documents import build_documents
from .engine import database_engine, elasticsearch_enabled
from .models import PendingChange

__all__ = ["flush_queue", "rebuild_all", "update_pages"]

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
        transaction.on_commit(flush_queue, robust=True)


def flush_queue(batch_size=500):
    """Push queued changes to Elasticsearch, oldest first; returns (pushed, left). Never raises."""
    from .elastic.engine import ElasticsearchEngine

    engine = ElasticsearchEngine()
    pushed = 0
    while True:
        changes = list(PendingChange.objects.order_by("pk")[:batch_size])
        if not changes:
            break
        page_ids = sorted({change.page_id for change in changes})
        try:
            documents = documents_for(page_ids)
            engine.replace(page_ids, [d for docs in documents.values() for d in docs])
        except Exception as error:  # noqa: BLE001 - any failure leaves the queue for a later replay
            logger.warning(
                "Elasticsearch indisponible, %s modifications en attente : %s", len(changes), error
            )
            PendingChange.objects.filter(pk__in=[c.pk for c in changes]).update(
                attempts=F("attempts") + 1, last_error=str(error)[:2000]
            )
            break
        PendingChange.objects.filter(pk__in=[c.pk for c in changes]).delete()
        pushed += len(page_ids)
    return pushed, PendingChange.objects.count()


def rebuild_all(engine, progress=None):
    """Rebuild `engine`'s whole index from the live public fiches; returns (count, seconds)."""
    started = timezone.now()

    def documents():
        for _page_id, docs in build_documents():
            yield from docs

    count = engine.rebuild(documents(), progress=progress)
    if engine.name == "elasticsearch":
        # The new index reflects every change made before the rebuild started.
        PendingChange.objects.filter(created_at__lt=started).delete()
    return count, (timezone.now() - started).total_seconds()
