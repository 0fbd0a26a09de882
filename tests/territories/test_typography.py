"""French typography of generated strings: ordinal first day, « du Creusot », counts with ngettext."""

from datetime import UTC, date, datetime

from django.template import Context, Template

import pytest

from infopublic.directory.humanize import _day_phrase
from infopublic.territories.typography import at_place, count_results, duration, french_date, of_place


def test_first_day_of_the_month_is_an_ordinal():
    assert french_date(date(2026, 4, 1)) == "1er avril 2026"
    assert french_date(date(2026, 4, 2)) == "2 avril 2026"
    assert french_date(date(2026, 8, 31), with_year=False) == "31 août"
    assert french_date(None) == ""


def test_an_aware_datetime_is_read_in_paris_time():
    # 31 March 23:30 UTC is already 1 April in Paris (UTC+2).
    assert french_date(datetime(2026, 3, 31, 23, 30, tzinfo=UTC)) == "1er avril 2026"


@pytest.mark.parametrize(
    ("name", "of", "at"),
    [
        ("Le Creusot", "du Creusot", "au Creusot"),
        ("Les Bizots", "des Bizots", "aux Bizots"),
        ("La Clayette", "de La Clayette", "à La Clayette"),
        ("L’Abergement-de-Cuisery", "de L’Abergement-de-Cuisery", "à L’Abergement-de-Cuisery"),
        ("L'Abergement-Sainte-Colombe", "de L’Abergement-Sainte-Colombe", "à L'Abergement-Sainte-Colombe"),
        ("Mâcon", "de Mâcon", "à Mâcon"),
        ("Autun", "d’Autun", "à Autun"),
        ("Étang-sur-Arroux", "d’Étang-sur-Arroux", "à Étang-sur-Arroux"),
        ("Yzeure", "d’Yzeure", "à Yzeure"),
        ("Hurigny", "de Hurigny", "à Hurigny"),
        ("Lessard-en-Bresse", "de Lessard-en-Bresse", "à Lessard-en-Bresse"),
        ("Laizé", "de Laizé", "à Laizé"),
    ],
)
def test_de_and_a_before_a_commune(name, of, at):
    assert of_place(name) == of
    assert at_place(name) == at


def test_counts():
    assert count_results(0) == "aucun résultat"
    assert count_results(1) == "1 résultat"
    assert count_results(2) == "2 résultats"


def test_durations():
    assert duration(7200) == "2 heures"
    assert duration(3600) == "1 heure"
    assert duration(5400) == "1 heure 30"
    assert duration(60) == "1 minute"
    assert duration(1800) == "30 minutes"


def test_template_filters():
    template = Template(
        "{% load typography %}{{ day|french_date }}|{{ day|french_date:'sans année' }}|"
        "{{ name|of_place }}|{{ count|count_results }}"
    )
    text = template.render(Context({"day": date(2026, 5, 1), "name": "Le Creusot", "count": 0}))
    assert text == "1er mai 2026|1er mai|du Creusot|aucun résultat"


def test_opening_state_names_a_far_day_in_words():
    now = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    assert _day_phrase(datetime(2026, 4, 1, 9, 0, tzinfo=UTC), now) == "le 1er avril"
