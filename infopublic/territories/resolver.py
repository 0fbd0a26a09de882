"""Reading a commune as people type it: one resolver for every page, API and suggestion list.

People type postal codes, names without accents or hyphens, "st" for "Saint", a beginning of a name.
A five-digit number is a postal code first ("71250" is Cluny and its neighbours, not Laizé whose INSEE
code is 71250); an INSEE code is accepted only where it cannot be confused: given explicitly
(`code_insee=`, what a suggestion list submits), or typed when no commune has it as postal code.

Names are compared folded (`fold_name`) in Python, the same on every database: the few hundred names of
a département are read with each call (always current, whichever process changed them); only the folding
of a name, a pure function, is memoised.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from .models import Commune

__all__ = ["MAX_CANDIDATES", "MAX_TEXT_LENGTH", "Resolution", "fold_name", "rank", "resolve", "suggest"]

MAX_TEXT_LENGTH = 100
MAX_CANDIDATES = 30  # listed for the person to choose from (the most populated first)
SAINT_WORDS = {"st": "saint", "ste": "saint", "saint": "saint", "sainte": "saint"}
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
NOT_A_LETTER = re.compile(r"[^0-9a-z]+")
INSEE_CODE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")

# How a name matches the typed words, best first.
EXACT, NAME_PREFIX, WORD_PREFIX, WORDS_IN_ORDER = range(4)


@lru_cache(maxsize=4096)
def fold_name(text):
    """A name as compared: lowercase, without accents, any run of spaces, hyphens, apostrophes or
    punctuation as one space, and "st", "ste", "sainte" as "saint" ("Sainte-Cécile" and "st cecile" are
    equal)."""
    text = unicodedata.normalize("NFKD", (text or "").casefold().translate(LIGATURES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = NOT_A_LETTER.sub(" ", text).split()
    return " ".join(SAINT_WORDS.get(word, word) for word in words)


def _words_in_order(typed, name):
    """Every typed word begins a word of the name, in the same order ("chalon saone")."""
    if f" {typed.split(' ', 1)[0]}" not in f" {name}":
        return False
    remaining = iter(name.split())
    return all(any(word.startswith(typed_word) for word in remaining) for typed_word in typed.split())


def match_rank(typed, name):
    """EXACT, NAME_PREFIX, WORD_PREFIX or WORDS_IN_ORDER for folded `typed` and `name`, else None."""
    if name == typed:
        return EXACT
    if name.startswith(typed):
        return NAME_PREFIX
    if f" {typed}" in f" {name}":
        return WORD_PREFIX
    if _words_in_order(typed, name):
        return WORDS_IN_ORDER
    return None


def _parse(text):
    """(digits, words): the postal code (or its beginning) and the folded name typed, either may be
    empty ("71 520 Matour" → ("71520", "matour"))."""
    folded = fold_name(text).split()
    digits = "".join(word for word in folded if word.isdigit())
    words = " ".join(word for word in folded if not word.isdigit())
    return digits, words


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    postal_codes: tuple
    population: int

    def has_postal_code(self, digits, prefix=False):
        if prefix:
            return any(code.startswith(digits) for code in self.postal_codes)
        return digits in self.postal_codes


def _rows(queryset):
    return [
        Row(code, name, tuple(postal_codes.split()), population or 0)
        for code, name, postal_codes, population in queryset.order_by().values_list(
            "code", "name", "postal_codes", "population"
        )
    ]


def rank(rows, digits, words, prefix=False):
    """[(match rank, row)] of the rows designated by a postal code and/or words, best first: closest
    name match, then the most populated."""
    found = []
    for row in rows:
        if digits and not row.has_postal_code(digits, prefix=prefix):
            continue
        match = match_rank(words, fold_name(row.name)) if words else EXACT
        if match is not None:
            found.append((match, row))
    found.sort(key=lambda item: (item[0], -item[1].population, item[1].name, item[1].code))
    return found


@dataclass(frozen=True)
class Resolution:
    """What a typed commune designates: one `commune`, or `candidates` to choose from (ranked, at most
    MAX_CANDIDATES; `more` when there were others), or nothing (`unknown`)."""

    text: str = ""
    commune: "Commune | None" = None
    candidates: tuple = ()
    more: bool = False

    @property
    def ambiguous(self):
        return bool(self.candidates)

    @property
    def unknown(self):
        return self.commune is None and not self.candidates and bool(self.text)

    @property
    def message(self):
        """The French explanation when the text does not designate one commune, else ""."""
        if self.ambiguous:
            return _("Plusieurs communes correspondent à « %(text)s » : choisissez la commune.") % {
                "text": self.text[:40]
            }
        if self.unknown:
            return _("Commune inconnue : « %(text)s » (nom de commune ou code postal attendu).") % {
                "text": self.text[:40]
            }
        return ""


def _candidate_rows(queryset, digits):
    """The rows worth comparing: those with the digits in a postal code when digits are typed (the
    database narrows them), else every commune (names are compared folded, in Python)."""
    if digits:
        queryset = queryset.filter(postal_codes__contains=digits)
    return _rows(queryset)


def _designated_rows(queryset, text):
    """The rows `text` designates, best first: by postal code (or, when no commune has that postal
    code, by INSEE code), narrowed by the words typed with it; else by name. Exact names first."""
    digits, words = _parse(text)
    if not (digits or words) or (digits and len(digits) != 5):
        return []
    ranked = rank(_candidate_rows(queryset, digits), digits, words)
    if not ranked and INSEE_CODE.match(text.upper()):
        return _rows(queryset.filter(code=text.upper()))
    exact = [row for match, row in ranked if match == EXACT]
    return exact or [row for _match, row in ranked]


def _names_exactly(commune, text):
    """`text` is the commune's name or one of its postal codes: no other commune can be meant."""
    digits, words = _parse(text)
    if digits:
        return not words and digits in commune.postal_code_list
    return words == fold_name(commune.name)


def resolve(queryset, text, code_insee=""):
    """The Resolution of `text` typed by a person, or of `code_insee` picked in a suggestion list.

    A picked code is kept while the text still designates that commune (or is empty); a text typed over
    it afterwards wins, so that a stale hidden code never answers for another commune."""
    text = " ".join((text or "").split())
    code_insee = (code_insee or "").strip().upper()
    if len(text) > MAX_TEXT_LENGTH or len(code_insee) > 5:
        return Resolution(text=text[:MAX_TEXT_LENGTH] or code_insee[:5])
    if code_insee:
        picked = queryset.filter(code=code_insee).first()
        if picked is None:
            return Resolution(text=text or code_insee)
        if (
            not text
            or _names_exactly(picked, text)
            or picked.code in {row.code for row in _designated_rows(queryset, text)}
        ):
            return Resolution(text=text or picked.name, commune=picked)
    if not text:
        return Resolution()
    designated = _designated_rows(queryset, text)
    if not designated:
        return Resolution(text=text)
    communes = queryset.in_bulk([row.code for row in designated[:MAX_CANDIDATES]])
    listed = tuple(communes[row.code] for row in designated[:MAX_CANDIDATES] if row.code in communes)
    if len(listed) == 1:
        return Resolution(text=text, commune=listed[0])
    return Resolution(text=text, candidates=listed, more=len(designated) > MAX_CANDIDATES)


def suggest(queryset, text, limit):
    """The communes to propose while `text` is typed: postal codes beginning with the digits typed, names
    beginning (or a word of them beginning) with the words typed; closest first, then the most
    populated. A five-digit number no commune has as postal code proposes the commune with that INSEE
    code."""
    text = (text or "")[:MAX_TEXT_LENGTH]
    digits, words = _parse(text)
    if not (digits or words) or len(digits) > 5:
        return []
    ranked = rank(_candidate_rows(queryset, digits), digits, words, prefix=len(digits) < 5)
    if not ranked and len(digits) == 5 and not words:
        ranked = [(EXACT, row) for row in _rows(queryset.filter(code=digits))]
    codes = [row.code for _match, row in ranked[:limit]]
    communes = queryset.in_bulk(codes)
    return [communes[code] for code in codes if code in communes]
