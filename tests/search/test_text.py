"""The French normalisation used by the database engine."""

import pytest

from search.text import highlight, stems


@pytest.mark.parametrize(
    "text, expected",
    [
        ("familles monoparentales", ["famill", "monoparental"]),
        ("famille monoparentale", ["famill", "monoparental"]),
        ("l'allocation", ["allocation"]),
        ("L’Allocation", ["allocation"]),
        ("Crèches", ["crech"]),
        ("creche", ["crech"]),
        ("active", ["actif"]),
        ("directrice", ["directeur"]),
        ("chevaux", ["cheval"]),
        ("aide pour payer le loyer à Matour", ["aide", "payer", "loyer", "matour"]),
        ("cœur", ["coeur"]),
    ],
)
def test_stems(text, expected):
    assert stems(text) == expected


def test_highlight_escapes_and_marks():
    snippet = highlight("<p>Le <b>RSA</b> & les <script>x</script> familles</p>", {"rsa", "famill"})
    assert "<mark>RSA</mark>" in snippet and "<mark>familles</mark>" in snippet
    assert "<script" not in snippet and "<b>" not in snippet
    assert highlight("a &lt;img src=x onerror=alert(1)&gt; b", {"img"}).count("&lt;") == 1
