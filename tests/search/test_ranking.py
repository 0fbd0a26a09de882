"""The right order, on every engine: a fiche's subject above the place names of others' titles, contacts
under their structure, ranking on how much of the need a fiche covers, glossary synonyms both ways and
typo suggestions that are never less plausible than what was typed."""

from django.db import transaction

import pytest

from infopublic.directory.choices import Visibility
from infopublic.taxonomy.models import GlossaryTerm, NetworkType
from infopublic.territories.models import Commune
from search.analysis import analyse, threshold
from search.engine import database_engine
from search.indexing import rebuild_all

from ..factories import SchemePageFactory, StructureContactFactory, StructurePageFactory
from .conftest import home_and_territories
from .corpus import MATOUR, build_corpus
from .test_contract import find, page_ids, titles

pytestmark = pytest.mark.django_db

CLUNY, MONTCEAU, FRAGNES, CRECHES = "71137", "71306", "71204", "71150"
TOWN_HALL_SUMMARY = "Accueil de la mairie : état civil, urbanisme, élections et premier renseignement."


def town_hall(parent, network, code, title):
    commune = Commune.objects.get(code=code)
    page = StructurePageFactory(
        parent=parent, title=title, summary=TOWN_HALL_SUMMARY, commune_id=code, phone="03 85 00 00 00"
    )
    page.network_types.set([network])
    page.served_communes.set([commune])
    return page


def add_ranking_pages(data):
    """Town halls whose commune names hold subject words, a second food aid, an MDS, glossary terms."""
    pages, parent = data["pages"], data["pages"]["rsa"].get_parent()
    network = NetworkType.objects.create(value="communes", label="Communes")
    pages["mairie_fragnes"] = town_hall(parent, network, FRAGNES, "Mairie de Fragnes-La Loyère")
    pages["mairie_creches"] = town_hall(parent, network, CRECHES, "Mairie de Crêches-sur-Saône")
    pages["mairie_matour"] = town_hall(parent, network, MATOUR, "Mairie de Matour")
    pages["epicerie_cluny"] = SchemePageFactory(
        parent=parent,
        title="Aide alimentaire – épicerie sociale de Cluny",
        summary="Des produits à petit prix pour les foyers aux faibles ressources de Cluny.",
    )
    pages["epicerie_cluny"].zone_communes.set([CLUNY])
    pages["epicerie_montceau"] = SchemePageFactory(
        parent=parent,
        title="Épicerie solidaire",
        summary="Aide alimentaire : des courses à petit prix, sur orientation d’un travailleur social.",
    )
    pages["epicerie_montceau"].zone_communes.set([MONTCEAU])
    pages["ados"] = SchemePageFactory(
        parent=parent,
        title="Maison des adolescents",
        summary="Un lieu d’écoute pour les adolescents et leurs parents : mal-être, scolarité, santé.",
        zone_national=True,
    )
    pages["mds"] = StructurePageFactory(
        parent=parent,
        title="Maison départementale des solidarités de Cluny",
        summary="Travailleurs sociaux du Département, PMI et insertion. Montant des aides selon les cas.",
        commune_id=CLUNY,
        phone="03 85 59 11 40",
    )
    pages["mds"].served_communes.set([CLUNY, MATOUR])
    StructureContactFactory(structure=pages["mds"], name="Secrétariat de la MDS", phone="03 85 59 11 41")
    StructureContactFactory(
        structure=pages["mds"],
        name="Cadre de permanence",
        phone="03 85 59 11 49",
        visibility=Visibility.NETWORK,
    )
    pages["apl"] = SchemePageFactory(
        parent=parent,
        title="APL",
        summary="Une aide de la CAF pour les locataires, versée chaque mois.",
        zone_national=True,
    )
    rsa = GlossaryTerm.objects.get(acronym="RSA")
    rsa.synonyms = "minimum social\nRMI"
    rsa.save()
    GlossaryTerm.objects.create(acronym="APL", expansion="aide personnalisée au logement")
    GlossaryTerm.objects.create(
        acronym="MDS",
        expansion="maison départementale des solidarités",
        synonyms="assistante sociale de secteur",
    )
    GlossaryTerm.objects.create(
        acronym="CCAS",
        expansion="centre communal d’action sociale",
        synonyms="action sociale de la mairie",
    )
    GlossaryTerm.objects.create(acronym="AS", expansion="assistante sociale", synonyms="MDS\nCCAS")
    for page in pages.values():
        page.save()


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The contract corpus and the pages above, indexed once per module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        data = build_corpus(home_and_territories())
        add_ranking_pages(data)
        rebuild_all(database_engine())
        yield data
        transaction.set_rollback(True)


def test_a_subject_ranks_above_a_commune_name(engine, corpus):
    pages = corpus["pages"]
    loyer = find("loyer", page_size=50)
    assert titles(loyer)[0] == "Fonds de solidarité pour le logement"
    assert pages["mairie_fragnes"].pk not in page_ids(loyer)
    creche = find("crèche", page_size=50)
    assert titles(creche)[0] == "Crèche AVIP Les Petits Pas"
    assert pages["mairie_creches"].pk not in page_ids(creche)
    assert pages["mairie_creches"].pk not in page_ids(find("crèches", page_size=50))


def test_a_town_hall_ranks_for_mairie_its_commune_and_as_its_door(engine, corpus):
    pages = corpus["pages"]
    assert page_ids(find("mairie", page_size=50)) >= {pages["mairie_fragnes"].pk, pages["mairie_matour"].pk}
    assert titles(find("mairie fragnes la loyère"))[0] == "Mairie de Fragnes-La Loyère"
    assert titles(find("Fragnes-La Loyère"))[0] == "Mairie de Fragnes-La Loyère"
    assert titles(find("mairie matour"))[0] == "Mairie de Matour"
    # The person's commune given: its town hall is the door for « mairie ».
    matour = Commune.objects.get(code=MATOUR)
    assert titles(find("mairie", commune=matour)) == ["Mairie de Matour"]


def test_contacts_are_grouped_under_their_structure(engine, corpus):
    result = find("secrétariat MDS", page_size=50)
    assert result.hits[0].title == "Maison départementale des solidarités de Cluny"
    assert not any(hit.kind == "contact" for hit in result.hits)
    assert [(c.name, c.phone) for c in result.hits[0].contacts] == [
        ("Secrétariat de la MDS", "03 85 59 11 41")
    ]
    assert result.hits[0].phone == "03 85 59 11 40"
    assert result.as_dict()["results"][0]["contacts"][0]["phone"] == "03 85 59 11 41"
    # A contact matched alone brings its structure, and is shown under it.
    ccas = find("accueil du CCAS", page_size=50)
    first = ccas.hits[0]
    assert first.title == "CCAS de Matour" and [c.name for c in first.contacts] == ["Accueil du CCAS"]
    # Network-only contacts stay out for anyone else.
    assert "Cadre de permanence" not in str(find("cadre permanence MDS", page_size=50).as_dict())


def test_ranking_on_how_much_of_the_need_a_fiche_covers(engine, corpus):
    pages = corpus["pages"]
    # No fiche has both words: the best partial answer first, and the result says it is partial.
    ados = find("addiction adolescent")
    assert titles(ados)[0] == "Maison des adolescents" and ados.relaxed
    creche = find("mère isolée crèche")
    assert titles(creche)[0] == "Crèche AVIP Les Petits Pas" and creche.relaxed
    # Both words found: only the fiches having both.
    chauffage = find("aide chauffage", page_size=50)
    assert page_ids(chauffage) == {pages["chauffage"].pk} and not chauffage.relaxed
    # A commune named in the text ranks what serves it first.
    montceau = find("aide alimentaire à Montceau", page_size=50)
    assert titles(montceau)[:2] == ["Épicerie solidaire", "Aide alimentaire – épicerie sociale de Cluny"]
    assert not montceau.relaxed
    cluny = find("aide alimentaire cluny", page_size=50)
    assert titles(cluny)[0] == "Aide alimentaire – épicerie sociale de Cluny"


@pytest.mark.parametrize(
    "text, title",
    [
        ("rmi", "Revenu de solidarité active"),
        ("minimum social", "Revenu de solidarité active"),
        ("apl", "APL"),
        ("aide personnalisée au logement", "APL"),
        ("maison departementale des solidarites", "Maison départementale des solidarités de Cluny"),
        ("mds", "Maison départementale des solidarités de Cluny"),
    ],
)
def test_glossary_synonyms_work_both_ways(engine, corpus, text, title):
    assert titles(find(text))[0] == title


def test_assistante_sociale_finds_the_mds_and_the_ccas(engine, corpus):
    found = titles(find("assistante sociale"))[:3]
    assert "Maison départementale des solidarités de Cluny" in found and "CCAS de Matour" in found


def test_did_you_mean_is_never_less_plausible_than_what_was_typed(engine, corpus):
    assert find("domicilation").suggestion == "domiciliation"
    # A commune's name (even mistyped) and a glossary term are not typos of an indexed word.
    for text in ("montceau", "montcau", "loyère", "fragnes", "rmi"):
        assert find(text).suggestion == "", text
    assert analyse("montcau").corrections == {}


def test_threshold():
    assert [threshold(1, 1), threshold(2, 2), threshold(2, 1)] == [1, 2, 1]
    assert [threshold(3, 3), threshold(3, 2), threshold(3, 1)] == [2, 2, 1]
    assert [threshold(5, 5), threshold(5, 4), threshold(5, 2)] == [4, 3, 2]
