"""What the database engine keeps of a document besides its text (facet keys, public vocabulary) and the
filters of a query, applied to the doc values' bitmaps."""

from ..documents import commune_coverage_keys
from ..text import STOP_WORDS, words
from .docvalues import NATIONAL, NETWORK_ONLY

__all__ = [
    "FACET_BY_NAME",
    "FACET_NAMES",
    "KM_PER_DEGREE",
    "MatchFilter",
    "counts_from_keys",
    "facet_counts",
    "facet_keys",
    "public_words",
]

FACET_NAMES = {"themes": "theme", "publics": "public", "territories": "territory"}
FACET_BY_NAME = {name: facet for facet, name in FACET_NAMES.items()}


def facet_keys(document):
    """The `facet_keys` column: one "facet:value" line per theme, public and territory."""
    return "\n".join(
        f"{name}:{value}" for facet, name in FACET_NAMES.items() for value in document.get(facet, [])
    )


KM_PER_DEGREE = 111.0


def public_words(document):
    """Folded words a document adds to the public vocabulary (none for network-only documents)."""
    if document["network_only"]:
        return set()
    # The title as matched (without its place names): commune names are not words of the subject.
    title = document.get("search_title", document["title"])
    text = " ".join((title, document["summary"], document.get("body", "")))
    return {w for w in words(text) if 3 <= len(w) <= 80 and w not in STOP_WORDS and not w.isdigit()}


class MatchFilter:
    """The filters of a query, applied to the doc values' bitmaps."""

    def __init__(self, query, network, restrict_pages):
        self.network = network
        self.kinds = [f"kind:{kind}" for kind in query.kinds]
        self.pages = None if restrict_pages is None else tuple(restrict_pages)
        self.commune = commune_coverage_keys(query.commune) if query.commune is not None else None
        self.territories = [f"territory:{slug}" for slug in query.territories]
        self.themes = [f"theme:{value}" for value in query.themes]
        self.publics = [f"public:{value}" for value in query.publics]

    def kept(self, ids, values):
        """(bitmap of the matched `ids` that pass every filter, ids the values do not know)."""
        kept, unknown = values.matched(ids, self.pages)
        if not self.network:
            kept -= values.get(NETWORK_ONLY)
        if self.kinds:
            kept &= values.any_of(self.kinds)
        # A national document applies in every commune and every territory.
        if self.commune is not None:
            kept &= values.any_of([NATIONAL, *self.commune])
        if self.territories:
            kept &= values.any_of([NATIONAL, *self.territories])
        for keys in (self.themes, self.publics):
            if keys:
                kept &= values.any_of(keys)
        return kept, unknown


def counts_from_keys(counted):
    """{kinds, themes, publics, territories: {value: count}}, exact, from the {key: count} of the
    matches' "kind:…", "theme:…", "public:…" and "territory:…" keys (DocValues.counts)."""
    counts = {"kinds": {}, **{facet: {} for facet in FACET_NAMES}}
    for key, count in counted.items():
        if key:
            name, _sep, value = key.partition(":")
            counts["kinds" if name == "kind" else FACET_BY_NAME[name]][value] = count
    return counts


def facet_counts(cursor, base, params):
    """Kinds and every facet in one statement, the match evaluated once (materialised CTE)."""
    cursor.execute(
        f"WITH matched AS MATERIALIZED (SELECT d.id, d.kind {base}) "
        "SELECT 'kinds', kind, COUNT(*) FROM matched GROUP BY kind "
        "UNION ALL SELECT f.facet, f.value, COUNT(*) FROM search_documentfacet f "
        "JOIN matched ON matched.id = f.document_id "
        "WHERE f.facet IN ('theme', 'public', 'territory') GROUP BY f.facet, f.value",
        params,
    )
    names = {name: facet for facet, name in FACET_NAMES.items()}
    counts = {"kinds": {}, **{facet: {} for facet in FACET_NAMES}}
    for facet, value, count in cursor.fetchall():
        counts["kinds" if facet == "kinds" else names[facet]][value] = count
    return counts
