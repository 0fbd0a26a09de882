"""The SQL that differs between SQLite FTS5 and PostgreSQL full-text search.

Network-only documents have no public part in either full-text index (see search/migrations/0001_initial.py):
an anonymous match, which reads only the public part, cannot reach them. Both match with the filters of the
search (filters.MatchFilters): the documents' filter keys are a full-text index too (keys.py)."""

import json
from dataclasses import dataclass
from itertools import pairwise

from django.db import transaction

from ..text import STOP_STEMS
from .keys import token

__all__ = ["PostgresDialect", "SqliteDialect", "TextMatch", "dialect_for", "phrase_terms"]

KEYS_TABLE = "search_document_keys"  # SQLite: the documents' filter keys (rowid = document id)


def _fts5_term(value, prefix):
    return f'"{value}"*' if prefix else f'"{value}"'


def phrase_terms(phrase):
    """[(position, word)] of a glossary phrase (normalised) to match: its words apart from stop words,
    which are in nearly every document, so that matching them would walk nearly the whole index ("fonds
    de solidarité pour le logement" is matched as fond, solidarit and logement at their distances). A
    phrase with fewer than two other words is matched whole."""
    terms = list(enumerate(phrase.split()))
    kept = [(position, word) for position, word in terms if word not in STOP_STEMS]
    return kept if len(kept) >= 2 else terms


def _combine(required, optional, all_of, any_of):
    """Required expressions joined by `all_of`, optional ones folded into an `any_of` alternative of the
    first required one (so they score without filtering); only optional ones: any of them."""
    if not required:
        return f" {any_of} ".join(optional)
    parts = list(required)
    if optional:
        parts.append("(" + f" {any_of} ".join([*optional, required[0]]) + ")")
    return f" {all_of} ".join(parts)


@dataclass(frozen=True)
class TextMatch:
    """A full-text match as SQL: `SELECT {score}, {id} FROM {source} WHERE {where}` gives every matching
    document id with its score; `direction` is the order of the best scores first."""

    source: str
    id: str
    filter_id: str  # the id as filters name it (SQLite: not usable as an index, so MATCH drives)
    where: str
    params: list
    score: str
    direction: str

    @property
    def sort_key(self):
        """The score as a key that sorts best first in ascending order."""
        return self.score if self.direction == "ASC" else f"-({self.score})"


class SqliteDialect:
    """Two FTS5 tables, rowid = search_document.id (search/migrations/0001_initial.py):
    - search_document_fts, matched for network members: title, summary, body and network (network-only
      notes) for documents anyone may see; private_title, private_summary and private_body for
      network-only documents;
    - search_document_public_fts, matched for everyone else: title, summary and body of the documents
      anyone may see, nothing else. Read whole, it spares FTS5 the column check that restricting the
      first table to its public columns costs on every match."""

    TABLES = {False: "search_document_public_fts", True: "search_document_fts"}
    TEXT_WEIGHTS = {False: "10.0, 4.0, 1.0", True: "10.0, 4.0, 1.0, 1.0, 10.0, 4.0, 1.0"}
    TITLE_COLUMNS = {False: "{title}", True: "{title private_title}"}
    TITLE_WEIGHTS = {False: "10.0, 0.0, 0.0", True: "10.0, 0.0, 0.0, 0.0, 10.0, 0.0, 0.0"}

    def _group(self, stems, phrases):
        alternatives = [_fts5_term(s, len(s) >= 4) for s in stems] + [self._phrase(p) for p in phrases]
        return "(" + " OR ".join(alternatives) + ")"

    def _phrase(self, phrase):
        """The whole phrase, or its words within the span they have in it (NEAR: the number of tokens
        allowed between the first and the last)."""
        terms = phrase_terms(phrase)
        if len(terms) == len(phrase.split()):
            return f'"{phrase}"'
        span = terms[-1][0] - terms[0][0]
        return "NEAR(" + " ".join(f'"{word}"' for _position, word in terms) + f", {span - 1})"

    def match_expression(self, required, optional):
        """Every required group AND-ed; optional groups only add to the score (OR-ed with a required
        group, which every match has). Without required groups: any group."""
        return _combine([self._group(*g) for g in required], [self._group(*g) for g in optional], "AND", "OR")

    def text_match(self, required, optional, network):
        table = self.TABLES[network]
        return TextMatch(
            source=table,
            id=f"{table}.rowid",
            filter_id=f"+{table}.rowid",
            where=f"{table} MATCH %s",
            params=[self.match_expression(required, optional)],
            score=f"bm25({table}, {self.TEXT_WEIGHTS[network]})",
            direction="ASC",
        )

    def unit_matches(self, groups, network, filters):
        """(SQL, params) giving (unit index, document id, score: higher is better) for every document
        matching each unit's group and passing `filters` (MatchFilters), one match per unit in a single
        statement; then (len(groups) + unit index, id, 0) for every document whose title matches the unit's
        group (see title_units). The ids passing the filters are read once (a materialised CTE) and required
        of every match; `+rowid` keeps the MATCH driving each of them."""
        table = self.TABLES[network]
        allowed, allowed_params = self._allowed(filters)
        condition = "" if allowed is None else " AND +rowid IN allowed"
        score = f"-bm25({table}, {self.TEXT_WEIGHTS[network]})"
        select = f"SELECT %s, rowid, {score} FROM {table} WHERE {table} MATCH %s{condition}"
        in_title = f"SELECT %s, rowid, 0 FROM {table} WHERE {table} MATCH %s{condition}"
        params, title_params = [], []
        titles = self.TITLE_COLUMNS[network]
        for index, group in enumerate(groups):
            params += [index, self._group(*group)]
            title_params += [len(groups) + index, f"{titles} : {self._group(*group)}"]
        sql = " UNION ALL ".join([select] * len(groups) + [in_title] * len(groups))
        if allowed is None:
            return sql, params + title_params
        return f"WITH allowed AS MATERIALIZED ({allowed}) {sql}", allowed_params + params + title_params

    def filtered(self, filters):
        """(SQL, params) of the ids of the documents passing `filters` (keys, pages and visibility; the
        radius is the engine's)."""
        allowed, params = self._allowed(filters)
        conditions = [] if allowed is None else [f"d.id IN ({allowed})"]
        if filters.public:
            conditions.append("d.network_only = %s")
            params = [*params, False]
        return f"SELECT d.id FROM search_document d WHERE {' AND '.join(conditions) or '1 = 1'}", params

    def _allowed(self, filters):
        """(SQL, params) of the ids passing the keys and pages of `filters`, or (None, []) without any."""
        parts, params = [], []
        if filters.groups:
            if not all(filters.groups):
                return "SELECT 0 WHERE 0", []  # a group without keys: nothing passes
            parts.append(f"SELECT rowid AS id FROM {KEYS_TABLE} WHERE {KEYS_TABLE} MATCH %s")
            params.append(
                " AND ".join(
                    "(" + " OR ".join(f'"{token(k)}"' for k in group) + ")" for group in filters.groups
                )
            )
        if filters.pages is not None:
            parts.append("SELECT id FROM search_document WHERE page_id IN (SELECT value FROM json_each(%s))")
            params.append(json.dumps(list(filters.pages)))
        if not parts:
            return None, []
        return " INTERSECT ".join(parts), params

    def title_query(self, stems, prefix_alternatives, network):
        parts = [f'"{s}"' for s in stems]
        if prefix_alternatives:
            parts.append("(" + " OR ".join(f'"{p}"*' for p in prefix_alternatives) + ")")
        table = self.TABLES[network]
        return (
            f"JOIN {table} ON {table}.rowid = d.id",
            f"{table} MATCH %s",
            [self.TITLE_COLUMNS[network] + " : (" + " AND ".join(parts) + ")"],
            f"bm25({table}, {self.TITLE_WEIGHTS[network]})",
            "ASC",
        )

    def in_list(self, column, values):
        return f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(list(values))]

    def write_fulltext(self, cursor, rows):
        """rows: (id, title, summary, body, network text, network_only, filter keys), texts normalised."""
        cursor.executemany(
            "INSERT INTO search_document_fts(rowid, title, summary, body, network, private_title, "
            "private_summary, private_body) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            [
                (pk, "", "", "", network, title, summary, body)
                if network_only
                else (pk, title, summary, body, network, "", "", "")
                for pk, title, summary, body, network, network_only, _keys in rows
            ],
        )
        cursor.executemany(
            "INSERT INTO search_document_public_fts(rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
            [
                (pk, title, summary, body)
                for pk, title, summary, body, _network, network_only, _keys in rows
                if not network_only
            ],
        )
        cursor.executemany(
            f"INSERT INTO {KEYS_TABLE}(rowid, keys) VALUES (%s, %s)",
            [(row[0], " ".join(token(key) for key in row[-1])) for row in rows],
        )

    def delete_fulltext(self, cursor, ids):
        sql, params = self.in_list("rowid", ids)
        for table in (*self.TABLES.values(), KEYS_TABLE):
            cursor.execute(f"DELETE FROM {table} WHERE {sql}", params)

    def clear_fulltext(self, cursor):
        for table in (*self.TABLES.values(), KEYS_TABLE):
            cursor.execute(f"DELETE FROM {table}")

    def drop_orphans(self, cursor):
        """Rows of the full-text tables whose document row is gone: never left by the engine's writes
        (same transaction), but a flush of the tables Django knows (`manage.py flush`, the test suite's
        transactional tests) empties search_document and leaves these virtual tables as they were."""
        existing = set(cursor.db.introspection.table_names(cursor))
        for table in (*self.TABLES.values(), KEYS_TABLE):
            if table in existing:  # not yet when migrating the search app backwards
                cursor.execute(f"DELETE FROM {table} WHERE rowid NOT IN (SELECT id FROM search_document)")

    def after_rebuild(self, cursor):
        """Nothing: SQLite plans these queries well without statistics."""


class PostgresDialect:
    """Weighted tsvector columns with GIN indexes, on the document rows: public_vector (title A, summary
    B, body C; empty for a network-only document) for anyone, member_vector (the whole document, with
    network-only notes as D) for network members."""

    VECTORS = {False: "d.public_vector", True: "d.member_vector"}

    def _group(self, stems, phrases, weight=""):
        """Any of the stems (prefixes from four letters) or phrases; `weight` "A": in the title only."""
        alternatives = [
            f"'{s}':*{weight}" if len(s) >= 4 else f"'{s}'{':' + weight if weight else ''}" for s in stems
        ]
        alternatives += [self._phrase(p, weight) for p in phrases]
        return "(" + " | ".join(alternatives) + ")"

    def _phrase(self, phrase, weight=""):
        """The phrase's words at their distances in it (`<2>`: two positions further)."""
        terms = phrase_terms(phrase)
        mark = f":{weight}" if weight else ""
        parts = [f"'{terms[0][1]}'{mark}"]
        for (before, _word), (position, word) in pairwise(terms):
            distance = f"<{position - before}>" if position - before > 1 else "<->"
            parts.append(f"{distance} '{word}'{mark}")
        return "(" + " ".join(parts) + ")"

    def tsquery(self, required, optional):
        return _combine([self._group(*g) for g in required], [self._group(*g) for g in optional], "&", "|")

    def text_match(self, required, optional, network):
        vector = self.VECTORS[network]
        return TextMatch(
            source="search_document d CROSS JOIN to_tsquery('simple', %s) AS q(query)",
            id="d.id",
            filter_id="d.id",
            where=f"{vector} @@ q.query",
            params=[self.tsquery(required, optional)],
            score=f"ts_rank({vector}, q.query)",
            direction="DESC",
        )

    def unit_matches(self, groups, network, filters):
        """(SQL, params) giving (unit index, document id, score: higher is better) for every document
        matching each unit's group and passing `filters` (MatchFilters), one match per unit in a single
        statement; then (len(groups) + unit index, id, 0) for every document whose title (weight A)
        matches the unit's group. ts_rank reads only the text vector."""
        vector = self.VECTORS[network]
        conditions, filter_params = self._conditions(filters)
        where = " AND ".join([f"{vector} @@ q.query", *conditions])
        select = (
            f"SELECT %s, d.id, ts_rank({vector}, q.query) FROM search_document d "
            f"CROSS JOIN to_tsquery('simple', %s) AS q(query) WHERE {where}"
        )
        in_title = (
            f"SELECT %s, d.id, 0 FROM search_document d "
            f"CROSS JOIN to_tsquery('simple', %s) AS q(query) WHERE {where}"
        )
        params, title_params = [], []
        for index, group in enumerate(groups):
            params += [index, self._group(*group), *filter_params]
            title_params += [len(groups) + index, self._group(*group, weight="A"), *filter_params]
        sql = " UNION ALL ".join([select] * len(groups) + [in_title] * len(groups))
        return sql, params + title_params

    def filtered(self, filters):
        """(SQL, params) of the ids of the documents passing `filters` (keys, pages and visibility; the
        radius is the engine's)."""
        conditions, params = self._conditions(filters)
        return f"SELECT d.id FROM search_document d WHERE {' AND '.join(conditions) or 'TRUE'}", params

    def _conditions(self, filters):
        """([condition on `d`], params) of `filters`' keys, pages and visibility."""
        conditions, params = [], []
        if filters.groups:
            if not all(filters.groups):
                return ["FALSE"], []  # a group without keys: nothing passes
            conditions.append("d.keys_vector @@ %s::tsquery")
            params.append(
                " & ".join("(" + " | ".join(token(k) for k in group) + ")" for group in filters.groups)
            )
        if filters.pages is not None:
            conditions.append("d.page_id = ANY(%s)")
            params.append(list(filters.pages))
        if filters.public:
            conditions.append("NOT d.network_only")
        return conditions, params

    def title_query(self, stems, prefix_alternatives, network):
        parts = [f"'{s}':A" for s in stems]
        if prefix_alternatives:
            parts.append("(" + " | ".join(f"'{p}':*A" for p in prefix_alternatives) + ")")
        vector = self.VECTORS[network]
        return (
            "CROSS JOIN to_tsquery('simple', %s) AS q(query)",
            f"{vector} @@ q.query",
            [" & ".join(parts)],
            f"ts_rank({vector}, q.query)",
            "DESC",
        )

    def in_list(self, column, values):
        return f"{column} = ANY(%s)", [list(values)]

    def write_fulltext(self, cursor, rows):
        """rows: (id, title, summary, body, network text, network_only, filter keys), texts normalised."""
        cursor.executemany(
            "UPDATE search_document SET "
            "public_vector = CASE WHEN %s THEN ''::tsvector ELSE v.public END, "
            "member_vector = v.public || setweight(v.network, 'D'), "
            "keys_vector = array_to_tsvector(%s::text[]) "
            "FROM (SELECT setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B') || "
            "setweight(to_tsvector('simple', %s), 'C') AS public, "
            "to_tsvector('simple', %s) AS network) AS v WHERE id = %s",
            [
                (network_only, [token(key) for key in keys], title, summary, body, network, pk)
                for pk, title, summary, body, network, network_only, keys in rows
            ],
        )

    def delete_fulltext(self, cursor, ids):
        """The vectors live on the document rows: deleting the rows deletes them."""

    def clear_fulltext(self, cursor):
        """Same: nothing apart from the rows."""

    def drop_orphans(self, cursor):
        """Nothing: the vectors are columns of the document rows."""

    def after_rebuild(self, cursor):
        """Fresh statistics for the planner at once (without them the first queries are planned as if
        the tables were empty), then, once committed, a VACUUM: writing the vectors after the rows left
        one dead row version per document, which every match would otherwise step over until
        autovacuum comes by."""
        cursor.execute("ANALYZE search_document, search_documentfacet")
        transaction.on_commit(vacuum_index, robust=True)


def vacuum_index():
    """VACUUM cannot run in a transaction: called after the rebuild's commit, in autocommit."""
    from django.db import connection

    if connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) search_document, search_documentfacet")


def dialect_for(connection):
    return PostgresDialect() if connection.vendor == "postgresql" else SqliteDialect()
