"""French-aware text normalisation shared by the database engine, the vocabulary and the snippets.

The chain mirrors the Elasticsearch analyzer: elision removal, lowercase, accent folding, then a light
French stemmer that unifies plurals and the common feminine endings.
"""

import re
import unicodedata
from functools import lru_cache
from html import escape, unescape

from django.utils.html import strip_tags

__all__ = [
    "STOP_STEMS",
    "STOP_WORDS",
    "fold",
    "highlight",
    "plain_text",
    "stem",
    "stems",
    "without_places",
    "words",
]

ELISION = re.compile(r"\b(?:l|d|m|t|n|s|j|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
WORD = re.compile(r"[0-9a-z]+")
WORD_OR_NOT = re.compile(r"(\w+)")
STOP_WORDS = frozenset(
    [
        "a",
        "ai",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "me",
        "mes",
        "mon",
        "ne",
        "ni",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "chez",
        "comment",
        "quoi",
        "quel",
        "quelle",
    ]
)
# Feminine and derived endings folded onto one form, longest first.
SUFFIXES = (
    ("trice", "teur"),
    ("euse", "eur"),
    ("elle", "el"),
    ("enne", "en"),
    ("ere", "er"),
    ("ive", "if"),
    ("ale", "al"),
    ("ee", "e"),
)


def plain_text(value):
    """Rich text or HTML to plain text."""
    return re.sub(r"\s+", " ", unescape(strip_tags(str(value or "")))).strip()


def fold(text):
    """Lowercase, remove elisions and fold accents (ligatures included)."""
    text = ELISION.sub(" ", str(text or "").lower())
    text = text.replace("œ", "oe").replace("æ", "ae")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text):
    """Folded words of a text, stop words included."""
    return WORD.findall(fold(text))


def stem(word):
    """A light French stemmer: plurals, feminines, final mute e."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith("aux") and len(word) > 5:
        word = word[:-3] + "al"
    elif word[-1] in "sx":
        word = word[:-1]
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


# Never highlighted, and left out of glossary phrases when matched (see dialects.phrase_terms).
STOP_STEMS = frozenset(stem(word) for word in STOP_WORDS)


def stems(text, keep_stop_words=False):
    """Stemmed tokens of a text, in order."""
    return [stem(word) for word in words(text) if keep_stop_words or word not in STOP_WORDS]


CONNECTORS = r"(?:(?:de|du|des|d|a|au|aux|en|sur|l|le|la|les)\s+){0,2}"


@lru_cache(maxsize=8192)
def _place_pattern(name):
    name_words = words(name)
    if len(name_words) > 1 and name_words[0] in ("l", "le", "la", "les"):
        name_words = name_words[1:]  # « Le Creusot »: the article is among the connectors
    return r"\b" + CONNECTORS + r"[\s\-]+".join(re.escape(w) for w in name_words) + r"\b"


@lru_cache(maxsize=64)
def _places_regex(names):
    patterns = sorted({_place_pattern(name) for name in names if words(name)}, key=len, reverse=True)
    return re.compile("|".join(patterns)) if patterns else None


def without_places(text, *name_lists):
    """`text` folded, without the commune names of `name_lists` (tuples; and the « de », « du », « à »
    before them). Each tuple is compiled once: pass the long, shared list apart from a fiche's own names."""
    folded = fold(text)
    for names in name_lists:
        regex = _places_regex(tuple(names)) if names else None
        if regex is not None:
            folded = regex.sub(" ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def normalise(text):
    """The indexed form of a text: its stems joined by spaces (stop words kept for phrases)."""
    return " ".join(stems(text, keep_stop_words=True))


@lru_cache(maxsize=4096)
def _escape_run(piece):
    """A run between two words, HTML-escaped: the same few runs (", ", " ", "'") recur in every text."""
    return escape(piece)


@lru_cache(maxsize=65536)
def _match_key(piece):
    return stem(fold(piece))


def _is_word_char(char):
    return char.isalnum() or char == "_"


def _token_bounds(text, start, end):
    """Widen [start, end) so that it neither starts nor ends inside a word or a run of other characters."""
    while 0 < start < len(text) and _is_word_char(text[start - 1]) == _is_word_char(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word_char(text[end - 1]) == _is_word_char(text[end]):
        end += 1
    return start, min(end, len(text))


def highlight(text, wanted_stems, length=220, plain=False):
    """An HTML-escaped excerpt of `text` around the first matched word, matches wrapped in <mark>.

    Only the words up to the first match are stemmed, and only the excerpt is escaped. `plain=True`
    when `text` is already plain text (the indexed fields are), which saves stripping tags."""
    text = text if plain else plain_text(text)
    if not text:
        return ""
    first = 0
    if wanted_stems:
        for match in WORD_OR_NOT.finditer(text):
            if _match_key(match.group()) in wanted_stems:
                first = match.start()
                break
    start = max(0, first - length // 3)
    window_start, window_end = _token_bounds(text, start, start + length)
    pieces = WORD_OR_NOT.split(text[window_start:window_end])
    # Words (\w+) hold no character that HTML escapes: only the runs between them are escaped.
    pieces[0::2] = [_escape_run(piece) for piece in pieces[0::2]]
    if wanted_stems:
        pieces[1::2] = [
            f"<mark>{piece}</mark>" if _match_key(piece) in wanted_stems else piece for piece in pieces[1::2]
        ]
    excerpt = "".join(pieces).strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + length < len(text) else ""
    return f"{prefix}{excerpt}{suffix}"
