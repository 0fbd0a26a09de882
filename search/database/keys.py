"""The filter keys of a document, as tokens of a full-text index: the database engine filters in the match.

A document's keys say what filters may ask of it: "kind:…", "theme:…", "public:…", "territory:…", its
coverage keys ("c:…", "e:…", "t:…", "d:…": see search.documents.coverage_keys, and "at:…", "door:…") and
the flags "!national" and "!network_only". Each key is written as one token, "k" + its UTF-8 in hex, so
that no tokenizer splits it and no word of a text can be one. They live beside the text, not in it (a
column of the text index would change the text scores): SQLite keeps them in an FTS5 table of their own,
search_document_keys (rowid = document id), PostgreSQL in the keys_vector column of the document row, with
its GIN index (search/migrations/0002_document_keys.py).

A search's filters compile to groups of keys (filters.MatchFilters): the match itself filters, and nothing
is held per process."""

__all__ = ["NATIONAL", "NETWORK_ONLY", "document_keys", "token"]

NATIONAL = "!national"
NETWORK_ONLY = "!network_only"


def token(key):
    """The full-text token of a key ("kind:structure" -> "k6b696e64…")."""
    return "k" + key.encode().hex()


def document_keys(kind, network_only, national, facet_keys, coverage_keys):
    """A document's keys, from its row's columns (`facet_keys` and `coverage_keys`: one key a line)."""
    keys = [f"kind:{kind}"]
    if network_only:
        keys.append(NETWORK_ONLY)
    if national:
        keys.append(NATIONAL)
    for text in (facet_keys, coverage_keys):
        if text:
            keys += [key for key in text.split("\n") if key]
    return keys
