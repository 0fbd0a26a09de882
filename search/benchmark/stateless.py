"""Benchmark only (issue 16): a stateless alternative to the doc values, measured beside them.

The database engine matches text in one statement, then filters, totals and counts facets with the doc
values (database/docvalues.py: Roaring bitmaps per key, held per process). Here nothing is held per
process:
- every key a document has (kind, national, facet keys, coverage keys) is a token of the full-text index
  ("k" + the key's UTF-8 in hex, so that no tokenizer splits it and no word of a text can be one): the
  match itself filters. SQLite: a contentless FTS5 table of keys, `bench_keys_fts` (rowid = document
  id), read once per statement (a materialised CTE) and the ids it gives required of every unit's match
  of the public table (keys in a column of the public table would change bm25's document lengths, hence
  the order); PostgreSQL: a `bench_keys` tsvector column with its GIN index, matched with the public
  vector in the same statement (ts_rank reads only the public vector);
- the open-now pages are an SQL condition; the radius stays the engine's own Python filter;
- the total is the number of ids kept; the facet counts come from SQL (filters.facet_counts, the
  browsing statement) on those ids; what the ranking needs of them (kind, page, place keys) is read in
  one more statement, for those ids only.

Anonymous searches only (what the benchmark measures): a network member's search runs the engine's own
match. `prepare()` builds the extra table or column in the throw-away benchmark database after a rebuild;
the running site never imports this module (import-linter contract)."""

import json
from contextlib import contextmanager

from django.db import connection

from pyroaring import BitMap64 as BitMap
from pyroaring import FrozenBitMap64 as FrozenBitMap

from ..analysis import threshold
from ..database.docvalues import NATIONAL, NETWORK_ONLY, DocValues
from ..database.engine import DatabaseEngine
from ..database.filters import any_of_keys, facet_counts, ids_within
from ..database.ranking import PlaceRanks, tally
from ..filters import AnyOf, UnknownClause, Visible, Within, clauses

__all__ = ["StatelessEngine", "differences", "filter_groups", "key_token", "prepare", "swapped"]

SQLITE_TABLE = "bench_keys_fts"
PUBLIC = "search_document_public_fts"


def key_token(key):
    """The full-text token of a doc-values key ("kind:structure" -> "k6b696e64…")."""
    return "k" + key.encode().hex()


def row_keys(kind, network_only, national, facet_keys, coverage_keys):
    """A document's keys, as DocValues.load reads them from its row."""
    keys = [f"kind:{kind}"]
    if network_only:
        keys.append(NETWORK_ONLY)
    if national:
        keys.append(NATIONAL)
    for text in (facet_keys, coverage_keys):
        if text:
            keys += text.split("\n")
    return keys


def prepare(cursor):
    """The stateless index beside the engine's, from the engine's own (after a rebuild)."""
    if connection.vendor == "postgresql":
        # Inside a transaction that wrote rows (the test suite's), deferred foreign-key checks are pending
        # and PostgreSQL refuses to alter the table: run them first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("ALTER TABLE search_document ADD COLUMN IF NOT EXISTS bench_keys tsvector")
        cursor.execute(
            "UPDATE search_document SET bench_keys = array_to_tsvector(ARRAY("
            "SELECT 'k' || encode(convert_to(k, 'UTF8'), 'hex') FROM unnest("
            "ARRAY['kind:' || kind]"
            " || CASE WHEN network_only THEN ARRAY['!network_only'] ELSE '{}'::text[] END"
            " || CASE WHEN national THEN ARRAY['!national'] ELSE '{}'::text[] END"
            " || string_to_array(facet_keys, E'\\n') || string_to_array(coverage_keys, E'\\n')"
            ") AS k WHERE k <> ''))"
        )
        cursor.execute("CREATE INDEX IF NOT EXISTS bench_keys_gin ON search_document USING gin (bench_keys)")
        cursor.execute("ANALYZE search_document")
        return
    cursor.execute(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")
    cursor.execute(f"CREATE VIRTUAL TABLE {SQLITE_TABLE} USING fts5(keys, content='')")
    cursor.execute(
        "SELECT d.id, d.kind, d.network_only, d.national, d.facet_keys, d.coverage_keys "
        "FROM search_document d"
    )
    rows = [(pk, " ".join(key_token(k) for k in row_keys(*keys))) for pk, *keys in cursor.fetchall()]
    cursor.executemany(f"INSERT INTO {SQLITE_TABLE}(rowid, keys) VALUES (%s, %s)", rows)


def filter_groups(query):
    """[[key, …], …]: a document passes when it has one key of every group, compiled from the clauses of an
    anonymous search (search.filters). Visibility is the public index's own (network-only documents have no
    public text); the open-now pages and the radius are applied apart."""
    groups = []
    for clause in clauses(query, network=False, restrict_pages=None):
        match clause:
            case AnyOf():
                groups.append(any_of_keys(clause))
            case Visible() | Within():
                pass
            case _:
                raise UnknownClause(clause)
    return groups


class _Sql:
    """The anonymous unit matches with the filters in them, per database."""

    def __init__(self, dialect, groups, pages):
        self.dialect, self.groups, self.pages = dialect, groups, pages
        self.postgres = connection.vendor == "postgresql"

    def keys_expression(self, groups):
        if self.postgres:
            return " & ".join("(" + " | ".join(key_token(k) for k in group) + ")" for group in groups)
        return " AND ".join("(" + " OR ".join(f'"{key_token(k)}"' for k in group) + ")" for group in groups)

    def _allowed(self, groups):
        """SQLite: (SQL, params) of the ids passing the filters, or (None, []) without filters."""
        keys = self.keys_expression(groups)
        pages = None if self.pages is None else json.dumps(list(self.pages))
        of_pages = "SELECT id FROM search_document WHERE page_id IN (SELECT value FROM json_each(%s))"
        if keys and pages is not None:
            sql = f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH %s AND rowid IN ({of_pages})"
            return sql, [keys, pages]
        if keys:
            return f"SELECT rowid FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH %s", [keys]
        if pages is not None:
            return of_pages, [pages]
        return None, []

    def _postgres(self, text, weighted, groups):
        """PostgreSQL: (SQL, params) of one match, `text` a tsquery (None: the filters only)."""
        score = "ts_rank(d.public_vector, q.query)" if weighted else "0"
        where, params = [], []
        keys = self.keys_expression(groups)
        if keys:
            where.append("d.bench_keys @@ %s::tsquery")
            params.append(keys)
        if self.pages is not None:
            where.append("d.page_id = ANY(%s)")
            params.append(list(self.pages))
        if text is None:
            return f"SELECT %s, d.id, 0 FROM search_document d WHERE {' AND '.join(where)}", params
        where.insert(0, "d.public_vector @@ q.query")
        sql = (
            f"SELECT %s, d.id, {score} FROM search_document d "
            f"CROSS JOIN to_tsquery('simple', %s) AS q(query) WHERE {' AND '.join(where)}"
        )
        return sql, [text, *params]

    def unit_matches(self, units):
        """(SQL, params) as dialect.unit_matches: (unit, id, score) rows, then the title matches."""
        statements, params, title_statements, title_params = [], [], [], []
        if self.postgres:
            for index, group in enumerate(units):
                sql, values = self._postgres(self.dialect._group(*group), True, self.groups)
                statements.append(sql)
                params += [index, *values]
                sql, values = self._postgres(self.dialect._group(*group, weight="A"), False, self.groups)
                title_statements.append(sql)
                title_params += [len(units) + index, *values]
            return " UNION ALL ".join(statements + title_statements), params + title_params
        allowed, allowed_params = self._allowed(self.groups)
        condition = "" if allowed is None else " AND +rowid IN allowed"
        score = f"-bm25({PUBLIC}, {self.dialect.TEXT_WEIGHTS[False]})"
        for index, group in enumerate(units):
            text = self.dialect._group(*group)
            statements.append(f"SELECT %s, rowid, {score} FROM {PUBLIC} WHERE {PUBLIC} MATCH %s{condition}")
            params += [index, text]
            title_statements.append(f"SELECT %s, rowid, 0 FROM {PUBLIC} WHERE {PUBLIC} MATCH %s{condition}")
            title_params += [len(units) + index, "{title} : " + text]
        sql = " UNION ALL ".join(statements + title_statements)
        if allowed is None:
            return sql, params + title_params
        return f"WITH allowed AS MATERIALIZED ({allowed}) {sql}", allowed_params + params + title_params

    def located(self, codes):
        """(SQL, params) of (0, id, 0) rows: the documents located in one of `codes` that pass the
        filters."""
        groups = [*self.groups, [f"at:{code}" for code in codes]]
        if self.postgres:
            sql, params = self._postgres(None, False, groups)
            return sql, [0, *params]
        sql, params = self._allowed(groups)
        return f"SELECT 0, rowid, 0 FROM ({sql})", params


class _RankValues(DocValues):
    """What the ranking reads of the kept documents (PlaceRanks, ranked), from their rows: a DocValues
    of those documents only, built for one request."""

    def __init__(self, cursor, dialect, ids, places):
        super().__init__(token=None)
        columns = "id, kind, page_id, national, coverage_keys" if places else "id, kind, page_id"
        sql, params = dialect.in_list("id", ids)
        if not places:  # only the structures and contacts are grouped by page
            sql += " AND kind IN ('structure', 'contact')"
        cursor.execute(f"SELECT {columns} FROM search_document WHERE {sql}", params)
        by_key = {}
        for pk, kind, page_id, *rest in cursor.fetchall():
            self.page_ids[pk] = page_id
            keys = [f"kind:{kind}"]
            if rest:
                national, coverage = rest
                keys += [NATIONAL] if national else []
                keys += coverage.split("\n") if coverage else []
            for key in keys:
                by_key.setdefault(key, []).append(pk)
        self.bits = {key: FrozenBitMap(ids) for key, ids in by_key.items()}


class StatelessEngine(DatabaseEngine):
    """The database engine with `_match` replaced: no doc values (see the module's docstring)."""

    def _match(self, cursor, query, analysis, network, restrict_pages):
        if network:
            return super()._match(cursor, query, analysis, network, restrict_pages)
        units = analysis.text_units()
        sql = _Sql(self.dialect, filter_groups(query), restrict_pages)
        statement, params = sql.unit_matches([unit.group() for unit in units])
        cursor.execute(statement, params)
        coverage, in_title, scores = tally(cursor.fetchall(), len(units))
        if analysis.only_places:
            # « cluny »: what is in Cluny, its town hall first, as well as what names it.
            statement, params = sql.located(analysis.communes)
            cursor.execute(statement, params)
            for _unit, pk, _score in cursor.fetchall():
                coverage[pk] = len(units)
        ids = list(coverage)
        if query.point and query.radius_km:
            within = set(ids_within(query.point, query.radius_km))
            ids = [pk for pk in ids if pk in within]
        best = max((coverage[pk] for pk in ids), default=0)
        least = threshold(len(units), best)
        kept = BitMap(pk for pk in ids if coverage[pk] >= least)
        if not kept:
            return [], 0, facet_counts_of(cursor, self.dialect, kept), 0 < best < len(units)
        values = _RankValues(cursor, self.dialect, kept, bool(analysis.communes))
        ranks = PlaceRanks(analysis, values).ranks(kept)
        page_ids = self._page_ids(query, kept, (coverage, ranks, in_title, scores), values)
        counts = facet_counts_of(cursor, self.dialect, kept)
        return self._rows(cursor, page_ids), len(kept), counts, 0 < best < len(units)


def facet_counts_of(cursor, dialect, ids):
    """Exact counts of kinds and facets among `ids`, in SQL (the browsing statement)."""
    if not ids:
        return {"kinds": {}, "themes": {}, "publics": {}, "territories": {}}
    sql, params = dialect.in_list("d.id", list(ids))
    return facet_counts(cursor, f"FROM search_document d WHERE {sql}", params)


@contextmanager
def swapped():
    """The site's database engine is the stateless one meanwhile (search.engine builds it per call)."""
    from .. import engine as module

    original = module.DatabaseEngine
    module.DatabaseEngine = StatelessEngine
    try:
        yield
    finally:
        module.DatabaseEngine = original


def differences(queries, answer):
    """The queries whose total, facets or hits differ between the two designs; `answer(params)` is the
    JSON of /api/recherche/ for `params`."""
    different = []
    for params in queries:
        current = answer(params)
        with swapped():
            stateless = answer(params)
        for key in ("count", "facets", "relaxed"):
            if current.get(key) != stateless.get(key):
                different.append((params, key, current.get(key), stateless.get(key)))
        urls = [[hit["url"] for hit in payload["results"]] for payload in (current, stateless)]
        if urls[0] != urls[1]:
            different.append((params, "results", *urls))
    return different
