"""The database engine: SQLite FTS5 or PostgreSQL full-text search, behind the same interface as
Elasticsearch. A text search matches with its filters in one statement (the documents' filter keys are a
full-text index too: keys.py), which returns every matching id with its units of the need; exact facet
counts are one more statement on the kept ids, what the ranking needs of them one more, and only the
page's rows (texts for snippets) are read afterwards. Nothing is kept per process. Both databases take the
same path. A search without text (browsing) filters and counts in SQL. The filters are defined once
(search.filters) and compiled by filters.py: to filter keys for a match, to SQL conditions when browsing."""

import json
from collections import Counter

from django.db import connection, transaction
from django.db.models import F

from infopublic.derived.versions import SEARCH_INDEX, changed
from infopublic.pagecache.version import invalidate_on_commit as invalidate_pages
from infopublic.territories.models import haversine_km

from ..analysis import threshold
from ..base import Engine, RawHit
from ..filters import clauses
from ..models import Document, DocumentFacet, Term
from ..text import STOP_WORDS, highlight, normalise, stem, words
from .dialects import dialect_for
from .filters import (
    FACET_NAMES,
    facet_counts,
    facet_keys,
    ids_within,
    match_filters,
    public_words,
    sql_conditions,
)
from .keys import document_keys
from .ranking import PlaceRanks, RankValues, ranked, tally

__all__ = ["DatabaseEngine"]

HIT_COLUMNS = (
    "id",
    "page_id",
    "kind",
    "title",
    "url",
    "summary",
    "body",
    "network_text",
    "partner",
    "commune_name",
    "latitude",
    "longitude",
    "hours",
    "phone",
)
# The stored hours as text on both databases: only structures' are decoded (for open-now).
HIT_SELECT = ", ".join("CAST(d.hours AS TEXT)" if c == "hours" else f"d.{c}" for c in HIT_COLUMNS)


class DatabaseEngine(Engine):
    name = "database"

    @property
    def dialect(self):
        return dialect_for(connection)

    def is_available(self):
        return True

    # Reading

    def _search(self, query, analysis, network, restrict_pages):
        relaxed = False
        with connection.cursor() as cursor:
            if analysis.is_empty:
                rows, total, counts = self._browse(cursor, query, network, restrict_pages)
            else:
                rows, total, counts, relaxed = self._match(cursor, query, analysis, network, restrict_pages)
        wanted = analysis.wanted_stems()
        hits = [self._raw_hit(row, wanted, network) for row in rows]
        return hits, total, counts, relaxed

    def _raw_hit(self, row, wanted, network):
        text = "\n".join(filter(None, (row["summary"], row["body"], row["network_text"] if network else "")))
        snippet = highlight(text, wanted, plain=True)
        hours = row["hours"]
        hours = json.loads(hours) if hours and row["kind"] == "structure" else {}
        return RawHit(row, snippet=snippet, hours=hours)

    def structures(self, page_ids, network=False):
        """The structure documents of `page_ids` (to show a matched contact under its structure)."""
        if not page_ids:
            return []
        sql, params = self.dialect.in_list("d.page_id", page_ids)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {HIT_SELECT} FROM search_document d "
                f"WHERE d.kind = %s AND d.network_only = %s AND {sql}",
                ["structure", False, *params],
            )
            rows = [dict(zip(HIT_COLUMNS, row, strict=False)) for row in cursor.fetchall()]
        return [self._raw_hit(row, set(), network) for row in rows]

    def _match(self, cursor, query, analysis, network, restrict_pages):
        """A text search ranked on how much of the need each fiche covers (see analysis.threshold).

        One statement matches every unit of the query apart, with the search's filters, and returns
        (unit, id, score) rows; the coverage of a document is the number of its units; at equal coverage
        and place, the more units its title names, the better (see ranking.tally)."""
        units = analysis.text_units()
        filters = match_filters(clauses(query, network, restrict_pages))
        sql, params = self.dialect.unit_matches([unit.group() for unit in units], network, filters)
        cursor.execute(sql, params)
        coverage, in_title, scores = tally(cursor.fetchall(), len(units))
        if analysis.only_places:
            # « cluny »: what is in Cluny, its town hall first, as well as what names it.
            located = filters.with_group([f"at:{code}" for code in analysis.communes])
            cursor.execute(*self.dialect.filtered(located))
            for (pk,) in cursor.fetchall():
                coverage[pk] = len(units)
        ids = list(coverage)
        if filters.within:
            within = set(ids_within(*filters.within))
            ids = [pk for pk in ids if pk in within]
        best = max((coverage[pk] for pk in ids), default=0)
        least = threshold(len(units), best)
        kept = [pk for pk in ids if coverage[pk] >= least]
        relaxed = 0 < best < len(units)
        counts = self._facet_counts(cursor, kept)
        if not kept:
            return [], 0, counts, relaxed
        values = RankValues(cursor, self.dialect, kept, bool(analysis.communes))
        ranks = PlaceRanks(analysis, values).ranks(kept)
        page_ids = self._page_ids(query, kept, (coverage, ranks, in_title, scores), values)
        return self._rows(cursor, page_ids), len(kept), counts, relaxed

    def _facet_counts(self, cursor, ids):
        """Exact counts of kinds and facets among `ids` (the browsing statement)."""
        if not ids:
            return {"kinds": {}, **{facet: {} for facet in FACET_NAMES}}
        sql, params = self.dialect.in_list("d.id", ids)
        return facet_counts(cursor, f"FROM search_document d WHERE {sql}", params)

    @staticmethod
    def _page_ids(query, kept, tallies, values):
        """The ids of the page of results asked, among `kept`: the more units of the need covered, then the
        place, then the units the title names, then the text score (`tallies`: those four, by id)."""
        coverage, ranks, in_title, scores = tallies
        order = ranked(
            kept,
            lambda pk: (-coverage[pk], -ranks.get(pk, 0), -in_title[pk], -scores[pk], pk),
            values,
            query.offset + query.page_size,
        )
        return order[query.offset : query.offset + query.page_size]

    def _browse(self, cursor, query, network, restrict_pages):
        """No text: filters only, alphabetical or by distance from the commune or point."""
        where, params = sql_conditions(clauses(query, network, restrict_pages), self.dialect)
        where_sql = " AND ".join(where) or "1 = 1"
        base = f"FROM search_document d WHERE {where_sql}"
        counts = facet_counts(cursor, base, params)
        total = sum(counts["kinds"].values())
        if query.origin:
            return self._rows(cursor, self._ids_by_distance(cursor, base, params, query)), total, counts
        cursor.execute(
            f"SELECT {HIT_SELECT} {base} ORDER BY d.title ASC, d.id ASC LIMIT %s OFFSET %s",
            [*params, query.page_size, query.offset],
        )
        return [dict(zip(HIT_COLUMNS, row, strict=False)) for row in cursor.fetchall()], total, counts

    def _ids_by_distance(self, cursor, base, params, query):
        cursor.execute(f"SELECT d.id, d.latitude, d.longitude, d.title {base}", params)
        origin = query.origin
        located = sorted(
            cursor.fetchall(),
            key=lambda r: (
                r[1] is None,
                haversine_km(*origin, r[1], r[2]) if r[1] is not None else 0,
                r[3],
                r[0],
            ),
        )
        return [row[0] for row in located[query.offset : query.offset + query.page_size]]

    def _rows(self, cursor, ids):
        if not ids:
            return []
        sql, params = self.dialect.in_list("d.id", ids)
        cursor.execute(f"SELECT {HIT_SELECT} FROM search_document d WHERE {sql}", params)
        by_id = {row[0]: dict(zip(HIT_COLUMNS, row, strict=False)) for row in cursor.fetchall()}
        return [by_id[pk] for pk in ids if pk in by_id]

    def suggest(self, prefix, network=False, limit=8):
        typed = words(prefix)
        if not typed:
            return []
        complete = [stem(w) for w in typed[:-1] if w not in STOP_WORDS]
        last = typed[-1]
        alternatives = list(dict.fromkeys([last, stem(last)]))
        join, match, params, score, direction = self.dialect.title_query(complete, alternatives, network)
        # Network-only titles are outside the anonymous match already; the row check is a second lock.
        visibility = "" if network else " AND d.network_only = %s"
        params = params + ([] if network else [False])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.title FROM search_document d {join} WHERE {match}{visibility} "
                f"ORDER BY {score} {direction}, d.title LIMIT %s",
                [*params, limit * 2],
            )
            titles = [row[0] for row in cursor.fetchall()]
        return list(dict.fromkeys(titles))[:limit]

    # Writing

    @transaction.atomic
    def replace(self, page_ids, documents):
        old = list(Document.objects.filter(page_id__in=page_ids).values_list("id", "public_terms"))
        if old:
            removed = Counter(word for _pk, terms in old for word in terms.split())
            self._count_terms(removed, -1)
            with connection.cursor() as cursor:
                self.dialect.delete_fulltext(cursor, [pk for pk, _terms in old])
            Document.objects.filter(id__in=[pk for pk, _terms in old]).delete()
        self._insert(documents)
        touch_index_state()

    @transaction.atomic
    def rebuild(self, documents, progress=None):
        with connection.cursor() as cursor:
            self.dialect.clear_fulltext(cursor)
        DocumentFacet.objects.all().delete()
        Document.objects.all().delete()
        Term.objects.all().delete()
        batch, count, vocabulary = [], 0, Counter()
        for document in documents:
            batch.append(document)
            if len(batch) >= 500:
                count += self._insert(batch, vocabulary)
                if progress:
                    progress(len(batch))
                batch = []
        count += self._insert(batch, vocabulary)
        if progress and batch:
            progress(len(batch))
        Term.objects.bulk_create(
            [Term(word=w, initial=w[0], length=len(w), documents=n) for w, n in vocabulary.items()],
            batch_size=2000,
        )
        touch_index_state()
        with connection.cursor() as cursor:
            self.dialect.after_rebuild(cursor)
        return count

    def _insert(self, documents, vocabulary=None):
        if not documents:
            return 0
        terms = [public_words(d) for d in documents]
        rows = Document.objects.bulk_create(
            [
                Document(
                    key=d["key"],
                    page_id=d["page_id"],
                    kind=d["kind"],
                    network_only=d["network_only"],
                    title=d["title"][:300],
                    url=d["url"][:500],
                    summary=d["summary"],
                    body=d.get("body", ""),
                    network_text=d.get("network_text", ""),
                    partner=d["partner"][:255],
                    commune_code=d["commune_code"],
                    phone=d.get("phone", "")[:30],
                    commune_name=d["commune_name"],
                    latitude=d["latitude"],
                    longitude=d["longitude"],
                    national=d["national"],
                    hours=d["hours"],
                    public_terms=" ".join(sorted(t)),
                    facet_keys=facet_keys(d),
                    coverage_keys="\n".join(d.get("coverage", [])),
                )
                for d, t in zip(documents, terms, strict=True)
            ]
        )
        facets = []
        for row, document in zip(rows, documents, strict=True):
            for facet, name in (("communes", "commune"), *((k, v) for k, v in FACET_NAMES.items())):
                facets += [
                    DocumentFacet(document_id=row.pk, facet=name, value=v) for v in document.get(facet, [])
                ]
        DocumentFacet.objects.bulk_create(facets, batch_size=5000)
        with connection.cursor() as cursor:
            self.dialect.write_fulltext(
                cursor,
                [
                    (
                        row.pk,
                        normalise(d.get("search_title", d["title"])),
                        normalise(d["summary"]),
                        normalise(d.get("body", "")),
                        normalise(d.get("network_text", "")),
                        d["network_only"],
                        document_keys(
                            d["kind"], d["network_only"], d["national"], row.facet_keys, row.coverage_keys
                        ),
                    )
                    for row, d in zip(rows, documents, strict=True)
                ],
            )
        added = Counter(word for t in terms for word in t)
        if vocabulary is not None:
            vocabulary.update(added)
        else:
            self._count_terms(added, 1)
        return len(rows)

    def _count_terms(self, counter, sign):
        if not counter:
            return
        by_count = {}
        for word, n in counter.items():
            by_count.setdefault(n, []).append(word)
        for n, group in by_count.items():
            Term.objects.filter(word__in=group).update(documents=F("documents") + sign * n)
        if sign > 0:
            existing = set(Term.objects.filter(word__in=list(counter)).values_list("word", flat=True))
            Term.objects.bulk_create(
                [
                    Term(word=w, initial=w[0], length=len(w), documents=counter[w])
                    for w in counter
                    if w not in existing
                ],
                ignore_conflicts=True,
            )
        else:
            Term.objects.filter(word__in=list(counter), documents__lte=0).delete()


def touch_index_state():
    """A new token, in the current transaction: called by every write to the database index. Cached
    anonymous pages and search answers list search hits: they are dropped with it."""
    changed(SEARCH_INDEX)
    invalidate_pages()
