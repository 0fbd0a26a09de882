"""Acronyms and synonyms from the glossary, applied at query time and cached until the glossary changes."""

from django.core.cache import cache

from infopublic.taxonomy.models import GlossaryTerm

from .memo import SharedValue
from .text import fold, words

__all__ = ["expansions", "invalidate", "matching_terms"]

CACHE_KEY = "search:glossary:v1"
CACHE_SECONDS = 3600


def _build():
    terms = list(GlossaryTerm.objects.all())
    mapping = {}
    for key, phrases in GlossaryTerm.objects.all().expansions().items():
        mapping[" ".join(words(key))] = phrases
    listing = [
        {
            "acronym": term.acronym,
            "expansion": term.expansion,
            "folded": fold(f"{term.acronym} {term.expansion}"),
        }
        for term in terms
    ]
    return {"mapping": mapping, "terms": listing}


_entries = SharedValue(CACHE_KEY, _build, CACHE_SECONDS)


def _load():
    return _entries.get()


def expansions(query_words):
    """{query word: [phrases]} for the folded words of a query that are glossary acronyms or synonyms."""
    mapping = _load()["mapping"]
    return {word: mapping[word] for word in query_words if word in mapping}


def matching_terms(prefix, limit=5):
    """Glossary terms whose acronym or expansion has a word starting with `prefix` (autocomplete)."""
    folded = " ".join(words(prefix))
    if not folded:
        return []
    found = []
    for term in _load()["terms"]:
        text = term["folded"]
        if text.startswith(folded) or f" {folded}" in text:
            found.append({"acronym": term["acronym"], "expansion": term["expansion"]})
            if len(found) == limit:
                break
    return found


def invalidate():
    cache.delete(CACHE_KEY)
