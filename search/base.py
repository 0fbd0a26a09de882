"""What every engine shares: the interface, the open-now and distance steps, and how hits are finished."""

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from opening_hours import ParserError, State  # type: ignore[attr-defined]  # ParserError: not in its stub

from infopublic.derived.versions import SEARCH_INDEX, version_key
from infopublic.directory.hours import PARIS, effective_hours
from infopublic.directory.hours import parse as parse_hours
from infopublic.territories.models import haversine_km

from .analysis import Analysis, analyse
from .query import Contact, FacetLists, Hit, SearchQuery, SearchResult, vocabulary_labels

__all__ = ["Engine", "EngineUnavailable", "FacetCounts", "RawHit"]

FACETS = ("themes", "publics", "kinds", "territories")
FACET_LIMIT = 30


class EngineUnavailable(Exception):
    """The engine cannot answer (Elasticsearch down); the service falls back to the database engine."""


class RawHit(dict[str, Any]):
    """What an engine returns per hit: a document's stored fields plus `snippet`."""


# {facet: {value: count}}: what an engine counts of each facet over the whole result.
FacetCounts = dict[str, dict[str, int]]


def is_open(hours: Mapping[str, Any] | None, at: datetime) -> bool | None:
    """Open (True), closed (False) or unknown (None) at `at`, from a structure's indexed hours, with the
    same notice rules as StructurePage. Only the state is computed: `next_change` can be very slow."""
    if not hours or not (hours.get("opening_hours") or hours.get("notice_text")):
        return None
    starts, ends = hours.get("notice_starts_on"), hours.get("notice_ends_on")
    local = at.astimezone(PARIS)
    expression = effective_hours(
        hours.get("opening_hours") or "",
        hours.get("notice_text") or "",
        date.fromisoformat(starts) if starts else None,
        date.fromisoformat(ends) if ends else None,
        hours.get("notice_opening_hours") or "",
        local.date(),
    )
    if not expression:
        return None
    try:
        state, _comment = parse_hours(expression.strip()).state(local)
    except (ParserError, SyntaxError, ValueError):
        return None
    return None if state == State.UNKNOWN else state == State.OPEN


def open_page_ids(at: datetime | None = None) -> list[int]:
    """Ids of the indexed structures open at `at`, from the database index (both engines use it).

    Cached per minute and index version: the open/closed state is computed per distinct hours."""
    at = at or timezone.now()
    key = f"search:open:{version_key(SEARCH_INDEX)}:{at.replace(second=0, microsecond=0).isoformat()}"
    cached = cache.get(key)
    if cached is None:
        cached = _open_page_ids(at)
        cache.set(key, cached, 120)
    return cached


def _open_page_ids(at: datetime) -> list[int]:
    """The hours are read as stored text and decoded once per distinct value: structures share hours."""
    states: dict[str, bool] = {}
    open_ids: list[int] = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT page_id, hours FROM search_document WHERE kind = %s", ["structure"])
        for page_id, hours in cursor.fetchall():
            key = hours if isinstance(hours, str) else json.dumps(hours, sort_keys=True)
            if key not in states:
                states[key] = bool(is_open(json.loads(key) if key else {}, at))
            if states[key]:
                open_ids.append(page_id)
    return open_ids


KIND_LABELS = {
    "scheme": _("Dispositifs"),
    "structure": _("Structures"),
    "guide": _("Guides"),
    "contact": _("Contacts"),
}


def facet_labels() -> dict[str, dict[str, str]]:
    """{facet: {value: label}}, rebuilt when a vocabulary changes (infopublic.derived)."""
    return {**vocabulary_labels.get(), "kinds": _kind_labels(get_language())}


@lru_cache(maxsize=16)
def _kind_labels(language: str | None) -> dict[str, str]:
    with override(language):
        return {key: str(label) for key, label in KIND_LABELS.items()}


def facet_lists(counts: FacetCounts) -> FacetLists:
    """{facet: {value: count}} to {facet: [{"value", "label", "count"}]}, labelled, most frequent first."""
    labels = facet_labels()
    result: FacetLists = {}
    for facet in FACETS:
        items = sorted(counts.get(facet, {}).items(), key=lambda item: (-item[1], item[0]))[:FACET_LIMIT]
        result[facet] = [
            {"value": value, "label": labels[facet].get(value, value), "count": count}
            for value, count in items
        ]
    return result


class Engine(ABC):
    """The interface. Subclasses implement `_search`, `structures`, `suggest`, `replace`, `rebuild` and
    `is_available`."""

    name: str = ""

    def search(self, query: SearchQuery, network: bool = False, at: datetime | None = None) -> SearchResult:
        """A SearchResult for `query`; `network` widens it to network-only fields and contacts."""
        analysis = analyse(query.text)
        restrict_pages: list[int] | None = None
        if query.open_now:
            at = at or timezone.now()
            restrict_pages = open_page_ids(at)
            if query.kinds and "structure" not in query.kinds:
                restrict_pages = []
        raw_hits, total, counts, relaxed = self._search(query, analysis, network, restrict_pages)
        result = SearchResult(total=total, facets=facet_lists(counts), engine=self.name, relaxed=relaxed)
        at = at or timezone.now()
        if not query.kinds or "structure" in query.kinds:
            raw_hits = self._group_contacts(raw_hits, network)
        result.hits = [self._finish(raw, query, at) for raw in raw_hits]
        result.suggestion = analysis.suggestion
        return result

    def _group_contacts(self, raw_hits: list[RawHit], network: bool) -> list[RawHit]:
        """Contacts under their structure, at the place of the first of them: a matched contact brings
        its structure (read from the index when it is not among the hits) and never comes before it."""
        available = {raw["page_id"]: raw for raw in raw_hits if raw["kind"] == "structure"}
        missing = {raw["page_id"] for raw in raw_hits if raw["kind"] == "contact"} - available.keys()
        available.update((raw["page_id"], raw) for raw in self.structures(sorted(missing), network))
        grouped: list[RawHit] = []
        structures: dict[int, RawHit] = {}
        for raw in raw_hits:
            page_id = raw["page_id"]
            if raw["kind"] not in ("structure", "contact"):
                grouped.append(raw)
                continue
            if raw["kind"] == "structure" and page_id in structures:
                continue  # already placed by one of its contacts
            if page_id not in structures:
                structure = available.get(page_id)
                if structure is None:  # not indexed any more: the contact stays on its own
                    grouped.append(raw)
                    continue
                structure = RawHit(structure, contacts=[])
                structures[page_id] = structure
                grouped.append(structure)
            if raw["kind"] == "contact":
                structures[page_id]["contacts"].append(raw)
        return grouped

    def _finish(self, raw: RawHit, query: SearchQuery, at: datetime) -> Hit:
        origin = query.origin
        distance = None
        if origin and raw.get("latitude") is not None and raw.get("longitude") is not None:
            distance = round(haversine_km(origin[0], origin[1], raw["latitude"], raw["longitude"]), 1)
        open_now = None
        if raw["kind"] == "structure":
            open_now = is_open(raw.get("hours"), at or timezone.now())
        return Hit(
            kind=raw["kind"],
            title=raw["title"],
            url=raw["url"],
            snippet=raw.get("snippet", ""),
            commune=raw.get("commune_name", ""),
            partner=raw.get("partner", ""),
            distance_km=distance,
            open_now=open_now,
            page_id=raw.get("page_id"),
            latitude=raw.get("latitude"),
            longitude=raw.get("longitude"),
            phone=raw.get("phone") or "",
            contacts=[Contact.from_raw(contact) for contact in raw.get("contacts", [])],
        )

    @abstractmethod
    def _search(
        self, query: SearchQuery, analysis: Analysis, network: bool, restrict_pages: list[int] | None
    ) -> tuple[list[RawHit], int, FacetCounts, bool]:
        """([RawHit], total, {facet: {value: count}}, relaxed) for the page of results asked; `relaxed`
        when no hit covers the whole need."""

    @abstractmethod
    def structures(self, page_ids: Sequence[int], network: bool = False) -> list[RawHit]:
        """[RawHit] of the structure documents of `page_ids`."""

    @abstractmethod
    def suggest(self, prefix: str, network: bool = False, limit: int = 8) -> list[str]:
        """Titles completing `prefix`."""

    @abstractmethod
    def replace(self, page_ids: Iterable[int], documents: Iterable[Mapping[str, Any]]) -> None:
        """Make the index hold exactly `documents` for the pages `page_ids` (none: remove them)."""

    @abstractmethod
    def rebuild(
        self, documents: Iterable[Mapping[str, Any]], progress: Callable[[int], object] | None = None
    ) -> int:
        """Replace the whole index with `documents` (an iterable); returns the count indexed."""

    @abstractmethod
    def is_available(self) -> bool:
        """Whether the engine answers now (see `search.indexing.elastic_index_state`)."""
