"""The commune resolver on the real communes of Saône-et-Loire: postal codes first, folded names, prefixes,
ambiguity, and the suggestion list."""

from django.db import transaction
from django.http import QueryDict

import pytest

from infopublic.territories.loading import load_departement
from infopublic.territories.models import Commune
from infopublic.territories.resolver import MAX_CANDIDATES, fold_name
from infopublic.territories.sources import load_fixture

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def communes(django_db_setup, django_db_blocker):
    """Every commune of Saône-et-Loire with its real postal codes and population, loaded once for the
    module in a transaction rolled back at the end (each test's changes are rolled back after it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_departement(load_fixture("71"))
        transaction.set_rollback(True)


CLUNY, LAIZE, MATOUR, SEVREY, CHALON, CHARDONNAY = "71137", "71250", "71289", "71520", "71076", "71100"
MACON, SAINTE_CECILE, MONTCEAU, PARAY = "71270", "71397", "71306", "71342"


def resolve(text, code_insee=""):
    return Commune.objects.resolve(text, code_insee)


def codes(communes):
    return [commune.code for commune in communes]


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Sainte-Cécile", "saint cecile"),
        ("st cecile", "saint cecile"),
        ("STE  CÉCILE", "saint cecile"),
        ("L'Abergement-de-Cuisery", "l abergement de cuisery"),
        ("l’abergement de cuisery", "l abergement de cuisery"),
        ("  Chalon-sur-Saône ", "chalon sur saone"),
        ("Saint-Gengoux-le-National", "saint gengoux le national"),
        ("Œuilly", "oeuilly"),
    ],
)
def test_fold_name(text, folded):
    assert fold_name(text) == folded


ONE_COMMUNE = [
    ("macon", MACON),
    ("MÂCON", MACON),
    ("sainte cecile", SAINTE_CECILE),
    ("st cecile", SAINTE_CECILE),
    ("Ste-Cécile", SAINTE_CECILE),
    ("saint cecile", SAINTE_CECILE),
    ("cecile", SAINTE_CECILE),  # the beginning of a word of the name
    ("montceau les mines", MONTCEAU),
    ("Montceau-les-Mines", MONTCEAU),
    ("chalon sur saone", CHALON),
    ("chalon saone", CHALON),  # words in order
    ("paray le monial", PARAY),
    ("  paray   le   monial ", PARAY),
    ("l'abergement-de-cuisery", "71001"),
    ("Saint Gengoux le National", "71417"),
    ("71850", "71105"),  # the postal code of Charnay-lès-Mâcon only
    ("71000 Mâcon", MACON),  # postal code and name together
    ("Mâcon (71000)", MACON),  # as the suggestion list labels it
    ("71 850", "71105"),  # spaced
    ("71870 laize", LAIZE),  # Laizé shares 71870 with Hurigny
]


def test_one_commune():
    """Every way of typing one commune (one database load for them all)."""
    for text, code in ONE_COMMUNE:
        resolution = resolve(text)
        assert resolution.commune is not None and resolution.commune.code == code, text
        assert not resolution.ambiguous and not resolution.unknown and resolution.message == "", text


def test_71250_is_cluny_s_postal_code_not_laize_s_insee_code():
    resolution = resolve("71250")
    assert resolution.commune is None and resolution.ambiguous
    listed = codes(resolution.candidates)
    assert listed[0] == CLUNY  # the most populated first
    assert LAIZE not in listed
    assert SAINTE_CECILE in listed and len(listed) == 21
    assert all("71250" in commune.postal_code_list for commune in resolution.candidates)
    assert "Plusieurs communes correspondent à « 71250 »" in str(resolution.message)


def test_71520_is_matour_and_its_neighbours_not_sevrey():
    listed = codes(resolve("71520").candidates)
    assert listed[:2] == [MATOUR, "71545"]  # Matour (1 161 inhabitants), Tramayes (1 070)
    assert SEVREY not in listed and len(listed) == 14


def test_71100_is_chalon_and_its_neighbours_not_chardonnay():
    resolution = resolve("71100")
    assert codes(resolution.candidates) == [CHALON, "71475", "71269", SEVREY, "71102"]
    assert [commune.name for commune in resolution.candidates][:2] == ["Chalon-sur-Saône", "Saint-Rémy"]
    assert CHARDONNAY not in codes(resolution.candidates)


def test_a_postal_code_with_a_name_narrows_it():
    assert resolve("71520 matour").commune.code == MATOUR
    assert resolve("71250 cecile").commune.code == SAINTE_CECILE
    assert resolve("71000 Cluny").unknown  # Cluny does not have this postal code


def test_a_beginning_shared_by_several_names_lists_them():
    for text in ("Montceau", "montceau", "MONTCEAU"):
        resolution = resolve(text)
        assert resolution.commune is None, text
        assert [commune.name for commune in resolution.candidates] == [
            "Montceau-les-Mines",
            "Montceaux-l'Étoile",
            "Montceaux-Ragny",
        ], text
    assert [commune.name for commune in resolve("Paray").candidates] == [
        "Paray-le-Monial",
        "Saint-Léger-lès-Paray",
    ]


def test_an_exact_name_wins_over_longer_names():
    # "Mâcon" also begins a word of Charnay-lès-Mâcon, Varennes-lès-Mâcon…: the exact name is meant.
    assert resolve("Macon").commune.code == MACON
    assert resolve("Lux").commune.code == "71269"


def test_homonyms_are_listed():
    Commune.objects.create(code="71998", name="Matour", departement_id="71", postal_codes="71999")
    resolution = resolve("matour")
    assert sorted(codes(resolution.candidates)) == [MATOUR, "71998"]
    # A postal code or the code picked in the list tells them apart.
    assert resolve("71999").commune.code == "71998"
    assert resolve("Matour", code_insee="71998").commune.code == "71998"


def test_a_long_list_is_cut():
    resolution = resolve("saint")
    assert len(resolution.candidates) == MAX_CANDIDATES and resolution.more
    populations = [commune.population or 0 for commune in resolution.candidates]
    assert populations == sorted(populations, reverse=True)


def test_unknown():
    for text in ["99999", "abc", "71", "7152", "715200", "Maconx", "x" * 500, "<script>", "-", "’ ."]:
        resolution = resolve(text)
        assert resolution.unknown and resolution.commune is None and not resolution.candidates, text
        assert str(resolution.message).startswith("Commune inconnue"), text


def test_empty_is_no_commune():
    for text in ("", "   ", None):
        resolution = resolve(text)
        assert resolution.commune is None and not resolution.unknown and not resolution.ambiguous


def test_an_insee_code_is_taken_only_where_it_cannot_be_confused():
    # 71289 (Matour) is no postal code: typed, it is Matour's INSEE code.
    assert resolve(MATOUR).commune.code == MATOUR
    # 71270 (Mâcon) is the postal code of Pierre-de-Bresse and its neighbours: those, never Mâcon.
    assert MACON not in codes(resolve("71270").candidates)
    # Picked in a suggestion list (code_insee=), an INSEE code is exact.
    assert resolve("", code_insee=LAIZE).commune.code == LAIZE
    assert resolve("Laizé", code_insee=LAIZE).commune.code == LAIZE
    assert resolve("", code_insee="99999").unknown
    # A Corsican INSEE code is never a postal code.
    Commune.objects.create(code="2A004", name="Ajaccio", departement_id="71", postal_codes="20000 20090")
    assert resolve("2a004").commune.code == "2A004" and resolve("20090").commune.code == "2A004"
    assert resolve("", code_insee="7125000").unknown


def test_a_text_typed_over_a_picked_code_wins():
    # The hidden code_insee stayed on Cluny; the person typed another commune afterwards.
    assert resolve("Matour", code_insee=CLUNY).commune.code == MATOUR
    assert resolve("71520", code_insee=CLUNY).ambiguous
    # Still designating the picked commune: the code says which one.
    assert resolve("71520", code_insee=MATOUR).commune.code == MATOUR
    assert resolve("Cluny", code_insee=CLUNY).commune.code == CLUNY
    assert resolve("montceau", code_insee=MONTCEAU).commune.code == MONTCEAU


def test_resolve_params_reads_commune_and_code_insee():
    assert Commune.objects.resolve_params(QueryDict("commune=macon")).commune.code == MACON
    assert Commune.objects.resolve_params(QueryDict(f"code_insee={LAIZE}")).commune.code == LAIZE
    # A commune field sent empty was cleared: the code picked before no longer counts.
    assert Commune.objects.resolve_params(QueryDict(f"commune=&code_insee={LAIZE}")).commune is None
    assert Commune.objects.resolve_params(QueryDict("")).commune is None


def test_the_resolver_sees_a_change_at_once():
    """No per-process copy: a renamed commune is found under its new name by the next call."""
    assert resolve("matour").commune.code == MATOUR
    Commune.objects.filter(code=MATOUR).update(name="Matour-en-Mâconnais")
    assert resolve("matour en maconnais").commune.code == MATOUR
    assert resolve("matour").commune.code == MATOUR  # still the only name beginning so


def test_designated_by_is_the_resolution_as_a_queryset():
    assert list(Commune.objects.designated_by("macon").values_list("code", flat=True)) == [MACON]
    assert Commune.objects.designated_by("71520").count() == 14
    assert not Commune.objects.designated_by("zzz").exists()


FIRST_SUGGESTION = [
    ("mac", MACON),
    ("macon", MACON),
    ("sainte cec", SAINTE_CECILE),
    ("st cecile", SAINTE_CECILE),
    ("cecile", SAINTE_CECILE),
    ("montceau", MONTCEAU),
    ("montceau les", MONTCEAU),
    ("chalon sur", CHALON),
    ("paray le m", PARAY),
    ("7125", CLUNY),
    ("71250", CLUNY),
    ("71520", MATOUR),
    ("71100", CHALON),
]


def test_suggestions_closest_then_most_populated():
    for text, first in FIRST_SUGGESTION:
        suggested = Commune.objects.suggest(text, limit=8)
        assert suggested and suggested[0].code == first, text


def test_suggestions_rank_by_population_within_a_match():
    names = [commune.name for commune in Commune.objects.suggest("montceau", limit=8)]
    assert names == ["Montceau-les-Mines", "Montceaux-l'Étoile", "Montceaux-Ragny"]
    saints = Commune.objects.suggest("saint", limit=8)
    assert len(saints) == 8
    assert [c.population for c in saints] == sorted((c.population for c in saints), reverse=True)
    # A postal code beginning: the communes with such a postal code, most populated first.
    assert all(c.main_postal_code.startswith("713") for c in Commune.objects.suggest("713", limit=8))
    # An INSEE code that no commune has as postal code: that commune.
    assert codes(Commune.objects.suggest(MATOUR, limit=8)) == [MATOUR]


def test_suggestions_for_nothing_useful():
    for text in ["", " ", "zzz", "715200", "99999", "x" * 500]:
        assert Commune.objects.suggest(text, limit=8) == [], text
