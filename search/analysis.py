"""What both engines make of the typed text: units of meaning, places, glossary expansions, typo fixes.

The typed text becomes:
- units: what the person needs, one per word, or one per glossary phrase found in the text (« assistante
  sociale », « aide personnalisée au logement »), each with its glossary expansions and typo correction;
- places: the words naming a commune (« … à Matour », « montceau », « 71300 ») and the communes they name.
  Places never count as a need: a département-wide scheme covering Matour does not name it. They rank the
  fiches that serve those communes first; a text made of places only finds what is in those communes.

Engines rank on how much of the need a fiche covers (minimum_should_match): see `threshold`."""

import difflib
import math
from dataclasses import dataclass, field

from django.core.cache import cache

from infopublic.derived.versions import COMMUNES, SEARCH_INDEX, DerivedValue, version_key
from infopublic.territories.models import Commune

from .glossary import glossary_words, lookup
from .models import Term
from .text import STOP_STEMS, STOP_WORDS, normalise, stem, words

__all__ = ["Analysis", "Unit", "analyse", "threshold"]

MAX_WORDS = 12
# Words of a sentence that say nothing of the need (« elle ne peut plus payer son loyer »).
FILLERS = frozenset(
    [
        *[
            "peut",
            "peux",
            "peuvent",
            "pourrait",
            "plus",
            "veut",
            "veux",
            "voudrait",
            "besoin",
            "cherche",
            "faire",
            "fait",
            "avoir",
            "etre",
        ],
        *[
            "suis",
            "sommes",
            "doit",
            "dois",
            "aller",
            "va",
            "vais",
            "quand",
            "personne",
            "monsieur",
            "madame",
            "dame",
            "gens",
            "quelqu",
        ],
        *[
            "quelque",
            "chose",
            "bonjour",
            "svp",
            "merci",
            "rien",
            "soi",
            "tout",
            "tous",
            "toute",
            "toutes",
            "tres",
            "trop",
            "bien",
            "encore",
        ],
        *["aussi", "deja", "jamais", "toujours", "ca", "cela", "ceci", "aucun", "aucune"],
        # When, not what: « il dort dehors ce soir ».
        *["soir", "matin", "demain", "hier", "maintenant", "aujourd", "hui"],
    ]
)
# First words of commune names too common to name a place on their own.
GENERIC_PLACE_WORDS = frozenset(["saint", "sainte", "saints", "st", "ste", "mont", "bois"])


@dataclass(frozen=True)
class Unit:
    """One need of the query: a word, or a glossary phrase of several words."""

    words: tuple
    form: str = ""  # the glossary form when the unit is a glossary key of several words
    phrases: tuple = ()  # glossary expansions
    correction: str = ""  # the closest indexed word, for a single unknown word

    @property
    def text(self):
        return " ".join(self.words)

    def stems(self):
        """The stems matched as words (a single word, and its correction)."""
        if len(self.words) != 1:
            return []
        found = [stem(self.words[0])]
        if self.correction:
            found.append(stem(self.correction))
        return list(dict.fromkeys(found))

    def normalised_phrases(self):
        """Phrases matched as phrases: a several-word unit itself, then the glossary expansions."""
        phrases = [self.form] if len(self.words) > 1 else []
        return [p for p in dict.fromkeys(normalise(phrase) for phrase in (*phrases, *self.phrases)) if p]

    def group(self):
        """(stems, normalised phrases): what the database engine matches."""
        return self.stems(), self.normalised_phrases()


@dataclass(frozen=True)
class Analysis:
    words: list = field(default_factory=list)  # folded words, stop words and fillers removed
    units: tuple = ()  # the needs (Unit), places excluded
    place_units: tuple = ()  # the words naming a commune, as units (matched as text when alone)
    places: frozenset = frozenset()  # words that name a commune
    communes: tuple = ()  # INSEE codes of the communes named in the text
    corrections: dict = field(default_factory=dict)  # unknown word -> closest indexed word

    @property
    def is_empty(self):
        return not self.words

    @property
    def only_places(self):
        return not self.units and bool(self.place_units)

    def text_units(self):
        """The units matched as text: the needs, or the places when the text names nothing else."""
        return self.units or self.place_units

    def wanted_stems(self):
        """Every stem a matching document may contain, for highlighting."""
        wanted = set()
        for unit in self.text_units():
            wanted.update(unit.stems())
            for word in unit.words:
                wanted.add(stem(word))
            for phrase in unit.normalised_phrases():
                wanted.update(phrase.split())
        return wanted - STOP_STEMS

    @property
    def suggestion(self):
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in self.words)


def threshold(units, best):
    """How many units a fiche must cover to be listed, given the best coverage among the matches.

    One or two units: the best coverage found (both words when a fiche has both, else either).
    Three or more: the best coverage and one less, but never under half of the units (rounded up), and
    never above the best: « mère isolée crèche » lists the fiches covering two of the three words when none
    covers all three, and those covering a single word only when none covers two."""
    if best <= 0:
        return 1
    if units <= 2:
        return best
    return min(best, max(best - 1, math.ceil(units / 2)))


def closest_word(word):
    """The indexed public word closest to `word`, or None (cached per index version)."""
    key = f"search:closest:{version_key(SEARCH_INDEX)}:{word}"
    found = cache.get(key)
    if found is None:
        found = _closest_word(word) or ""
        cache.set(key, found, 3600)
    return found or None


def indexed_words(candidates):
    """The candidates that are indexed public words, remembered in the cache per index version."""
    version = version_key(SEARCH_INDEX)
    keys = {word: f"search:indexed:{version}:{word}" for word in candidates}
    remembered = cache.get_many(keys.values())
    unseen = [word for word in candidates if keys[word] not in remembered]
    if unseen:
        found = set(Term.objects.filter(word__in=unseen).values_list("word", flat=True))
        cache.set_many({keys[word]: word in found for word in unseen}, 3600)
        remembered.update({keys[word]: word in found for word in unseen})
    return {word for word in candidates if remembered[keys[word]]}


def edit_distance(a, b):
    """Damerau-Levenshtein distance (adjacent transpositions count as one edit)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def plausible_fix(word, candidate):
    """Whether `candidate` is a typo fix of `word` rather than another word: one edit for a word of up to
    six letters, two for a longer one, the same first letter."""
    if not candidate or candidate == word or stem(candidate) == stem(word) or candidate[0] != word[0]:
        return False
    return edit_distance(word, candidate) <= (1 if len(word) <= 6 else 2)


def _closest_word(word):
    """The closest indexed word that is a plausible typo fix, unless a commune's name or a glossary term
    is at least as close: « montcau » is Montceau mistyped, not « montant »."""
    candidates = list(
        Term.objects.filter(initial=word[0], length__range=(len(word) - 2, len(word) + 2))
        .order_by("-documents")
        .values_list("word", flat=True)[:5000]
    )
    for match in difflib.get_close_matches(word, candidates, n=5, cutoff=0.75):
        if plausible_fix(word, match):
            distance = edit_distance(word, match)
            if any(edit_distance(word, other) <= distance for other in _other_words(word)):
                return None
            return match
    return None


def _other_words(word):
    """Words of commune names and glossary keys that could be what `word` was meant to be."""
    lengths = range(len(word) - 2, len(word) + 3)
    found = [w for w in place_names.get()["words"] if w[:1] == word[:1] and len(w) in lengths]
    found += [w for w in glossary_words() if w[:1] == word[:1] and len(w) in lengths]
    return found


def _place_names():
    """{"names": {first word: [(word tuple, code)]}, "prefixes": {first word: [codes]}, "postal": {postal
    code: [codes]}, "words": every word of every commune name}."""
    names, prefixes, postal, all_words = {}, {}, {}, set()
    rows = Commune.objects.order_by("-population", "code").values_list("code", "name", "postal_codes")
    for code, name, postal_codes in rows:
        name_words = tuple(w for w in words(name) if w not in STOP_WORDS)
        if not name_words:
            continue
        all_words.update(name_words)
        names.setdefault(name_words[0], []).append((name_words, code))
        first = name_words[0]
        if len(name_words) > 1 and len(first) >= 5 and first not in GENERIC_PLACE_WORDS:
            prefixes.setdefault(first, []).append(code)
        for postal_code in (postal_codes or "").split():
            postal.setdefault(postal_code, []).append(code)
    return {"names": names, "prefixes": prefixes, "postal": postal, "words": frozenset(all_words)}


# Commune names, name prefixes and postal codes, folded, per process (infopublic.derived).
place_names = DerivedValue(_place_names, COMMUNES)


def find_places(query_words, subject_words=frozenset()):
    """(words naming a commune, INSEE codes named): a whole name spelled in sequence (« saint gengoux
    national »), a postal code, or the first word of a longer name (« montceau ») unless it is a word of
    the indexed text (`subject_words`: « crèches » is not Crêches-sur-Saône)."""
    places = place_names.get()
    found, codes = set(), []
    for index, word in enumerate(query_words):
        for name_words, code in places["names"].get(word, ()):
            if tuple(query_words[index : index + len(name_words)]) == name_words:
                found.update(name_words)
                codes.append(code)
        if word not in found and word.isdigit() and word in places["postal"]:
            found.add(word)
            codes += places["postal"][word]
        if word not in found and word in places["prefixes"] and word not in subject_words:
            found.add(word)
            codes += places["prefixes"][word][:1]  # the most populated
    return frozenset(found), tuple(dict.fromkeys(codes))


def _candidates_for_prefix(query_words):
    return [w for w in query_words if w in place_names.get()["prefixes"]]


def analyse(text):
    # A single letter is an elision typed without its apostrophe (« il n a », « l etranger »), or an
    # initial: never a need (digits stay: « 115 » is a number).
    query_words = [
        w for w in words(text) if w not in STOP_WORDS and w not in FILLERS and (len(w) > 1 or w.isdigit())
    ][:MAX_WORDS]
    query_words = list(dict.fromkeys(query_words))
    if not query_words:
        return Analysis()
    # A prefix of a commune's name that is a plural of the indexed text is a need, not a place: « crèches »
    # is not Crêches-sur-Saône when « crèche » is indexed. Other prefixes name the place, even when the
    # indexed text holds them in other names (« montceau » in « Mission locale Creusot-Montceau »).
    plurals = {w: w[:-1] for w in _candidates_for_prefix(query_words) if w[-1] in "sx"}
    subject_words = set()
    if plurals:
        indexed = indexed_words(sorted({*plurals, *plurals.values()}))
        subject_words = {w for w, one in plurals.items() if w in indexed or one in indexed}
    places, communes = find_places(query_words, subject_words)
    found = lookup(query_words)
    glossary_at = {start: (end, form, phrases) for start, end, form, phrases in found}
    in_glossary = {w for start, end, _f, _p in found for w in query_words[start:end]}
    unknown = [
        w for w in query_words if len(w) >= 4 and not w.isdigit() and w not in in_glossary and w not in places
    ]
    corrections = {}
    if unknown:
        known = indexed_words(unknown)
        commune_words = place_names.get()["words"]
        for word in unknown:
            if word in known or word in commune_words:
                continue
            correction = closest_word(word)
            if correction and plausible_fix(word, correction):
                corrections[word] = correction
    units, place_units, index = [], [], 0
    while index < len(query_words):
        if index in glossary_at:
            end, form, phrases = glossary_at[index]
            unit_words = tuple(query_words[index:end])
            units.append(Unit(unit_words, form if end - index > 1 else "", tuple(phrases)))
            index = end
            continue
        word = query_words[index]
        unit = Unit((word,), correction=corrections.get(word, ""))
        (place_units if word in places else units).append(unit)
        index += 1
    return Analysis(
        words=query_words,
        units=tuple(units),
        place_units=tuple(place_units),
        places=places,
        communes=communes,
        corrections=corrections,
    )
