"""The one entry point other apps call: `search(query, user)` and `suggest(prefix, user)`.

Network members (perm network.view_network_information) also search network-only text and contacts.
When Elasticsearch is down, the database engine answers and the result says so (`degraded`)."""

import logging

from django.utils import timezone

from infopublic.directory.models import StructurePage
from infopublic.network.access import is_network_member

from . import breaker, glossary
from .base import EngineUnavailable
from .engine import database_engine, get_engine
from .query import SearchQuery

__all__ = ["SearchQuery", "search", "suggest"]

logger = logging.getLogger(__name__)


def _engine():
    """The configured engine, or the database engine while the Elasticsearch breaker is open."""
    engine = get_engine()
    if engine.name != database_engine().name and breaker.is_open():
        return None
    return engine


def search(query, user=None, at=None):
    """A SearchResult for `query` (a SearchQuery) as `user` may see it."""
    network = is_network_member(user)
    engine = _engine()
    if engine is not None:
        try:
            result = engine.search(query, network=network, at=at)
        except EngineUnavailable as error:
            logger.warning("Recherche : Elasticsearch indisponible, repli sur la base de données (%s)", error)
            breaker.record_failure()
        else:
            if engine.name != database_engine().name:
                breaker.record_success()
            return _with_capacities(result, at)
    result = database_engine().search(query, network=network, at=at)
    result.degraded = get_engine().name != result.engine
    return _with_capacities(result, at)


def _with_capacities(result, at=None):
    """The structures' capacity levels in force, read from the pages (public, like on the structure's page;
    not indexed: it expires by date). One query for the page of hits."""
    ids = {hit.page_id for hit in result.hits if hit.kind == "structure" and hit.page_id}
    if ids:
        today = timezone.localdate(at) if at else None
        notes = StructurePage.objects.filter(pk__in=ids).capacity_notes(today)
        for hit in result.hits:
            if hit.kind == "structure":
                hit.capacity_note = notes.get(hit.page_id)
    return result


def suggest(prefix, user=None, limit=8):
    """{"titles": [...], "glossary": [{"acronym", "expansion"}]} completing `prefix`."""
    network = is_network_member(user)
    engine = _engine() or database_engine()
    try:
        titles = engine.suggest(prefix, network=network, limit=limit)
    except EngineUnavailable:
        breaker.record_failure()
        titles = database_engine().suggest(prefix, network=network, limit=limit)
    return {"titles": titles, "glossary": glossary.matching_terms(prefix)}
