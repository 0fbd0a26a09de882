"""What both engines make of the typed text: words, glossary expansions and typo corrections."""

import difflib
from dataclasses import dataclass, field, replace

from django.core.cache import cache

from infopublic.territories.models import Commune

from .glossary import expansions
from .index_version import index_version
from .memo import SharedValue
from .models import Term
from .text import STOP_STEMS, STOP_WORDS, normalise, stem, words

__all__ = ["Analysis", "analyse"]

MAX_WORDS = 12
PLACE_NAMES_KEY = "search:place-names:v1"


@dataclass(frozen=True)
class Analysis:
    """The typed text as both engines match it.

    A strict match (`match_all`) requires a document to match every word group, except the words that
    name a commune ("… à Matour"): those are optional, they only rank (a département's scheme covering
    Matour does not name it). When a strict match finds nothing, the engine retries relaxed: any word."""

    words: list = field(default_factory=list)  # folded words, stop words removed
    expansions: dict = field(default_factory=dict)  # word -> [phrases] from the glossary
    corrections: dict = field(default_factory=dict)  # unknown word -> closest indexed word
    places: frozenset = frozenset()  # words that are (part of) a commune's name
    match_all: bool = True

    @property
    def is_empty(self):
        return not self.words

    @property
    def can_relax(self):
        """Whether a relaxed retry could find more than this strict match."""
        return self.match_all and len(self.words) > 1

    def relaxed(self):
        return replace(self, match_all=False)

    def groups(self):
        """One group per word: its stems (word, correction) and its glossary phrases (normalised)."""
        return [self._group(word) for word in self.words]

    def _group(self, word):
        stems = [stem(word)]
        if word in self.corrections:
            stems.append(stem(self.corrections[word]))
        phrases = [normalise(phrase) for phrase in self.expansions.get(word, [])]
        return list(dict.fromkeys(stems)), [p for p in phrases if p]

    def split_words(self):
        """(required words, optional words): a document must match every required word and may match
        optional ones (which add to its score). A relaxed analysis requires nothing: any word matches."""
        if not self.match_all:
            return [], list(self.words)
        required = [w for w in self.words if w not in self.places]
        if not required:
            return list(self.words), []
        return required, [w for w in self.words if w in self.places]

    def split_groups(self):
        """split_words() as word groups (stems and glossary phrases)."""
        required, optional = self.split_words()
        return [self._group(w) for w in required], [self._group(w) for w in optional]

    def wanted_stems(self):
        """Every stem a matching document may contain, for highlighting."""
        wanted = set()
        for stems, phrases in self.groups():
            wanted.update(stems)
            for phrase in phrases:
                wanted.update(phrase.split())
        return wanted - STOP_STEMS

    @property
    def suggestion(self):
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in self.words)


def closest_word(word):
    """The indexed public word closest to `word`, or None (cached per index version)."""
    key = f"search:closest:{index_version()}:{word}"
    found = cache.get(key)
    if found is None:
        found = _closest_word(word) or ""
        cache.set(key, found, 3600)
    return found or None


def indexed_words(candidates):
    """The candidates that are indexed public words, remembered in the cache per index version."""
    version = index_version()
    keys = {word: f"search:indexed:{version}:{word}" for word in candidates}
    remembered = cache.get_many(keys.values())
    unseen = [word for word in candidates if keys[word] not in remembered]
    if unseen:
        found = set(Term.objects.filter(word__in=unseen).values_list("word", flat=True))
        cache.set_many({keys[word]: word in found for word in unseen}, 3600)
        remembered.update({keys[word]: word in found for word in unseen})
    return {word for word in candidates if remembered[keys[word]]}


def _closest_word(word):
    candidates = list(
        Term.objects.filter(initial=word[0], length__range=(len(word) - 2, len(word) + 2))
        .order_by("-documents")
        .values_list("word", flat=True)[:5000]
    )
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return matches[0] if matches else None


def _place_names():
    names = {}
    for name in Commune.objects.values_list("name", flat=True):
        name_words = tuple(w for w in words(name) if w not in STOP_WORDS)
        if name_words:
            names.setdefault(name_words[0], []).append(name_words)
    return names


# {first word: [word tuples]} of every commune's folded name without stop words.
place_names = SharedValue(PLACE_NAMES_KEY, _place_names)


def find_places(query_words):
    """The query words that, in sequence, spell a commune's whole name ("saint gengoux national")."""
    names, found = place_names.get(), set()
    for index, word in enumerate(query_words):
        for name_words in names.get(word, ()):
            if tuple(query_words[index : index + len(name_words)]) == name_words:
                found.update(name_words)
    return frozenset(found)


def analyse(text):
    query_words = [word for word in words(text) if word not in STOP_WORDS][:MAX_WORDS]
    query_words = list(dict.fromkeys(query_words))
    found_expansions = expansions(query_words)
    places = find_places(query_words)
    corrections = {}
    unknown = [
        w
        for w in query_words
        if len(w) >= 4 and not w.isdigit() and w not in found_expansions and w not in places
    ]
    if unknown:
        known = indexed_words(unknown)
        for word in unknown:
            if word in known:
                continue
            correction = closest_word(word)
            if correction and correction != word and stem(correction) != stem(word):
                corrections[word] = correction
    return Analysis(
        words=query_words,
        expansions=found_expansions,
        corrections=corrections,
        places=places,
    )
