"""Doc values: what a text search needs to know of every matching document (kind, visibility, national
flag, page, facet keys, coverage), held in memory per process, as a search engine keeps them beside its
inverted index. The match returns the matching ids, best first; filters, the total and exact facet counts
are computed here rather than from one document-row lookup per match.

They are held as a search engine holds filters: one bitset per key (a Python int, bit n for the document
at position n): "kind:…", "theme:…", "public:…", "territory:…", the coverage keys ("c:…", "e:…", "t:…",
"d:…") and the visibility and national flags. A query turns the matched ids into a bitset, ANDs it with
the bitsets of its filters and counts each facet key with one AND and one popcount, so the cost per
match is one array read, not one object per match and key.

A document row is never updated in place (a change deletes it and inserts a new row), and every write to
the index changes `IndexState.token` in the same transaction. The engine reads the token after its match
ran: values loaded under that token know every id the match could see. An id they do not know was
deleted since; should one exist all the same, the values are reloaded."""

import threading
import uuid
from array import array

from django.db import connection

from ..models import IndexState
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

TOKEN_SQL = "SELECT token FROM search_indexstate WHERE id = 1"
COLUMNS = "id, kind, network_only, national, page_id, facet_keys, coverage_keys"
NETWORK_ONLY = "!network_only"
NATIONAL = "!national"
COUNTED = ("kind:", "theme:", "public:", "territory:")  # the keys counted as facets

_lock = threading.Lock()
_cache = {}  # (vendor, database name) -> DocValues
_UNREAD = object()


class DocValues:
    """Immutable once loaded. `slots[id - base]` is a document's position (-1: no document),
    `page_ids[position]` its page, `bits[key]` the bitset of the documents with that key."""

    def __init__(self, token):
        self.token = token
        self.base = 0
        self.slots = array("q")
        self.page_ids = array("q")
        self.bits = {}
        self.counted = []  # [(key, bitset)] of the facet keys
        self.byte_length = 0  # of each bitset

    def load(self, cursor):
        cursor.execute(f"SELECT {COLUMNS} FROM search_document ORDER BY id")
        rows = cursor.fetchall()
        self.byte_length = (len(rows) + 7) // 8
        if rows:
            self.base = rows[0][0]
            self.slots = array("q", [-1]) * (rows[-1][0] - self.base + 1)
        positions = {}  # key -> bytearray of the bitset, built byte by byte, then one int per key
        for position, row in enumerate(rows):
            pk, kind, network_only, national, page_id, facet_keys, coverage_keys = row
            self.slots[pk - self.base] = position
            self.page_ids.append(page_id)
            keys = [f"kind:{kind}"]
            if network_only:
                keys.append(NETWORK_ONLY)
            if national:
                keys.append(NATIONAL)
            if facet_keys:
                keys += facet_keys.split("\n")
            if coverage_keys:
                keys += coverage_keys.split("\n")
            byte, bit = position >> 3, 1 << (position & 7)
            for key in keys:
                bitset = positions.get(key)
                if bitset is None:
                    bitset = positions[key] = bytearray(self.byte_length)
                bitset[byte] |= bit
        self.bits = {key: int.from_bytes(bitset, "little") for key, bitset in positions.items()}
        self.counted = [(key, bitset) for key, bitset in self.bits.items() if key.startswith(COUNTED)]
        return self

    def slot(self, pk):
        """The position of document `pk`, or -1 when these values do not know it."""
        index = pk - self.base
        return self.slots[index] if 0 <= index < len(self.slots) else -1

    def matched(self, ids, pages=None):
        """(bitset of the known `ids`, whose page is in `pages` when given; ids not known)."""
        bitset, unknown = bytearray(self.byte_length), []
        slots, base, length, page_ids = self.slots, self.base, len(self.slots), self.page_ids
        for pk in ids:
            index = pk - base
            position = slots[index] if 0 <= index < length else -1
            if position < 0:
                unknown.append(pk)
            elif pages is None or page_ids[position] in pages:
                bitset[position >> 3] |= 1 << (position & 7)
        return int.from_bytes(bitset, "little"), unknown

    def any_of(self, keys):
        """The bitset of the documents having at least one of `keys`."""
        found = 0
        for key in keys:
            found |= self.bits.get(key, 0)
        return found

    def counts(self, bitset):
        """{key: count} of the facet keys among the documents of `bitset` (zeros left out)."""
        counts = {}
        for key, keyed in self.counted:
            count = (bitset & keyed).bit_count()
            if count:
                counts[key] = count
        return counts

    def first(self, ids, bitset, start, stop):
        """The ids in `bitset`, in the order of `ids`, from the `start`-th to before the `stop`-th."""
        kept, found, stop = [], 0, min(stop, bitset.bit_count())
        if start >= stop:
            return kept
        members = bitset.to_bytes(self.byte_length, "little")
        for pk in ids:  # usually a page's worth of ids: stops once `stop` are found
            position = self.slot(pk)
            if position >= 0 and members[position >> 3] >> (position & 7) & 1:
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
    """A new token, in the current transaction: called by every write to the database index."""
    IndexState.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4().hex})
