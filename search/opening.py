"""When "Ouvert maintenant" finds nothing: which of the structures matching the search opens next."""

from dataclasses import dataclass, replace
from datetime import datetime

from django.utils import timezone

from infopublic.directory.humanize import describe_moment
from infopublic.directory.models import StructurePage

from . import service

__all__ = ["NextOpening", "next_opening"]

# The structures looked at: the most relevant ones, as the results page would list them.
CANDIDATES = 50


@dataclass(frozen=True)
class NextOpening:
    structure: StructurePage
    at: datetime
    text: str  # "demain à 8 h 30"


def next_opening(query, user=None, at=None):
    """The first structure to open among those the query finds once "open now" is dropped (same
    words, commune and filters), or None. Only worth asking when the open-now search found nothing."""
    if not query.open_now or (query.kinds and "structure" not in query.kinds):
        return None
    at = at or timezone.now()
    wider = replace(query, open_now=False, kinds=("structure",), page=1, page_size=CANDIDATES)
    ids = [hit.page_id for hit in service.search(wider, user, at=at).hits if hit.page_id]
    best = None
    for structure in StructurePage.objects.live().public().filter(pk__in=ids).select_related("commune"):
        moment = structure.next_opening(at)
        if moment is not None and (best is None or (moment, structure.title) < (best[0], best[1].title)):
            best = (moment, structure)
    if best is None:
        return None
    return NextOpening(structure=best[1], at=best[0], text=describe_moment(best[0], at))
