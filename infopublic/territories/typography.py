"""French typography of generated text: ordinal first day, article before a commune's name, counts.

`french_date(date(2026, 4, 1))` → "1er avril 2026"; `of_place("Le Creusot")` → "du Creusot";
`of_place("Autun")` → "d’Autun"; `count_phrase(0, "résultat", "résultats")` → "aucun résultat".
"""

import unicodedata
from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

__all__ = ["at_place", "count_results", "duration", "french_date", "of_place"]

ELIDING_INITIALS = set("aeiouy")


def french_date(value, with_year=True):
    """`1er avril 2026`, `2 avril 2026` (the first day of a month is an ordinal in French)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = _("1er") if value.day == 1 else str(value.day)
    month_year = date_format(value, "F Y" if with_year else "F")
    return f"{day} {month_year}"


def _split_article(name):
    """("le", "Creusot"), ("les", "Bizots"), ("la", "Clayette"), ("l’", "Abergement"), or ("", name)."""
    name = (name or "").strip()
    for article in ("Le ", "Les ", "La "):
        if name.startswith(article) and len(name) > len(article):
            return article.strip().lower(), name[len(article) :]
    for apostrophe in ("L’", "L'"):
        if name.startswith(apostrophe) and len(name) > 2:
            return "l’", name[2:]
    return "", name


def _elides(word):
    """Whether "de" becomes "d’" before `word` (a vowel or y, accents ignored; h is left alone)."""
    first = unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode().lower()
    return first in ELIDING_INITIALS


def of_place(name):
    """ "de" + a commune's name: `du Creusot`, `des Bizots`, `de La Clayette`, `de L’Abergement`, `de Mâcon`,
    `d’Autun`. The feminine and elided articles stay part of the name, capital included (official usage)."""
    article, rest = _split_article(name)
    if article == "le":
        return f"du {rest}"
    if article == "les":
        return f"des {rest}"
    name = (name or "").strip().replace("L'", "L’", 1)
    if not article and _elides(name):
        return f"d’{name}"
    return f"de {name}"


def at_place(name):
    """ "à" + a commune's name: `au Creusot`, `aux Bizots`, `à La Clayette`, `à Mâcon`."""
    article, rest = _split_article(name)
    if article == "le":
        return f"au {rest}"
    if article == "les":
        return f"aux {rest}"
    return f"à {(name or '').strip()}"


def count_results(count):
    """`aucun résultat`, `1 résultat`, `2 résultats`."""
    if not count:
        return _("aucun résultat")
    return ngettext("%(count)s résultat", "%(count)s résultats", count) % {"count": count}


def duration(seconds):
    """`2 heures`, `1 heure 30`, `45 minutes`, `1 minute`."""
    minutes = max(0, int(seconds)) // 60
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return ngettext("%(count)s minute", "%(count)s minutes", minutes) % {"count": minutes}
    text = ngettext("%(count)s heure", "%(count)s heures", hours) % {"count": hours}
    return f"{text} {minutes:02d}" if minutes else text
