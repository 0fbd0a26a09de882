"""How words combine, on every engine: every word must match, commune names only rank, and a search
that no fiche fully answers is relaxed to any word, and says so."""

import pytest

from infopublic.territories.models import Commune
from search.analysis import analyse

from .corpus import CHALON, CONTACT_TOKEN, MACON, MATOUR, NOTE_TOKEN, TRAMAYES
from .test_contract import find, page_ids, titles

pytestmark = pytest.mark.django_db


def test_every_word_must_match(engine, corpus):
    pages = corpus["pages"]
    result = find("aide chauffage")
    assert page_ids(result) == {pages["chauffage"].pk}
    assert not result.relaxed
    # "aide" alone matches more: the second word narrows, it does not widen.
    assert {pages["chauffage"].pk, pages["fsl"].pk} <= page_ids(find("aide", page_size=50))


def test_relaxed_when_no_fiche_has_every_word(engine, corpus):
    pages = corpus["pages"]
    result = find("chauffage domiciliation", page_size=50)
    assert result.relaxed
    assert {pages["chauffage"].pk, pages["ccas"].pk, pages["domiciliation"].pk} <= page_ids(result)
    assert result.as_dict()["relaxed"] is True


def test_single_word_is_never_relaxed(engine):
    result = find("zzyzxqwv")
    assert result.total == 0 and not result.relaxed


def test_commune_names_in_the_text_only_rank(engine, corpus):
    pages = corpus["pages"]
    # The FSL covers the whole département without naming Matour: the commune does not exclude it.
    result = find("aide pour payer le loyer à Matour")
    assert not result.relaxed
    assert pages["fsl"].pk in page_ids(result)
    # ... and a fiche that does name it comes first.
    assert titles(find("CCAS Matour", kinds=("structure",)))[0] == "CCAS de Matour"
    multiword = find("domiciliation Saint-Gengoux-le-National")
    assert not multiword.relaxed and pages["domiciliation"].pk in page_ids(multiword)


def test_a_member_needs_every_word_across_public_and_network_text(engine, corpus, member):
    pages = corpus["pages"]
    strict = find(f"domiciliation {NOTE_TOKEN}", member)
    assert page_ids(strict) == {pages["ccas"].pk} and not strict.relaxed
    # Anonymous: the token is in a network note only, so no fiche has both words; the relaxed search
    # must not reveal it either.
    anonymous = find(f"domiciliation {NOTE_TOKEN}", page_size=50)
    assert anonymous.relaxed
    for hit in anonymous.hits:
        assert "zqxwv" not in hit.snippet + hit.title


def test_network_only_contacts_stay_out_of_relaxed_searches(engine, member):
    anonymous = find(f"ligne directe {CONTACT_TOKEN} accueil", page_size=50)
    assert not any("Ligne directe" in hit.title or "zqxwv" in hit.snippet for hit in anonymous.hits)
    hits = find(f"ligne directe {CONTACT_TOKEN}", member).hits
    assert any("Ligne directe" in contact.name for hit in hits for contact in hit.contacts)


def test_commune_names_are_read_from_the_territories(corpus):
    assert analyse("ccas saint gengoux le national").places == {"saint", "gengoux", "national"}
    assert analyse("aide matourville").places == frozenset()
    commune = Commune.objects.get(code="71289")
    commune.name = "Matourville"
    commune.save()
    assert analyse("aide matourville").places == {"matourville"}


@pytest.mark.parametrize("code", [MATOUR, MACON, TRAMAYES, CHALON])
def test_text_search_and_browsing_agree_on_what_covers_a_commune(engine, code):
    """A text search checks coverage its own way (filter keys in the match): the same communes come out."""
    commune = Commune.objects.get(code=code)
    covering = page_ids(find(commune=commune, page_size=50))
    for text in ("aide", "accueil", "allocation", "CCAS"):
        assert (
            page_ids(find(text, commune=commune, page_size=50))
            == page_ids(find(text, page_size=50)) & covering
        )
