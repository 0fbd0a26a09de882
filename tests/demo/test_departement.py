"""The département's doors of `load_demo`: counts, coverage by network type, tags, freshness, idempotence,
and a search index complete without `search_rebuild`."""

from io import StringIO

from django.core.management import call_command
from django.db.models import Q

from data_inclusion.schema.v1 import ReseauPorteur

from infopublic.demo.departement import PARTNERS, STRUCTURES
from infopublic.demo.structures import STRUCTURES as SEED_STRUCTURES
from infopublic.directory.models import StructurePage
from infopublic.network.models import PartnerPage
from infopublic.territories.models import EPCI, Commune
from search.models import Document
from tests.network.demo_tree import SMALL_DEMO, DemoTreeTestCase

TOWN_HALLS = "communes-de-saone-et-loire"

# Network types through which national schemes find a door for every commune of the département.
EVERYWHERE = [
    "caf",
    "cpam",
    "mutualite-sociale-agricole",
    "mdph",
    "maisons-des-solidarites",
    "maison-departementale-de-lautonomie",
    "france-travail",
    "mission-locale",
    "france-service",
    "siao",
    "cidff",
    "csapa",
    "points-justice",
    "points-conseil-budget",
    "banques-alimentaires",
]


def covered_communes(structures):
    """Codes of the communes served by any of `structures`, by the rules of StructurePage.serving()."""
    ids = structures.values("pk")
    communes = Commune.objects.filter(
        Q(structures__in=ids)
        | Q(served_by__in=ids)
        | Q(social_action_territories__served_by__in=ids)
        | Q(epci__served_by__in=ids)
        | Q(departement__served_by__in=ids)
    )
    return set(communes.values_list("code", flat=True))


class DepartementDoorsTests(DemoTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.doors = StructurePage.objects.exclude(partner__slug=TOWN_HALLS)
        cls.all_communes = set(Commune.objects.filter(departement="71").values_list("code", flat=True))

    def test_at_least_150_structures_beyond_the_town_halls_under_their_partners(self):
        assert self.doors.count() >= 150 + len(SEED_STRUCTURES)
        assert self.doors.count() == len(STRUCTURES) + len(SEED_STRUCTURES)
        slugs = [spec["slug"] for spec in STRUCTURES]
        assert len(slugs) == len(set(slugs))
        partner_slugs = {spec["slug"] for spec in PARTNERS}
        assert PartnerPage.objects.filter(slug__in=partner_slugs).count() == len(PARTNERS)
        caf = StructurePage.objects.get(slug="caf-macon")
        assert caf.partner.slug == "caf-de-saone-et-loire" and caf.live
        assert StructurePage.objects.get(slug="ccas-macon").partner.title == "CCAS et CIAS de Saône-et-Loire"
        assert StructurePage.objects.get(slug="mds-autun").partner.title == "Département de Saône-et-Loire"

    def test_every_structure_is_tagged_with_data_inclusion_network_types(self):
        assert not self.doors.filter(network_types__isnull=True).exists()
        values = set(self.doors.values_list("network_types__value", flat=True))
        assert values <= {member.value for member in ReseauPorteur}
        assert set(EVERYWHERE) <= values

    def test_every_epci_is_served_by_an_mds_and_a_france_services(self):
        epcis = EPCI.objects.filter(communes__departement="71").distinct()
        assert epcis.count() == 20
        for network_type in ("maisons-des-solidarites", "france-service"):
            doors = self.doors.filter(network_types__value=network_type)
            assert covered_communes(doors) == self.all_communes, network_type
            for epci in epcis:
                commune = epci.communes.order_by("population").first()
                serving = StructurePage.objects.serving(commune).filter(network_types__value=network_type)
                assert serving.exists(), (network_type, epci.name, commune.name)

    def test_every_commune_has_a_door_of_each_departement_wide_network(self):
        for network_type in EVERYWHERE:
            doors = self.doors.filter(network_types__value=network_type)
            assert covered_communes(doors) == self.all_communes, network_type

    def test_ccas_serve_their_own_commune_and_every_town_of_1500_inhabitants_has_one(self):
        ccas = self.doors.filter(network_types__value="ccas-cias")
        for door in ccas.prefetch_related("served_communes"):
            assert [commune.code for commune in door.served_communes.all()] == [door.commune_id]
        towns = set(
            Commune.objects.filter(departement="71", population__gte=1500).values_list("code", flat=True)
        )
        assert towns <= set(ccas.values_list("commune_id", flat=True))

    def test_doors_stand_near_their_commune_and_say_what_is_left_to_complete(self):
        new_doors = self.doors.filter(slug__in=[spec["slug"] for spec in STRUCTURES])
        for door in new_doors.select_related("commune"):
            assert door.commune.distance_km(door.latitude, door.longitude) < 1, door.slug
            assert door.postal_code in door.commune.postal_code_list, door.slug
            assert door.last_verified_at is None, door.slug
            assert door.to_complete, door.slug
            door.full_clean()
        chalon = new_doors.get(slug="mds-chalon-sur-saone")
        assert chalon.address == "52 rue Pierre-Deliry" and "adresse" not in chalon.to_complete

    def test_an_unverified_door_says_it_is_to_be_verified_and_what_to_complete(self):
        html = self.client.get(StructurePage.objects.get(slug="caf-chalon-sur-saone").url).content.decode()
        assert "Information à vérifier" in html
        assert "À compléter par le partenaire : adresse, horaires." in html
        assert "devait être vérifiée" not in html
        assert "3230" in html

    def test_the_index_is_complete_after_load_demo_alone(self):
        live = set(StructurePage.objects.live().values_list("pk", flat=True))
        assert live <= set(Document.objects.values_list("page_id", flat=True))
        response = self.client.get("/api/recherche/", {"q": "mairie de matour"})
        assert response.status_code == 200
        assert "Mairie de Matour" in [result["title"] for result in response.json()["results"]]
        response = self.client.get("/api/recherche/", {"q": "france services", "commune": "71263"})
        titles = [result["title"] for result in response.json()["results"]]
        assert "France services de Louhans" in titles

    def test_running_again_creates_nothing_and_keeps_the_index(self):
        documents = Document.objects.count()
        pages = StructurePage.objects.count()
        out = StringIO()
        call_command("load_demo", *SMALL_DEMO, stdout=out, stderr=StringIO())
        assert "Créé lors de cette exécution : rien" in out.getvalue()
        assert (StructurePage.objects.count(), Document.objects.count()) == (pages, documents)
