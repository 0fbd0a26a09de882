"""What both engines make of the typed text: words, glossary expansions and typo corrections."""

import difflib
from dataclasses import dataclass, field

from django.core.cache import cache

from .glossary import expansions
from .index_version import index_version
from .models import Term
from .text import STOP_WORDS, normalise, stem, words

__all__ = ["Analysis", "analyse"]

MAX_WORDS = 12


@dataclass
class Analysis:
    words: list = field(default_factory=list)  # folded words, stop words removed
    expansions: dict = field(default_factory=dict)  # word -> [phrases] from the glossary
    corrections: dict = field(default_factory=dict)  # unknown word -> closest indexed word

    @property
    def is_empty(self):
        return not self.words

    def groups(self):
        """One group per word: its stems (word, correction) and its glossary phrases (normalised)."""
        for word in self.words:
            stems = [stem(word)]
            if word in self.corrections:
                stems.append(stem(self.corrections[word]))
            phrases = [normalise(phrase) for phrase in self.expansions.get(word, [])]
            yield list(dict.fromkeys(stems)), [p for p in phrases if p]

    def wanted_stems(self):
        """Every stem a matching document may contain, for highlighting."""
        wanted = set()
        for stems, phrases in self.groups():
            wanted.update(stems)
            for phrase in phrases:
                wanted.update(phrase.split())
        return wanted - {stem(word) for word in STOP_WORDS}

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


def _closest_word(word):
    candidates = list(
        Term.objects.filter(initial=word[0], length__range=(len(word) - 2, len(word) + 2))
        .order_by("-documents")
        .values_list("word", flat=True)[:5000]
    )
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return matches[0] if matches else None


def analyse(text):
    query_words = [word for word in words(text) if word not in STOP_WORDS][:MAX_WORDS]
    query_words = list(dict.fromkeys(query_words))
    analysis = Analysis(words=query_words, expansions=expansions(query_words))
    unknown = [w for w in query_words if len(w) >= 4 and not w.isdigit() and w not in analysis.expansions]
    if unknown:
        known = set(Term.objects.filter(word__in=unknown).values_list("word", flat=True))
        for word in unknown:
            if word in known:
                continue
            correction = closest_word(word)
            if correction and correction != word and stem(correction) != stem(word):
                analysis.corrections[word] = correction
    return analysis
