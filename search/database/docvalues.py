"""Doc values: what a text search needs to know of every matching document (kind, visibility, national
flag, page, facet keys, coverage), held in memory per process, as a search engine keeps them beside its
inverted index. The match returns the matching ids, best first; filters, the total and exact facet counts
are computed here rather than from one document-row lookup per match.

They are held as search engines hold filters: one Roaring bitmap of document ids per key, "kind:…",
"theme:…", "public:…", "territory:…", the coverage keys ("c:…", "e:…", "t:…", "d:…") and the visibility
and national flags (pyroaring's 64-bit bitmaps: the ids are big integers). A query turns the matched ids
into a bitmap, intersects it with the bitmaps of its filters (the clauses of search.filters, compiled by
filters.BitmapFilter) and counts each facet key with one intersection count, in C rather than in a Python
loop over the matches.

A document row is never updated in place (a change deletes it and inserts a new row), and every write to
the index changes the token of the `SEARCH_INDEX` source (infopublic.derived) in the same transaction. The
engine reads the token after its match ran: values loaded under that token know every id the match could
see. An id they do not know was deleted since; should one exist all the same, the values are reloaded."""

import threading

from django.db import connection

from pyroaring import BitMap64 as BitMap
from pyroaring import FrozenBitMap64 as FrozenBitMap

from infopublic.derived.versions import SEARCH_INDEX, changed
from infopublic.pagecache.version import invalidate_on_commit as invalidate_pages

from .dialects import dialect_for

__all__ = [
    "NATIONAL",
    "NETWORK_ONLY",
    "TOKEN_SQL",
    "DocValues",
    "doc_values",
    "existing",
    "read_token",
    "reload",
    "touch_index_state",
]

TOKEN_SQL = f"SELECT token FROM derived_sourceversion WHERE source = '{SEARCH_INDEX}'"
COLUMNS = "id, kind, network_only, national, page_id, facet_keys, coverage_keys"
NETWORK_ONLY = "!network_only"
NATIONAL = "!national"
COUNTED = ("kind:", "theme:", "public:", "territory:")  # the keys counted as facets
EMPTY = FrozenBitMap()

_lock = threading.Lock()
_cache = {}  # (vendor, database name) -> DocValues
_UNREAD = object()


class DocValues:
    """Immutable once loaded (but for the memo of `of_pages`). `known` is the bitmap of every document
    id, `page_ids[id]` a document's page, `bits[key]` the bitmap of the documents with that key."""

    def __init__(self, token):
        self.token = token
        self.known = EMPTY
        self.page_ids = {}
        self.bits = {}
        self.counted = []  # [(key, bitmap)] of the facet keys
        self._of_pages = {}  # pages -> bitmap of their documents

    def load(self, cursor):
        cursor.execute(f"SELECT {COLUMNS} FROM search_document ORDER BY id")
        ids_by_key = {}
        for row in cursor.fetchall():
            pk, kind, network_only, national, page_id, facet_keys, coverage_keys = row
            self.page_ids[pk] = page_id
            keys = [f"kind:{kind}"]
            if network_only:
                keys.append(NETWORK_ONLY)
            if national:
                keys.append(NATIONAL)
            if facet_keys:
                keys += facet_keys.split("\n")
            if coverage_keys:
                keys += coverage_keys.split("\n")
            for key in keys:
                ids = ids_by_key.get(key)
                if ids is None:
                    ids = ids_by_key[key] = []
                ids.append(pk)
        self.known = FrozenBitMap(self.page_ids)
        self.bits = {key: FrozenBitMap(ids) for key, ids in ids_by_key.items()}
        self.counted = [(key, bitmap) for key, bitmap in self.bits.items() if key.startswith(COUNTED)]
        return self

    def matched(self, ids, pages=None):
        """(bitmap of the known `ids`, of a page in `pages` when given (see of_pages); ids not known)."""
        found = BitMap(ids)
        unknown = found - self.known
        if unknown:
            found -= unknown
        if pages is not None:
            found &= self.of_pages(pages)
        return found, list(unknown)

    def of_pages(self, pages):
        """The bitmap of the documents of `pages` (a tuple or a frozenset), remembered for the last few
        of them: the open-now filter asks with the same pages for a minute."""
        found = self._of_pages.get(pages)
        if found is None:
            wanted = set(pages)
            found = FrozenBitMap([pk for pk, page_id in self.page_ids.items() if page_id in wanted])
            if len(self._of_pages) >= 4:
                self._of_pages.clear()
            self._of_pages[pages] = found
        return found

    def get(self, key):
        """The bitmap of `key` (empty when no document has it)."""
        return self.bits.get(key, EMPTY)

    def any_of(self, keys):
        """The bitmap of the documents having at least one of `keys`."""
        bitmaps = [self.bits[key] for key in keys if key in self.bits]
        return BitMap.union(*bitmaps) if bitmaps else BitMap()

    def counts(self, bitmap):
        """{key: count} of the facet keys among the documents of `bitmap` (zeros left out)."""
        counts = {}
        for key, keyed in self.counted:
            count = bitmap.intersection_cardinality(keyed)
            if count:
                counts[key] = count
        return counts

    def first(self, ids, bitmap, start, stop):
        """The ids in `bitmap`, in the order of `ids`, from the `start`-th to before the `stop`-th."""
        kept, found, stop = [], 0, min(stop, len(bitmap))
        if start >= stop:
            return kept
        for pk in ids:  # usually a page's worth of ids: stops once `stop` are found
            if pk in bitmap:
                if found >= start:
                    kept.append(pk)
                found += 1
                if found >= stop:
                    break
        return kept


def read_token(cursor):
    cursor.execute(TOKEN_SQL)
    row = cursor.fetchone()
    return row[0] if row else None


def _key():
    return (connection.vendor, str(connection.settings_dict["NAME"]))


def doc_values(cursor, token=_UNREAD):
    """The current DocValues of this database, reloaded when the index token changed. `token`, when
    given, was read by the caller after its match ran."""
    if token is _UNREAD:
        token = read_token(cursor)
    cached = _cache.get(_key())
    if cached is not None and cached.token == token and token is not None:
        return cached
    return reload(cursor, token)


def reload(cursor, token):
    with _lock:
        loaded = _cache[_key()] = DocValues(token).load(cursor)
    return loaded


def existing(cursor, ids):
    """Those of `ids` that have a document row."""
    sql, params = dialect_for(connection).in_list("id", ids)
    cursor.execute(f"SELECT id FROM search_document WHERE {sql}", params)
    return [row[0] for row in cursor.fetchall()]


def touch_index_state():
    """A new token, in the current transaction: called by every write to the database index. Cached
    anonymous pages list search hits too: they are dropped with it."""
    changed(SEARCH_INDEX)
    invalidate_pages()
