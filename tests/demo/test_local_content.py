"""The demo's local schemes and fiches réflexes: built by load_demo, zoned, linked, idempotent."""

import re
from io import StringIO

from django.core.management import call_command
from django.db.models import Count, Q
from django.urls import reverse

from wagtail.models import Page

from infopublic.demo import partners
from infopublic.demo.build import build_scheme
from infopublic.demo.links import find_fiche, resolve_fiche_links, slug_links
from infopublic.demo.local_schemes import LOCAL_SCHEMES
from infopublic.demo.reflex_guides import REFLEX_GUIDES
from infopublic.demo.schemes import SCHEMES
from infopublic.directory.models import GuidePage, SchemePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import Category
from infopublic.territories.models import Commune
from tests.network.demo_tree import SMALL_DEMO, DemoTreeTestCase

# Categories that no local scheme of the demo can honestly cover: the national layer does. Empty this set
# once the national reference layer is merged.
LEFT_TO_NATIONAL = set()  # the national layer covers every category the local content leaves

LOCAL_OWNERS = {partners.DEPARTEMENT, partners.CCAS_CLUNY, partners.CCAS_MONTCEAU}


def link_items(guide):
    return [item for block in guide.body if block.block_type == "links" for item in block.value]


class LocalContentTests(DemoTreeTestCase):
    """One demo load for all: it is the slow part."""

    def test_every_local_scheme_is_live_zoned_delivered_and_handled(self):
        slugs = [spec["slug"] for spec in LOCAL_SCHEMES]
        assert len(slugs) == len(set(slugs))
        schemes = SchemePage.objects.filter(slug__in=slugs)
        assert schemes.count() == len(slugs)
        for spec in LOCAL_SCHEMES:
            scheme = schemes.get(slug=spec["slug"], partner__slug=spec["partner"])
            assert scheme.live and scheme.last_verified_at and not scheme.zone_national
            zoned = (
                scheme.zone_communes.exists()
                or scheme.zone_epcis.exists()
                or scheme.zone_departements.exists()
            )
            assert zoned, scheme.slug
            assert scheme.delivering_structures.exists(), scheme.slug
            assert scheme.handled_by.exists(), scheme.slug
            assert scheme.themes.exists() and scheme.service_types.exists() and scheme.publics.exists()
            scheme.full_clean()
        owned = [spec for spec in LOCAL_SCHEMES if spec["partner"] in LOCAL_OWNERS]
        assert len(owned) >= 12

    def test_illustrative_figures_are_flagged_for_the_partner(self):
        for spec in [*SCHEMES, *LOCAL_SCHEMES]:
            scheme = SchemePage.objects.get(slug=spec["slug"], partner__slug=spec["partner"])
            if any("illustratif" in amount.note.lower() for amount in scheme.amounts.all()):
                assert scheme.to_complete, scheme.slug

    def test_the_ccas_allowance_has_its_criteria_and_stays_in_its_commune(self):
        allowance = SchemePage.objects.get(slug="allocation-de-solidarite-ccas-montceau")
        assert "six mois" in allowance.conditions and "plafond" in allowance.conditions
        assert allowance.age_min == 25
        labels = {amount.label for amount, _shown in allowance.current_amounts()}
        assert "Plafond de ressources, personne seule" in labels
        assert "durée de résidence" in allowance.to_complete
        assert allowance.covers_commune(Commune.objects.get(code="71306"))
        assert not allowance.covers_commune(Commune.objects.get(code="71137"))

    def test_yearly_ceilings_are_shown_per_year(self):
        ceiling = SchemePage.objects.get(slug="aide-financiere-d-urgence").amounts.get()
        assert (ceiling.period, ceiling.label) == ("an", "Plafond par foyer")
        response = self.client.get(SchemePage.objects.get(slug="aide-financiere-d-urgence").url)
        assert "par an" in response.content.decode()

    def test_seed_schemes_gained_their_context(self):
        fsl = SchemePage.objects.get(slug="fonds-de-solidarite-logement", partner__slug=partners.DEPARTEMENT)
        assert "règlement intérieur départemental" in fsl.how_to_apply
        assert set(fsl.handled_by.values_list("value", flat=True)) == {"maisons-des-solidarites", "ccas-cias"}
        duo = SchemePage.objects.get(slug="accompagnement-global")
        assert {"france-travail", "maisons-des-solidarites"} == set(
            duo.handled_by.values_list("value", flat=True)
        )
        assert "binôme" in duo.benefits and duo.steps.count() == 3
        for slug in (
            "creches-avip",
            "maison-des-adolescents",
            "transport-solidaire",
            "aide-financiere-d-urgence",
        ):
            scheme = SchemePage.objects.get(slug=slug)
            assert scheme.benefits and scheme.how_to_apply and scheme.to_complete, slug

    def test_local_scheme_pages_answer_publicly_without_network_notes(self):
        scheme = SchemePage.objects.get(slug="aide-alimentaire-d-urgence-cluny")
        page = self.client.get(scheme.url).content.decode()
        assert "colis" in page
        assert "Appeler le CCAS avant 10 h" not in page

    def test_an_unknown_delivering_structure_is_skipped(self):
        from infopublic.demo.fiche_steps import structures_by_slug, with_known_structures

        spec = {**LOCAL_SCHEMES[0], "delivering_structures": ["ccas-cluny", "ccas-de-nulle-part"]}
        with self.assertLogs("infopublic.demo.fiche_steps", "WARNING") as logs:
            known = with_known_structures(spec, structures_by_slug())
        assert known["delivering_structures"] == ["ccas-cluny"]
        assert "ccas-de-nulle-part" in logs.output[0]
        page = build_scheme(known, structures_by_slug())
        assert [structure.slug for structure in page.delivering_structures.all()] == ["ccas-cluny"]

    def test_at_least_ten_reflex_guides_written_as_procedures(self):
        guides = GuidePage.objects.filter(kind="fiche-reflexe")
        assert guides.count() >= 10
        assert guides.count() == len(REFLEX_GUIDES)
        for guide in guides:
            headings = [block.value["text"] for block in guide.body if block.block_type == "heading"]
            assert {"Ce qu’il faut demander", "Qui appeler", "Ce que la personne doit apporter"} <= set(
                headings
            )
            assert any(block.block_type == "steps" for block in guide.body), guide.slug
            assert guide.themes.exists() and guide.live

    def test_links_to_fiches_of_the_demo_are_resolved_and_missing_ones_dropped(self):
        demo_slugs = set(Page.objects.live().values_list("slug", flat=True))
        for spec in REFLEX_GUIDES:
            guide = GuidePage.objects.get(slug=spec["slug"])
            pages = [item["page"] for item in link_items(guide) if item["page"]]
            wanted = [slug for slug, _partner in slug_links(spec["body"]) if slug in demo_slugs]
            assert [page.slug for page in pages] == wanted, spec["slug"]
            assert all(page.live for page in pages)
            assert all(item["page"] or item["url"] for item in link_items(guide))

    def test_the_unpaid_rent_guide_links_the_departement_fsl(self):
        guide = GuidePage.objects.get(slug="fiche-reflexe-impaye-de-loyer")
        fsl = SchemePage.objects.get(slug="fonds-de-solidarite-logement", partner__slug=partners.DEPARTEMENT)
        assert fsl.pk in [item["page"].pk for item in link_items(guide) if item["page"]]
        response = self.client.get(guide.url)
        assert response.status_code == 200
        assert f'href="{fsl.url}"' in response.content.decode()

    def test_every_reflex_guide_page_answers(self):
        for guide in GuidePage.objects.filter(kind="fiche-reflexe"):
            assert self.client.get(guide.url).status_code == 200, guide.slug

    def test_a_missing_slug_is_skipped_with_a_warning(self):
        body = [
            {"type": "links", "value": [{"label": "Nulle part", "slug": "n-existe-pas", "partner": None}]}
        ]
        with self.assertLogs("infopublic.demo.links", "WARNING") as logs:
            assert resolve_fiche_links(body, partners.DEPARTEMENT) == []
        assert "n-existe-pas" in logs.output[0]

    def test_national_slugs_resolve_once_the_national_scheme_exists(self):
        spec = next(
            spec for spec in REFLEX_GUIDES if spec["slug"] == "fiche-reflexe-sans-adresse-domiciliation"
        )
        elsewhere = PartnerPage.objects.get(slug=partners.CLIC_CLUNISOIS)
        scheme = build_scheme(
            {
                "slug": "domiciliation",
                "title": "Domiciliation",
                "summary": "Une adresse.",
                "verified_days_ago": 0,
            },
            {},
        )
        elsewhere.add_child(instance=scheme)
        body = resolve_fiche_links(spec["body"], spec["partner"])
        items = [item for block in body if block["type"] == "links" for item in block["value"]]
        assert {"label": "Domiciliation", "page": scheme.pk, "url": ""} in items

    def test_a_shared_slug_resolves_to_the_named_or_preferred_partner(self):
        other = PartnerPage.objects.get(slug=partners.CCAS_CLUNY)
        twin = build_scheme(
            {
                "slug": "fonds-de-solidarite-logement",
                "title": "FSL",
                "summary": "Autre.",
                "verified_days_ago": 0,
            },
            {},
        )
        other.add_child(instance=twin)
        departement_fsl = SchemePage.objects.get(
            slug="fonds-de-solidarite-logement", partner__slug=partners.DEPARTEMENT
        )
        assert find_fiche("fonds-de-solidarite-logement", partners.DEPARTEMENT).pk == departement_fsl.pk
        assert find_fiche("fonds-de-solidarite-logement", partners.CCAS_CLUNY).pk == twin.pk
        assert find_fiche("fonds-de-solidarite-logement", None, partners.CCAS_CLUNY).pk == twin.pk
        assert find_fiche("fonds-de-solidarite-logement", None, partners.DEPARTEMENT).pk == departement_fsl.pk

    def test_running_again_leaves_guides_and_local_schemes_untouched(self):
        fields = ("pk", "slug", "latest_revision_id", "last_published_at")
        guides = set(GuidePage.objects.values_list(*fields))
        schemes = set(SchemePage.objects.values_list(*fields))
        call_command("load_demo", *SMALL_DEMO, stdout=StringIO(), stderr=StringIO())
        assert set(GuidePage.objects.values_list(*fields)) == guides
        assert set(SchemePage.objects.values_list(*fields)) == schemes

    def test_every_home_page_category_has_a_live_scheme(self):
        categories = Category.objects.annotate(
            live=Count("themes__schemes", filter=Q(themes__schemes__live=True), distinct=True)
        )
        assert categories.count() == 16
        empty = {category.value for category in categories if not category.live}
        assert empty <= LEFT_TO_NATIONAL, f"Catégories sans dispositif : {sorted(empty)}"
        response = self.client.get(reverse("theme_index"))
        assert response.status_code == 200
        assert len(re.findall(r"<small>0 dispositifs?</small>", response.content.decode())) == len(empty)
