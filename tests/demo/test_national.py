"""The national reference layer of the demo: schemes and helplines owned by the coordination, covering every
data·inclusion category, with amounts bound to openfisca-france and the local doors that handle them."""

import datetime
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

import openfisca_france
import pytest
import yaml

from infopublic.demo.national import PARTNER, SCHEMES
from infopublic.demo.national_glossary import NATIONAL_GLOSSARY
from infopublic.directory.amounts import amount_in_force
from infopublic.directory.models import SchemePage
from infopublic.taxonomy.models import Category, GlossaryTerm, NetworkType
from tests.network.demo_tree import DemoTreeTestCase

REQUIRED_SLUGS = {
    "rsa",
    "prime-activite",
    "aides-au-logement",
    "aah",
    "pch",
    "aspa",
    "allocation-solidarite-specifique",
    "complementaire-sante-solidaire",
    "ame",
    "cheque-energie",
    "fonds-de-solidarite-logement",
    "dalo",
    "domiciliation",
    "aide-juridictionnelle",
    "allocation-rentree-scolaire",
    "pmi",
    "contrat-engagement-jeune",
    "carte-mobilite-inclusion",
    "115-urgence-sociale",
    "119-enfance-en-danger",
    "3919-violences-femmes-info",
    "3114-prevention-suicide",
    "116006-aide-aux-victimes",
    "drogues-info-service",
    "surendettement",
    "allocations-familiales",
    "assurance-maladie-puma",
    "apa",
}

BOUND = {
    "rsa": "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa",
    "prime-activite": "prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_de_base",
    "aah": "prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant",
    "aspa": "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel."
    "personnes_seules",
}


def parameter_in_force(path, day):
    """The value of an openfisca-france parameter on `day`, read straight from its YAML file."""
    root = Path(openfisca_france.__file__).parent / "parameters"
    values = yaml.safe_load(root.joinpath(*path.split(".")).with_suffix(".yaml").read_text())["values"]
    start = max(start for start in values if str(start) <= day.isoformat())
    return Decimal(str(values[start]["value"])), datetime.date.fromisoformat(str(start))


class NationalLayerTests(DemoTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.national = SchemePage.objects.filter(partner__slug=PARTNER)

    def test_the_coordination_owns_at_least_45_live_national_fiches_with_the_agreed_slugs(self):
        assert self.national.count() == len(SCHEMES) >= 45
        assert not self.national.filter(live=False).exists()
        assert not self.national.filter(zone_national=False).exists()
        assert set(self.national.values_list("slug", flat=True)) >= REQUIRED_SLUGS
        assert self.national.first().get_parent().title == "Référentiel national"

    def test_every_data_inclusion_category_has_a_national_fiche(self):
        covered = set(self.national.values_list("themes__category__value", flat=True))
        assert set(Category.objects.values_list("value", flat=True)) <= covered
        assert Category.objects.count() == 16

    def test_every_national_fiche_is_valid_complete_and_names_the_doors_that_handle_it(self):
        for scheme in self.national:
            scheme.full_clean()
            assert scheme.summary and scheme.benefits and scheme.how_to_apply, scheme.slug
            assert scheme.what_to_say and scheme.reception_modes, scheme.slug
            assert scheme.themes.exists() and scheme.service_types.exists(), scheme.slug
            assert scheme.handled_by.exists(), scheme.slug
            assert scheme.tags.exists(), scheme.slug
        benefits = self.national.filter(service_types__value="aide-financiere").distinct()
        assert benefits.count() >= 25
        assert not benefits.filter(handled_by__isnull=True).exists()
        caf = NetworkType.objects.get(value="caf")
        assert {"rsa", "prime-activite", "aides-au-logement", "allocations-familiales"} <= set(
            caf.handled_schemes.values_list("slug", flat=True)
        )
        assert self.national.get(slug="115-urgence-sociale").handled_by.filter(value="siao").exists()
        assert "3919" in self.national.get(slug="3919-violences-femmes-info").what_to_say
        assert "0 800 23 13 13" in self.national.get(slug="drogues-info-service").how_to_apply

    def test_rsa_aah_aspa_and_prime_activite_show_the_openfisca_amount_in_force_today(self):
        today = timezone.localdate()
        for slug, path in BOUND.items():
            amount = self.national.get(slug=slug).amounts.get(openfisca_parameter=path)
            value, since = parameter_in_force(path, today)
            assert (amount.amount, amount.synced_on) == (value, since), slug
            assert amount.is_valid_on(today)
        assert self.national.get(slug="aspa").amounts.filter(period="an").count() == 2
        css = self.national.get(slug="complementaire-sante-solidaire")
        assert css.amounts.filter(openfisca_parameter__contains=".css.montant.").count() == 5
        typed = SchemePage.objects.filter(partner__slug=PARTNER, amounts__openfisca_parameter="")
        assert not typed.exists()

    def test_old_names_lead_to_the_current_scheme(self):
        assert "minimum vieillesse" in self.national.get(slug="aspa").tags.names()
        assert {"CMU-C", "ACS"} <= set(self.national.get(slug="complementaire-sante-solidaire").tags.names())
        assert "allocation logement" in self.national.get(slug="aides-au-logement").tags.names()
        acronyms = set(GlossaryTerm.objects.values_list("acronym", flat=True))
        assert {"ASPA", "PUMa", "CMU", "DALO", "CEJ", "APL", "CIDFF", "AAH", "SIAO"} <= acronyms
        assert GlossaryTerm.objects.get(acronym="AAH").expansion == "Allocation aux adultes handicapés"
        assert len(acronyms) >= 27 + len(NATIONAL_GLOSSARY)


@pytest.mark.parametrize(
    ("path", "day", "expected"),
    [
        (BOUND["rsa"], datetime.date(2025, 6, 1), ("646.52", datetime.date(2025, 4, 1))),
        (BOUND["rsa"], datetime.date(2026, 4, 1), ("651.69", datetime.date(2026, 4, 1))),
        (BOUND["rsa"], datetime.date(2026, 3, 31), ("646.52", datetime.date(2025, 4, 1))),
        (BOUND["aah"], datetime.date(2026, 4, 15), ("1041.59", datetime.date(2026, 4, 1))),
    ],
)
def test_a_bound_amount_follows_the_parameter_at_each_date(path, day, expected):
    found = amount_in_force(path, day)
    value, since = found.value, found.since
    assert (value, since) == (Decimal(expected[0]), expected[1])
    assert (value, since) == parameter_in_force(path, day)
