"""Doc values: what a text search needs to know of every matching document (kind, visibility, national
flag, page, facet keys, coverage), held in memory per process, as a search engine keeps them beside its
inverted index. They serve SQLite, whose FTS5 match reads the full-text index only: the match returns
(score, id) and filters, counts and facets are computed here, instead of one document-row lookup per
match. (PostgreSQL's match reads each matching row anyway, so it filters there.)

A document row is never updated in place (a change deletes it and inserts a new row), and every write to
the index changes `IndexState.token` in the same transaction: values cached under one token are true for
as long as the database shows that token. Ids committed by another process after the token was read are
fetched on demand."""

import threading
import uuid
from sys import intern
from typing import NamedTuple

from django.db import connection

from ..models import IndexState
from .dialects import dialect_for

__all__ = ["TOKEN_SQL", "DocValues", "doc_values", "read_token", "touch_index_state"]

TOKEN_SQL = "SELECT token FROM search_indexstate WHERE id = 1"
COLUMNS = "id, kind, network_only, national, page_id, facet_keys, coverage_keys"

_lock = threading.Lock()
_cache = {}  # (vendor, database name) -> DocValues
_UNREAD = object()


class Values(NamedTuple):
    kind: str
    network_only: bool
    national: bool
    page_id: int
    facet_keys: tuple  # ("theme:…", "public:…", "territory:…")
    count_keys: tuple  # ("kind:…", *facet_keys): what one match adds to the counts
    coverage: tuple  # documents.coverage_keys: "c:…", "e:…", "t:…", "d:…"


def _keys(text):
    return tuple(intern(key) for key in text.split("\n")) if text else ()


def _values(row):
    _id, kind, network_only, national, page_id, facet_keys, coverage_keys = row
    keys = _keys(facet_keys)
    return Values(
        intern(kind),
        bool(network_only),
        bool(national),
        page_id,
        keys,
        (intern(f"kind:{kind}"), *keys),
        _keys(coverage_keys),
    )


class DocValues:
    def __init__(self, token):
        self.token = token
        self.by_id = {}

    def load(self, cursor):
        cursor.execute(f"SELECT {COLUMNS} FROM search_document")
        self.by_id = {row[0]: _values(row) for row in cursor.fetchall()}
        return self

    def for_ids(self, cursor, ids):
        """{id: Values} for `ids`; ids unknown here (committed since the token was read) are read."""
        by_id = self.by_id
        missing = [pk for pk in ids if pk not in by_id]
        if missing:
            sql, params = dialect_for(connection).in_list("id", missing)
            cursor.execute(f"SELECT {COLUMNS} FROM search_document WHERE {sql}", params)
            for row in cursor.fetchall():
                by_id[row[0]] = _values(row)
        return by_id


def read_token(cursor):
    cursor.execute(TOKEN_SQL)
    row = cursor.fetchone()
    return row[0] if row else None


def doc_values(cursor, token=_UNREAD):
    """The current DocValues of this database, reloaded when the index token changed. `token`, when
    given, was read by the caller after its match ran (see `dialects.*.fetch_then_token`)."""
    if token is _UNREAD:
        token = read_token(cursor)
    key = (connection.vendor, str(connection.settings_dict["NAME"]))
    cached = _cache.get(key)
    if cached is not None and cached.token == token and token is not None:
        return cached
    with _lock:
        cached = DocValues(token).load(cursor)
        _cache[key] = cached
    return cached


def touch_index_state():
    """A new token, in the current transaction: called by every write to the database index."""
    IndexState.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4().hex})
