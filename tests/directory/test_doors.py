"""The doors of a scheme: the structures that take its requests and serve the person's commune."""

from django.contrib.auth.models import AnonymousUser

import pytest

from infopublic.directory.doors import doors_by_scheme, group_by_territory, read_commune
from infopublic.directory.models import StructurePage
from tests import doors_network


@pytest.fixture
def net(home_page):
    return doors_network.build(home_page)


def titles(structures):
    return [structure.title for structure in structures]


def test_a_ccas_serves_its_own_commune_only(net):
    matour = titles(net["rsa"].doors(net["matour"]))
    assert "CCAS de Cluny" not in matour
    assert "CIAS Saint-Cyr Mère Boitier" in matour
    cluny = titles(net["rsa"].doors(net["cluny"]))
    assert "CCAS de Cluny" in cluny
    assert "CIAS Saint-Cyr Mère Boitier" not in cluny


def test_doors_of_a_national_scheme_follow_coverage_nearest_first(net):
    # Matour: its EPCI's CIAS (Trambly, 4 km), the MDS of its territory (Cluny), the département's CAF
    # (Mâcon); not the MDS of another territory, not the France services of another EPCI.
    assert titles(net["rsa"].doors(net["matour"])) == [
        "CIAS Saint-Cyr Mère Boitier",
        "Maison départementale des solidarités de Cluny",
        "CAF de Saône-et-Loire – accueil de Mâcon",
    ]
    assert titles(net["rsa"].doors(net["cluny"])) == [
        "CCAS de Cluny",
        "France services du Clunisois",
        "Maison départementale des solidarités de Cluny",
        "CAF de Saône-et-Loire – accueil de Mâcon",
    ]
    # Territory and département coverage: the MDS of the Charolais and the CAF, nothing of the Clunisois.
    assert titles(net["rsa"].doors(net["charolles"])) == [
        "Maison départementale des solidarités de Charolles",
        "CAF de Saône-et-Loire – accueil de Mâcon",
    ]
    distances = [door.distance_km for door in net["rsa"].doors(net["matour"])]
    assert distances == sorted(distances) and distances[0] < 5


def test_handled_by_brings_every_structure_of_the_networks(net):
    rsa = net["rsa"]
    rsa.handled_by.set([])
    rsa.save_revision().publish()
    # Only the structure named on the fiche is left, and it does not serve Matour.
    assert titles(rsa.doors(net["matour"])) == []
    assert titles(rsa.doors(net["blanot"])) == ["France services du Clunisois"]
    rsa.handled_by.set([net["networks"]["fcsf"]])
    rsa.save_revision().publish()
    assert titles(rsa.doors(net["matour"])) == ["Centre social de Matour"]


def test_a_national_service_is_a_door_everywhere(net):
    for commune in ("matour", "cluny", "charolles"):
        assert titles(net["listening"].doors(net[commune])) == ["Plateforme nationale d’écoute"]
    assert net["helpline"].pk in StructurePage.objects.serving_ids(net["charolles"])


def test_unpublished_and_restricted_structures_are_never_doors(net):
    assert "CCAS réservé au réseau" not in titles(net["rsa"].doors(net["matour"]))
    assert "CCAS réservé au réseau" not in titles(net["rsa"].doors(None))
    net["cias"].unpublish()
    assert "CIAS Saint-Cyr Mère Boitier" not in titles(net["rsa"].doors(net["matour"]))


def test_without_a_commune_every_door_grouped_by_territory(net):
    doors = net["rsa"].doors(None)
    assert len(doors) == 6
    groups = group_by_territory(doors)
    assert [(group["heading"], titles(group["structures"])) for group in groups] == [
        ("Tout le département : Saône-et-Loire", ["CAF de Saône-et-Loire – accueil de Mâcon"]),
        ("Charolais – Brionnais", ["Maison départementale des solidarités de Charolles"]),
        (
            "Mâconnais – Clunisois",
            [
                "CCAS de Cluny",
                "France services du Clunisois",
                "Maison départementale des solidarités de Cluny",
                "CIAS Saint-Cyr Mère Boitier",
            ],
        ),
    ]
    national = group_by_territory(net["listening"].doors(None))
    assert [group["heading"] for group in national] == ["Partout en France (à distance)"]


def test_network_only_contacts_for_members_only(net):
    anonymous = {door.title: door for door in net["rsa"].doors(net["matour"], AnonymousUser())}
    assert anonymous["CIAS Saint-Cyr Mère Boitier"].network_contacts == []
    member = {door.title: door for door in net["rsa"].doors(net["matour"], net["member"])}
    assert [c.name for c in member["CIAS Saint-Cyr Mère Boitier"].network_contacts] == [
        "Ligne directe de la coordinatrice"
    ]


def test_doors_of_many_schemes_take_a_bounded_number_of_queries(net, django_assert_max_num_queries):
    schemes = [net["rsa"], net["listening"], net["local_aid"]]
    # Link tables (3), coverage (6), structures (1), the member's permissions (2), their contacts (1).
    with django_assert_max_num_queries(14):
        doors = doors_by_scheme(schemes, net["matour"], net["member"])
        for found in doors.values():
            for door in found:
                door.commune and door.point and door.notice_is_active()
    assert titles(doors[net["local_aid"].pk]) == []
    # Link tables (3), structures and their territories (4).
    with django_assert_max_num_queries(8):
        for found in doors_by_scheme(schemes, None).values():
            group_by_territory(found)


def test_read_commune_names_one_or_lists_the_candidates(net):
    assert read_commune("Matour").commune == net["matour"]
    assert read_commune("71289").commune == net["matour"]
    ambiguous = read_commune("71520")
    assert ambiguous.commune is None and {c.name for c in ambiguous.candidates} == {"Matour", "Trambly"}
    unknown = read_commune("<script>")
    assert unknown.unknown and list(unknown.candidates) == []
    assert not read_commune("  ").unknown
