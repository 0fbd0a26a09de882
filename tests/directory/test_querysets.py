"""Which structures serve a commune, which schemes apply there."""

import pytest

from infopublic.directory.models import SchemePage, StructurePage
from infopublic.territories.models import SocialActionTerritory
from tests.factories import (
    CommuneFactory,
    DepartementFactory,
    EPCIFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructurePageFactory,
)


@pytest.fixture
def places(db):
    departement = DepartementFactory()
    other_departement = DepartementFactory(code="21", name="Côte-d’Or")
    clunisois, charolais = EPCIFactory(name="CC du Clunisois"), EPCIFactory(name="CC Le Grand Charolais")
    return {
        "cluny": CommuneFactory(code="71137", name="Cluny", epci=clunisois, departement=departement),
        "blanot": CommuneFactory(code="71039", name="Blanot", epci=clunisois, departement=departement),
        "charolles": CommuneFactory(code="71106", name="Charolles", epci=charolais, departement=departement),
        "no_epci": CommuneFactory(code="71999", name="Sans EPCI", epci=None, departement=departement),
        "beaune": CommuneFactory(code="21054", name="Beaune", epci=None, departement=other_departement),
        "clunisois": clunisois,
        "charolais": charolais,
        "departement": departement,
    }


@pytest.fixture
def partner(home_page):
    return PartnerPageFactory(parent=home_page, title="Partenaire")


def structure(partner, title, **coverage):
    page = StructurePageFactory(parent=partner, title=title, commune=coverage.pop("commune", None))
    for field, values in coverage.items():
        getattr(page, field).set(values)
    page.save()
    return page


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


def test_serving_follows_location_communes_epci_territories_and_departement(places, partner):
    territory = SocialActionTerritory.objects.create(
        name="Charolais – Brionnais", slug="charolais-brionnais", departement=places["departement"]
    )
    territory.communes.set([places["charolles"]])
    structure(partner, "Située à Cluny", commune=places["cluny"])
    structure(partner, "Dessert Blanot", served_communes=[places["blanot"]])
    structure(partner, "Dessert le Clunisois", served_epcis=[places["clunisois"]])
    structure(partner, "Dessert le Charolais", served_territories=[territory])
    structure(partner, "Dessert le 71", served_departements=[places["departement"]])
    structure(partner, "Ailleurs", commune=places["beaune"])

    assert titles(StructurePage.objects.serving(places["cluny"])) == [
        "Dessert le 71",
        "Dessert le Clunisois",
        "Située à Cluny",
    ]
    assert titles(StructurePage.objects.serving(places["blanot"])) == [
        "Dessert Blanot",
        "Dessert le 71",
        "Dessert le Clunisois",
    ]
    assert titles(StructurePage.objects.serving(places["charolles"])) == [
        "Dessert le 71",
        "Dessert le Charolais",
    ]
    assert titles(StructurePage.objects.serving(places["no_epci"])) == ["Dessert le 71"]
    assert titles(StructurePage.objects.serving(places["beaune"])) == ["Ailleurs"]


def test_serving_returns_each_structure_once_and_stays_chainable(places, partner):
    structure(
        partner,
        "Partout",
        commune=places["cluny"],
        served_communes=[places["cluny"], places["blanot"]],
        served_epcis=[places["clunisois"]],
        served_departements=[places["departement"]],
    )
    serving = StructurePage.objects.live().serving(places["cluny"])
    assert serving.count() == 1
    assert serving.order_by("title").first().title == "Partout"


def scheme(partner, title, **zone):
    page = SchemePageFactory(parent=partner, title=title, zone_national=zone.pop("national", False))
    for field, values in zone.items():
        getattr(page, field).set(values)
    page.save()
    return page


def test_applying_to_follows_the_residence_zone(places, partner):
    rsa = scheme(partner, "RSA", national=True)
    scheme(partner, "FSL 71", zone_departements=[places["departement"]])
    scheme(partner, "Transport du Clunisois", zone_epcis=[places["clunisois"]])
    scheme(partner, "Épicerie de Cluny", zone_communes=[places["cluny"]])
    scheme(partner, "Sans zone")

    assert titles(SchemePage.objects.applying_to(places["cluny"])) == [
        "FSL 71",
        "RSA",
        "Transport du Clunisois",
        "Épicerie de Cluny",
    ]
    assert titles(SchemePage.objects.applying_to(places["blanot"])) == [
        "FSL 71",
        "RSA",
        "Transport du Clunisois",
    ]
    assert titles(SchemePage.objects.applying_to(places["charolles"])) == ["FSL 71", "RSA"]
    assert titles(SchemePage.objects.applying_to(places["no_epci"])) == ["FSL 71", "RSA"]
    assert titles(SchemePage.objects.applying_to(places["beaune"])) == ["RSA"]
    assert rsa.covers_commune(places["beaune"])
    assert not SchemePage.objects.get(title="Épicerie de Cluny").covers_commune(places["blanot"])
