"""The SQL that differs between SQLite FTS5 and PostgreSQL full-text search."""

import json

__all__ = ["PostgresDialect", "SqliteDialect", "dialect_for"]


def _fts5_term(value, prefix):
    return f'"{value}"*' if prefix else f'"{value}"'


class SqliteDialect:
    """FTS5 table search_document_fts(title, summary, body, network), rowid = search_document.id."""

    PUBLIC_COLUMNS = "{title summary body}"

    def match_expression(self, groups, columns=None):
        parts = []
        for stems, phrases in groups:
            alternatives = [_fts5_term(s, len(s) >= 4) for s in stems] + [f'"{p}"' for p in phrases]
            parts.append("(" + " OR ".join(alternatives) + ")")
        expression = " OR ".join(parts)
        return f"{columns} : ({expression})" if columns else expression

    def text_query(self, groups, network):
        """(FROM/JOIN sql, WHERE sql, params, score sql, order) for a full-text match."""
        columns = None if network else self.PUBLIC_COLUMNS
        return (
            "JOIN search_document_fts ON search_document_fts.rowid = d.id",
            "search_document_fts MATCH %s",
            [self.match_expression(groups, columns)],
            "bm25(search_document_fts, 10.0, 4.0, 1.0, 1.0)",
            "ASC",
        )

    def title_query(self, stems, prefix_alternatives):
        parts = [f'"{s}"' for s in stems]
        if prefix_alternatives:
            parts.append("(" + " OR ".join(f'"{p}"*' for p in prefix_alternatives) + ")")
        return (
            "JOIN search_document_fts ON search_document_fts.rowid = d.id",
            "search_document_fts MATCH %s",
            ["{title} : (" + " AND ".join(parts) + ")"],
            "bm25(search_document_fts, 10.0, 0.0, 0.0, 0.0)",
            "ASC",
        )

    def in_list(self, column, values):
        return f"{column} IN (SELECT value FROM json_each(%s))", [json.dumps(list(values))]

    def write_fulltext(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_document_fts(rowid, title, summary, body, network) "
            "VALUES (%s, %s, %s, %s, %s)",
            rows,
        )

    def delete_fulltext(self, cursor, ids):
        sql, params = self.in_list("rowid", ids)
        cursor.execute(f"DELETE FROM search_document_fts WHERE {sql}", params)

    def clear_fulltext(self, cursor):
        cursor.execute("DELETE FROM search_document_fts")


class PostgresDialect:
    """Weighted tsvector columns (title A, summary B, body C; network apart) with GIN indexes."""

    def tsquery(self, groups):
        parts = []
        for stems, phrases in groups:
            alternatives = [f"'{s}':*" if len(s) >= 4 else f"'{s}'" for s in stems]
            alternatives += ["(" + " <-> ".join(f"'{w}'" for w in p.split()) + ")" for p in phrases]
            parts.append("(" + " | ".join(alternatives) + ")")
        return " | ".join(parts)

    def text_query(self, groups, network):
        if network:
            where = "(d.public_vector @@ q.query OR d.network_vector @@ q.query)"
            rank = "ts_rank(d.public_vector || setweight(d.network_vector, 'D'), q.query)"
        else:
            where = "d.public_vector @@ q.query"
            rank = "ts_rank(d.public_vector, q.query)"
        return (
            "CROSS JOIN to_tsquery('simple', %s) AS q(query)",
            where,
            [self.tsquery(groups)],
            rank,
            "DESC",
        )

    def title_query(self, stems, prefix_alternatives):
        parts = [f"'{s}':A" for s in stems]
        if prefix_alternatives:
            parts.append("(" + " | ".join(f"'{p}':*A" for p in prefix_alternatives) + ")")
        return (
            "CROSS JOIN to_tsquery('simple', %s) AS q(query)",
            "d.public_vector @@ q.query",
            [" & ".join(parts)],
            "ts_rank(d.public_vector, q.query)",
            "DESC",
        )

    def in_list(self, column, values):
        return f"{column} = ANY(%s)", [list(values)]

    def write_fulltext(self, cursor, rows):
        cursor.executemany(
            "UPDATE search_document SET public_vector = setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B') || setweight(to_tsvector('simple', %s), 'C'), "
            "network_vector = to_tsvector('simple', %s) WHERE id = %s",
            [(title, summary, body, network, pk) for pk, title, summary, body, network in rows],
        )

    def delete_fulltext(self, cursor, ids):
        """The vectors live on the document rows: deleting the rows deletes them."""

    def clear_fulltext(self, cursor):
        """Same: nothing apart from the rows."""


def dialect_for(connection):
    return PostgresDialect() if connection.vendor == "postgresql" else SqliteDialect()
