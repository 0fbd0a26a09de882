"""The Elasticsearch engine: French analysis, boosts, fuzziness, facets, highlights, geo and an alias. The
filters are defined once (search.filters) and compiled here to filter queries (filter_queries)."""

import time

from django.utils.html import escape

from elasticsearch import ApiError, TransportError, helpers
from elasticsearch.dsl import Index, Q, Search

from ..analysis import threshold
from ..base import Engine, EngineUnavailable, RawHit
from ..filters import AnyOf, Pages, UnknownClause, Visible, Within, clauses
from .client import alias_name, get_client
from .mapping import FicheDocument, to_source

__all__ = ["ElasticsearchEngine"]

# The title as matched: without its place names (documents.subject_title); the title shown is `title`.
SEARCH_FIELDS = ["search_title^5", "summary^3", "body"]
COVER = 1_000_000  # per unit of the need a document covers: coverage ranks first
PLACE = 100_000  # per place point (database/ranking.PlaceRanks): then the place
TITLE = 1_000  # per unit its title names (database/ranking.tally): then the title; text scores stay below
NETWORK_FIELDS = ["network_text"]
START, END = "\x02", "\x03"  # highlight sentinels, turned into <mark> after escaping
SOURCE_FIELDS = [
    "page_id",
    "kind",
    "title",
    "url",
    "summary",
    "partner",
    "commune_name",
    "latitude",
    "longitude",
    "hours",
    "phone",
]
FACET_FIELDS = {"kinds": "kind", "themes": "themes", "publics": "publics", "territories": "territories"}
REBUILD_TIMEOUT = 120  # seconds per bulk request during a rebuild (nobody waits on it)
ERRORS = (TransportError, ApiError, ConnectionError, OSError)


def _marked(fragment):
    return escape(fragment).replace(START, "<mark>").replace(END, "</mark>")


# The field of the index mapping each clause field is read from.
FILTER_FIELDS = {
    "kind": "kind",
    "commune": "communes",
    "territory": "territories",
    "theme": "themes",
    "public": "publics",
}


def filter_queries(clauses):
    """The clauses (search.filters) as Elasticsearch filter queries, all of them to hold."""
    return [_filter_query(clause) for clause in clauses]


def _filter_query(clause):
    match clause:
        case Visible():
            return Q("term", network_only=False)
        case AnyOf(field=field, values=values, national_passes=national_passes):
            if field not in FILTER_FIELDS:
                raise UnknownClause(clause)
            terms = Q("terms", **{FILTER_FIELDS[field]: list(values)})
            if not national_passes:
                return terms
            return Q("bool", should=[Q("term", national=True), terms], minimum_should_match=1)
        case Pages(ids=ids):
            return Q("terms", page_id=list(ids))
        case Within(point=(latitude, longitude), km=km):
            return Q("geo_distance", distance=f"{km}km", location={"lat": latitude, "lon": longitude})
    raise UnknownClause(clause)


class ElasticsearchEngine(Engine):
    name = "elasticsearch"

    def __init__(self, client=None):
        self._client = client

    @property
    def client(self):
        return self._client or get_client()

    @property
    def client_timeout(self):
        from django.conf import settings

        return settings.ELASTICSEARCH_TIMEOUT

    def is_available(self):
        try:
            return bool(self.client.ping())
        except ERRORS:
            return False

    def document_count(self):
        """Documents behind the alias, or None when the cluster or the index cannot be reached."""
        try:
            return int(self.client.count(index=alias_name())["count"])
        except ERRORS:
            return None

    # Reading

    def _filters(self, query, network, restrict_pages):
        return filter_queries(clauses(query, network, restrict_pages))

    def _unit_query(self, unit, fields, fuzzy=True):
        """One unit of the need: the word (fuzzy unless `fuzzy` is false: a title names the need only
        with its very words) or the glossary phrase, its typo correction and its glossary expansions."""
        alternatives = []
        if len(unit.words) == 1:
            alternatives.append(
                Q(
                    "multi_match",
                    query=unit.words[0],
                    fields=fields,
                    type="best_fields",
                    **({"fuzziness": "AUTO", "prefix_length": 1} if fuzzy else {}),
                    boost=2 if unit.phrases else 1,
                )
            )
            if fuzzy and len(unit.words[0]) >= 4:
                # As the database engine matches a stem of four letters or more as a prefix: « micro »
                # finds « microcrédit ».
                alternatives.append(
                    Q("multi_match", query=unit.words[0], fields=fields, type="phrase_prefix")
                )
        else:
            alternatives.append(Q("multi_match", query=unit.form, fields=fields, type="phrase", boost=2))
        if unit.correction:
            alternatives.append(Q("multi_match", query=unit.correction, fields=fields))
        alternatives += [
            Q("multi_match", query=phrase, fields=fields, type="phrase", boost=2) for phrase in unit.phrases
        ]
        return alternatives[0] if len(alternatives) == 1 else Q("bool", should=alternatives)

    def _text_query(self, analysis, network, filters, least):
        """Scores that order as the database engine does: COVER per unit of the need covered, PLACE per
        place point (database/ranking.PlaceRanks), TITLE per unit the title names, then the text score;
        at least `least` units."""
        fields = SEARCH_FIELDS + (NETWORK_FIELDS if network else [])
        units = analysis.text_units()
        clauses = []
        for unit in units:
            matched = self._unit_query(unit, fields)
            in_title = Q(
                "constant_score", filter=self._unit_query(unit, ["search_title"], False), boost=TITLE
            )
            clauses.append(
                Q("bool", should=[Q("constant_score", filter=matched, boost=COVER), matched, in_title])
            )
        text = Q("bool", should=clauses, minimum_should_match=least)
        codes = list(analysis.communes)
        if analysis.only_places:
            located = Q("constant_score", filter=Q("terms", commune_code=codes), boost=COVER * len(units))
            text = Q("dis_max", queries=[text, located])
        bonus = []
        if codes:
            if analysis.only_places:
                layers = [Q("terms", coverage=[f"c:{c}" for c in codes])]
                layers.append(Q("terms", coverage=[f"door:{c}" for c in codes]))
            else:
                layers = [Q("bool", should=[Q("term", national=True), Q("terms", communes=codes)])]
            layers.append(Q("terms", commune_code=codes))
            bonus = [Q("constant_score", filter=layer, boost=PLACE) for layer in layers]
        return Q("bool", must=[text], should=bonus, filter=filters)

    def _best_coverage(self, analysis, network, filters):
        """The most units any filtered document covers (0: none matches)."""
        search = Search(using=self.client, index=alias_name())
        search = search.query(self._text_query(analysis, network, filters, 1)).source(False)[:1]
        try:
            response = search.execute()
        except ERRORS as error:
            raise EngineUnavailable(str(error)) from error
        if not response.hits:
            return 0
        return min(int(response.hits[0].meta.score // COVER), len(analysis.text_units()))

    def _search(self, query, analysis, network, restrict_pages):
        search = Search(using=self.client, index=alias_name())
        filters = self._filters(query, network, restrict_pages)
        highlighted = []
        relaxed = False
        if analysis.is_empty:
            search = search.query(Q("bool", filter=filters))
            if query.origin:
                origin = {"lat": query.origin[0], "lon": query.origin[1]}
                search = search.sort({"_geo_distance": {"location": origin, "order": "asc", "unit": "km"}})
            else:
                search = search.sort("title.raw", "page_id")
        else:
            units = len(analysis.text_units())
            best = self._best_coverage(analysis, network, filters)
            relaxed = 0 < best < units
            search = search.query(self._text_query(analysis, network, filters, threshold(units, best)))
            highlighted = ["summary", "body", *(NETWORK_FIELDS if network else [])]
            search = search.highlight(
                *highlighted,
                fragment_size=200,
                number_of_fragments=1,
                pre_tags=[START],
                post_tags=[END],
                require_field_match=False,
            )
            search = search.sort("_score", "page_id")
        for facet, field in FACET_FIELDS.items():
            search.aggs.bucket(facet, "terms", field=field, size=50)
        search = search.source(SOURCE_FIELDS).extra(track_total_hits=True)
        search = search[query.offset : query.offset + query.page_size]
        try:
            response = search.execute()
        except ERRORS as error:
            raise EngineUnavailable(str(error)) from error
        hits = [self._raw_hit(hit, highlighted) for hit in response.hits]
        counts = {
            facet: {bucket.key: bucket.doc_count for bucket in getattr(response.aggregations, facet).buckets}
            for facet in FACET_FIELDS
        }
        return hits, response.hits.total.value, counts, relaxed

    def _raw_hit(self, hit, highlighted=()):
        source = hit.to_dict()
        snippet = ""
        highlight = getattr(hit.meta, "highlight", None)
        if highlight:
            for field in highlighted:
                fragments = getattr(highlight, field, None)
                if fragments:
                    snippet = _marked(fragments[0])
                    break
        if not snippet:
            summary = source.get("summary") or ""
            snippet = escape(summary[:220] + (" …" if len(summary) > 220 else ""))
        return RawHit(source, snippet=snippet)

    def structures(self, page_ids, network=False):
        if not page_ids:
            return []
        search = Search(using=self.client, index=alias_name())
        search = search.filter("terms", page_id=list(page_ids)).filter("term", kind="structure")
        search = search.filter("term", network_only=False)
        search = search.source(SOURCE_FIELDS)[: len(page_ids)]
        try:
            response = search.execute()
        except ERRORS as error:
            raise EngineUnavailable(str(error)) from error
        return [self._raw_hit(hit) for hit in response.hits]

    def suggest(self, prefix, network=False, limit=8):
        search = Search(using=self.client, index=alias_name())
        filters = [] if network else [Q("term", network_only=False)]
        search = search.query(
            Q("bool", must=[Q("match", **{"title.ac": {"query": prefix, "operator": "and"}})], filter=filters)
        )
        search = search.source(["title"])[: limit * 2]
        try:
            response = search.execute()
        except ERRORS as error:
            raise EngineUnavailable(str(error)) from error
        return list(dict.fromkeys(hit.title for hit in response.hits))[:limit]

    # Writing

    def ensure_index(self):
        if not self.client.indices.exists_alias(name=alias_name()):
            name = self._create_index()
            self.client.indices.put_alias(index=name, name=alias_name())

    def _create_index(self):
        name = f"{alias_name()}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 100000}"
        index = Index(name, using=self.client)
        index.document(FicheDocument)
        index.settings(number_of_shards=1, number_of_replicas=0)
        index.create()
        return name

    def replace(self, page_ids, documents):
        alias = alias_name()
        self.ensure_index()
        keys = {document["key"] for document in documents}
        stale = []
        if page_ids:
            found = self.client.search(
                index=alias, query={"terms": {"page_id": list(page_ids)}}, size=10000, source=False
            )
            stale = [hit["_id"] for hit in found["hits"]["hits"] if hit["_id"] not in keys]
        actions = [
            {"_op_type": "index", "_index": alias, "_id": d["key"], "_source": to_source(d)}
            for d in documents
        ]
        actions += [{"_op_type": "delete", "_index": alias, "_id": key} for key in stale]
        if actions:
            helpers.bulk(self.client, actions, raise_on_error=True)

    def refresh(self):
        self.client.indices.refresh(index=alias_name())

    def rebuild(self, documents, progress=None):
        """Index everything into a new index with bulk requests, then swap the alias atomically."""
        alias = alias_name()
        name = self._create_index()
        count = 0
        actions = ({"_index": name, "_id": d["key"], "_source": to_source(d)} for d in documents)
        bulk_client = self.client.options(request_timeout=max(REBUILD_TIMEOUT, self.client_timeout))
        for ok, _item in helpers.streaming_bulk(bulk_client, actions, chunk_size=500, raise_on_error=True):
            count += ok
            if progress:
                progress(1)
        self.client.indices.refresh(index=name)
        old = (
            list(self.client.indices.get_alias(name=alias).keys())
            if self.client.indices.exists_alias(name=alias)
            else []
        )
        swap = [{"remove": {"index": index, "alias": alias}} for index in old]
        swap.append({"add": {"index": name, "alias": alias}})
        self.client.indices.update_aliases(actions=swap)
        for index in old:
            self.client.indices.delete(index=index)
        return count
