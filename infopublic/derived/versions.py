"""Version tokens of the sources of derived data, and the per-process values built from them."""

import threading
import uuid

from django.db import transaction

from asgiref.local import Local

from .models import SourceVersion

__all__ = [
    "COMMUNES",
    "GLOSSARY",
    "PAGES",
    "SEARCH_INDEX",
    "SOURCES",
    "TERRITORIES",
    "VOCABULARIES",
    "DerivedValue",
    "changed",
    "request_finished",
    "request_started",
    "token_of",
    "version_key",
]

# The sources. A value derived from several lists them all.
PAGES = "pages"  # published pages: publish, unpublish, move, delete, privacy
GLOSSARY = "glossary"  # glossary terms
VOCABULARIES = "vocabularies"  # themes, publics, service and network types
COMMUNES = "communes"  # communes, EPCIs, départements
TERRITORIES = "territories"  # territoires d'action sociale and their communes
SEARCH_INDEX = "search-index"  # the database search index (every write)
SOURCES = (PAGES, GLOSSARY, VOCABULARIES, COMMUNES, TERRITORIES, SEARCH_INDEX)

_request = Local()  # .tokens: {source: token} read once for the current request


def request_started(**kwargs):
    _request.in_request, _request.tokens = True, None


def request_finished(**kwargs):
    _request.in_request, _request.tokens = False, None


def forget_request_versions():
    _request.tokens = None


def _read_all():
    return dict(SourceVersion.objects.values_list("source", "token"))


def _tokens():
    tokens = getattr(_request, "tokens", None)
    if tokens is None:
        tokens = _read_all()
        if getattr(_request, "in_request", False):
            _request.tokens = tokens
    return tokens


def token_of(*sources):
    """The current tokens of `sources`, joined ("" for a source never changed)."""
    tokens = _tokens()
    return ".".join(tokens.get(source, "") for source in sources)


def version_key(*sources):
    """A cache key part that changes whenever one of `sources` changes."""
    return token_of(*sources) or "0"


def changed(*sources):
    """Mark `sources` changed, in the current transaction: other processes see the new tokens at commit."""
    token = uuid.uuid4().hex
    SourceVersion.objects.bulk_create(
        [SourceVersion(source=source, token=token) for source in sources],
        update_conflicts=True,
        unique_fields=["source"],
        update_fields=["token"],
    )
    forget_request_versions()
    # Values this process builds before the commit would carry the new token with the old data elsewhere;
    # here they see the new data (same connection), and after a rollback the old token comes back.
    transaction.on_commit(forget_request_versions)


class DerivedValue:
    """A value built from the database by `build()`, kept in this process until one of its sources changes."""

    def __init__(self, build, *sources):
        self.build, self.sources = build, sources
        self._local = (None, None)  # (tokens, value)
        self._lock = threading.Lock()

    def get(self):
        # The tokens first, then the data: a value is never labelled with a token newer than its data.
        tokens = token_of(*self.sources)
        local_tokens, value = self._local
        if local_tokens == tokens:
            return value
        with self._lock:
            value = self.build()
            self._local = (tokens, value)
        return value
