"""On every engine: a fiche whose title names the need comes before those that only list it; a commune's
first word names the place even when another name puts it in the indexed text; single letters and words of
time are not needs."""

from django.db import transaction

import pytest

from infopublic.taxonomy.models import NetworkType
from search.analysis import analyse
from search.engine import database_engine
from search.indexing import rebuild_all

from ..factories import SchemePageFactory, StructurePageFactory
from .conftest import home_and_territories
from .corpus import build_corpus
from .test_contract import find, titles

pytestmark = pytest.mark.django_db

CLUNY, MONTCEAU = "71137", "71306"
CAF_SUMMARY = "Prime d’activité : prime d’activité, prime d’activité, prime d’activité."
# A long text lowers the fiche's text score: its title must still put it first.
LONG = " ".join(["Salariés, travailleurs indépendants et fonctionnaires, selon leurs ressources."] * 12)


def add_pages(data):
    parent = data["pages"]["rsa"].get_parent()
    for town in ("Mâcon", "Chalon-sur-Saône"):
        StructurePageFactory(
            parent=parent, title=f"Caisse d’allocations – accueil de {town}", summary=CAF_SUMMARY
        )
    SchemePageFactory(
        parent=parent,
        title="Prime d’activité",
        summary="Un complément de revenus pour les travailleurs aux revenus modestes. " + LONG,
        zone_national=True,
    )
    ccas, _created = NetworkType.objects.get_or_create(value="ccas-cias", defaults={"label": "CCAS / CIAS"})
    for code, title in ((MONTCEAU, "CCAS de Montceau-les-Mines"), (CLUNY, "CCAS de Cluny")):
        page = StructurePageFactory(
            parent=parent, title=title, summary="Aide sociale légale et facultative.", commune_id=code
        )
        page.served_communes.set([code])
        page.network_types.set([ccas])
    # « montceau » in the indexed text, in a name that is not a commune's.
    SchemePageFactory(
        parent=parent,
        title="Mission locale Creusot-Montceau",
        summary="Accompagnement des jeunes vers l’emploi.",
        zone_national=True,
    )
    # A fiche with both words: ahead when « montceau » was read as a need.
    secours = SchemePageFactory(
        parent=parent,
        title="Secours exceptionnel",
        summary="Une aide ponctuelle du CCAS de Montceau-les-Mines, dans la commune de Montceau.",
    )
    secours.zone_communes.set([MONTCEAU])


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The contract corpus and the pages above, indexed once per module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        data = build_corpus(home_and_territories())
        add_pages(data)
        rebuild_all(database_engine())
        yield data
        transaction.set_rollback(True)


def test_a_title_naming_the_need_comes_first(engine, corpus):
    assert titles(find("prime d activite"))[0] == "Prime d’activité"
    assert titles(find("prime activité"))[0] == "Prime d’activité"


def test_a_commune_s_first_word_names_the_place(engine, corpus):
    assert [unit.words for unit in analyse("CCAS montceau").units] == [("ccas",)]
    assert analyse("CCAS montceau").communes == (MONTCEAU,)
    assert titles(find("CCAS montceau"))[0] == "CCAS de Montceau-les-Mines"
    assert titles(find("ccas cluny"))[0] == "CCAS de Cluny"


def test_single_letters_and_words_of_time_are_not_needs(corpus):
    assert [unit.words for unit in analyse("il n a plus aucune ressource").units] == [("ressource",)]
    assert [unit.words for unit in analyse("partir a l etranger").units] == [("partir",), ("etranger",)]
    assert [unit.words for unit in analyse("il dort dehors ce soir").units] == [("dort",), ("dehors",)]
    assert [unit.words for unit in analyse("115").units] == [("115",)]
