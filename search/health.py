"""The search engine's state for the health endpoint: reachable, and holding what the database holds."""

from django.db.models import Count

from .engine import database_engine, elasticsearch_enabled, get_engine
from .models import Document, PendingChange

__all__ = ["search_status"]


def _database_documents():
    return Document.objects.aggregate(total=Count("pk"))["total"]


def search_status():
    """{"ok", "engine", "documents", "pending", "detail"}: ok is False when the engine in use cannot answer.

    With Elasticsearch, the database index is the reference: an Elasticsearch index holding fewer documents
    than it (a cluster that came back empty) is reported, and search falls back to the database meanwhile."""
    pending = PendingChange.objects.count()
    reference = _database_documents()
    if not elasticsearch_enabled():
        return {
            "ok": True,
            "engine": database_engine().name,
            "documents": reference,
            "pending": pending,
            "detail": "",
        }
    engine = get_engine()
    count = engine.document_count()
    if count is None:
        return {"ok": False, "engine": engine.name, "documents": None, "pending": pending, "detail": "down"}
    detail = "incomplete" if count < reference else ""
    return {"ok": not detail, "engine": engine.name, "documents": count, "pending": pending, "detail": detail}
