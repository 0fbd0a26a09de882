"""Acronyms and synonyms from the glossary, applied at query time and cached until the glossary changes.

Every form of a term works both ways: its acronym, its expansion and each synonym (« RMI », « revenu
minimum », « RSA », « revenu de solidarité active ») is a key that expands to all the other forms. A key may
have several words (« assistante sociale », « aide personnalisée au logement »): it is read in the query
as one unit. A form that is itself another term's acronym (« MDS » among the synonyms of « assistante
sociale ») brings that term's expansion too, one level deep, but is not a key of this term: « MDS » does
not expand to « CCAS »."""

from infopublic.derived.versions import GLOSSARY, DerivedValue
from infopublic.taxonomy.models import GlossaryTerm

from .text import STOP_WORDS, fold, stem, words

__all__ = [
    "MAX_KEY_WORDS",
    "expansions",
    "glossary_words",
    "key_of",
    "lookup",
    "matching_terms",
]

MAX_KEY_WORDS = 6


def key_of(text):
    """The lookup key of a form: the stems of its folded words without stop words, space-joined
    (« assistante sociale » and « assistant social » are one key)."""
    return " ".join(stem(word) for word in words(text.replace("+", "")) if word not in STOP_WORDS)


def _forms(term):
    return list(dict.fromkeys([term.acronym, term.expansion, *term.synonym_list()]))


def _build():
    terms = list(GlossaryTerm.objects.all())
    expansion_of = {key_of(term.acronym): term.expansion for term in terms}
    mapping = {}  # key -> {"form": the form as written, "phrases": [the other forms]}
    for term in terms:
        forms = _forms(term)
        own_acronym = key_of(term.acronym)
        for form in forms:
            key = key_of(form)
            if not key or len(key.split()) > MAX_KEY_WORDS:
                continue
            if key != own_acronym and key in expansion_of:
                continue  # another term's acronym is a reference, not a form of this term
            entry = mapping.setdefault(key, {"form": form, "phrases": []})
            for other in forms:
                other_key = key_of(other)
                if not other_key or other_key == key:
                    continue
                chained = expansion_of.get(other_key)
                for phrase in (other, chained) if chained and other_key != own_acronym else (other,):
                    if phrase and key_of(phrase) != key and phrase not in entry["phrases"]:
                        entry["phrases"].append(phrase)
    listing = [
        {
            "acronym": term.acronym,
            "expansion": term.expansion,
            "folded": fold(f"{term.acronym} {term.expansion}"),
        }
        for term in terms
    ]
    longest = max((len(key.split()) for key in mapping), default=1)
    every_word = frozenset(word for key in mapping for word in key.split())
    return {"mapping": mapping, "terms": listing, "longest": longest, "words": every_word}


# Per process, rebuilt when the glossary changes (infopublic.derived).
_entries = DerivedValue(_build, GLOSSARY)


def _load():
    return _entries.get()


def lookup(query_words):
    """[(start, end, form, phrases)] of the glossary keys found in the query's words (stop words removed,
    compared by stem), longest first and without overlap, left to right."""
    loaded = _load()
    mapping, found, index = loaded["mapping"], [], 0
    while index < len(query_words):
        for length in range(min(loaded["longest"], len(query_words) - index), 0, -1):
            entry = mapping.get(" ".join(stem(word) for word in query_words[index : index + length]))
            if entry is not None:
                found.append((index, index + length, entry["form"], entry["phrases"]))
                index += length
                break
        else:
            index += 1
    return found


def glossary_words():
    """Every word of every glossary key."""
    return _load()["words"]


def expansions(query_words):
    """{query word: [phrases]} for the single words of a query that are glossary keys."""
    mapping = _load()["mapping"]
    return {word: mapping[stem(word)]["phrases"] for word in query_words if stem(word) in mapping}


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
