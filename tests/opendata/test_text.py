"""Imported text loses every tag, even when hidden behind entities; exported rich text becomes plain text."""

import pytest

from infopublic.opendata.text import clean_line, clean_paragraphs, paragraphs_to_rich_text, rich_text_to_plain


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<script>alert(1)</script>Accueil", "alert(1)Accueil"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;Accueil", "alert(1)Accueil"),
        ("&amp;lt;img src=x onerror=alert(1)&amp;gt;Accueil", "Accueil"),
        ("<!-- caché -->Accueil  social\u0000\n", "Accueil social"),
        ("Aide < 500 € & conseils", "Aide < 500 € & conseils"),
        ("a<b", "a‹b"),
        ("Café\u00a0solidaire", "Café\u00a0solidaire"),
    ],
)
def test_clean_line_strips_markup(value, expected):
    assert clean_line(value) == expected


def test_clean_paragraphs_keeps_paragraphs_and_escapes_when_rendered_as_rich_text():
    text = clean_paragraphs("Ligne <b>un</b>\n\n\n  Deux &lt;i&gt;\n")
    assert text == "Ligne un\n\nDeux"
    assert paragraphs_to_rich_text("A & B\n\nC < D") == "<p>A &amp; B</p><p>C &lt; D</p>"


def test_rich_text_to_plain():
    assert (
        rich_text_to_plain('<p>Un <a href="/x">lien</a></p><ul><li>a</li><li>b</li></ul>')
        == "Un lien\n\na\n\nb"
    )
