"""The index: a portable French analysis chain and the document mapping (elasticsearch.dsl).

The chain (pattern_replace elision, lowercase, asciifolding, stemmer french) behaves the same on a real
cluster and on osmem, which silently ignores `elision` and the light French stemmers."""

from elasticsearch.dsl import (
    Boolean,
    Document,
    Float,
    GeoPoint,
    Integer,
    Keyword,
    Object,
    Text,
    analyzer,
    char_filter,
    token_filter,
)

__all__ = ["FicheDocument", "to_source"]

elision = char_filter(
    "fr_elision",
    "pattern_replace",
    pattern=r"(?i)\b(l|d|m|t|n|s|j|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]",
    replacement="",
)
french_stemmer = token_filter("fr_stemmer", "stemmer", language="french")
edge = token_filter("fr_edge", "edge_ngram", min_gram=2, max_gram=15)
french = analyzer(
    "fr_text",
    tokenizer="standard",
    char_filter=[elision],
    filter=["lowercase", "asciifolding", french_stemmer],
)
autocomplete = analyzer(
    "fr_autocomplete", tokenizer="standard", char_filter=[elision], filter=["lowercase", "asciifolding", edge]
)
autocomplete_search = analyzer(
    "fr_autocomplete_search",
    tokenizer="standard",
    char_filter=[elision],
    filter=["lowercase", "asciifolding"],
)


class FicheDocument(Document):
    key = Keyword()
    page_id = Integer()
    kind = Keyword()
    network_only = Boolean()
    title = Text(
        analyzer=french,
        fields={"ac": Text(analyzer=autocomplete, search_analyzer=autocomplete_search), "raw": Keyword()},
    )
    # The title without its place names (documents.subject_title): what queries match.
    search_title = Text(analyzer=french)
    summary = Text(analyzer=french)
    body = Text(analyzer=french)
    # Network-only text: searched, highlighted and returned only for network members.
    network_text = Text(analyzer=french)
    url = Keyword(index=False)
    partner = Keyword()
    commune_code = Keyword()
    phone = Keyword(index=False)
    # What the document covers, where it is, whose door it is: "c:…", "e:…", "t:…", "d:…", "at:…", "door:…".
    coverage = Keyword(multi=True)
    commune_name = Keyword(index=False)
    latitude = Float(index=False)
    longitude = Float(index=False)
    location = GeoPoint()
    national = Boolean()
    communes = Keyword(multi=True)
    themes = Keyword(multi=True)
    publics = Keyword(multi=True)
    territories = Keyword(multi=True)
    hours = Object(enabled=False)


def to_source(document):
    """An engine-neutral document as an Elasticsearch source."""
    source = dict(document)
    if document["latitude"] is not None and document["longitude"] is not None:
        source["location"] = {"lat": document["latitude"], "lon": document["longitude"]}
    return source
