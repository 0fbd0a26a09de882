"""Automatic `<abbr title>` markup of the glossary's acronyms in rendered HTML."""

import re

from django.utils.html import escape

from infopublic.derived.versions import GLOSSARY, DerivedValue
from infopublic.taxonomy.models import GlossaryTerm

TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"^</?\s*([a-zA-Z0-9]+)")
# Text inside these elements is left alone.
SKIPPED_ELEMENTS = {"abbr", "a", "code", "pre", "script", "style", "textarea", "title", "button", "option"}


def _terms():
    return dict(GlossaryTerm.objects.values_list("acronym", "expansion"))


_glossary_terms = DerivedValue(_terms, GLOSSARY)


def glossary_terms():
    """{acronym: expansion}, kept per process until a term changes (infopublic.derived)."""
    return _glossary_terms.get()


def acronym_pattern(acronyms):
    alternatives = "|".join(re.escape(acronym) for acronym in sorted(acronyms, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])({alternatives})(?![\w\-])")


def mark_acronyms(html, terms=None):
    """Return `html` (already safe) with the first occurrence of each acronym wrapped in `<abbr>`."""
    terms = glossary_terms() if terms is None else terms
    if not terms or not html:
        return html
    pattern = acronym_pattern(terms)
    seen = set()
    skipped_depth = 0

    def replace(match):
        acronym = match.group(1)
        if acronym in seen:
            return acronym
        seen.add(acronym)
        return f'<abbr title="{escape(terms[acronym])}">{acronym}</abbr>'

    parts = []
    for chunk in TAG.split(html):
        if chunk.startswith("<"):
            name = TAG_NAME.match(chunk)
            if name and name.group(1).lower() in SKIPPED_ELEMENTS and not chunk.endswith("/>"):
                skipped_depth += -1 if chunk.startswith("</") else 1
                skipped_depth = max(skipped_depth, 0)
            parts.append(chunk)
        elif skipped_depth or not chunk.strip():
            parts.append(chunk)
        else:
            parts.append(pattern.sub(replace, chunk))
    return "".join(parts)
