"""`manage.py load_demo`: idempotent, and the demo network's content is there."""

import datetime
from collections import Counter
from io import StringIO
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import RequestFactory, override_settings
from django.utils import timezone

from taggit.models import TaggedItem
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
)

import pytest

from home.models import HomePage
from infopublic.demo.management.commands import load_demo as load_demo_command
from infopublic.demo.structures import STRUCTURES as SEED_STRUCTURES
from infopublic.demo.town_halls import ensure_town_halls, select_town_halls, town_hall_title
from infopublic.directory.models import (
    GuidePage,
    SchemeAmount,
    SchemePage,
    SchemePageTag,
    StructureContact,
    StructurePage,
)
from infopublic.network.models import PartnerPage
from infopublic.network.services import COORDINATORS_GROUP, MEMBERS_GROUP
from infopublic.taxonomy.models import GlossaryTerm
from infopublic.territories.models import Commune, SocialActionTerritory
from tests.network.demo_tree import SMALL_DEMO, DemoTreeTestCase

COUNTED = [
    Page,
    Revision,
    StructurePage,
    SchemePage,
    GuidePage,
    PartnerPage,
    StructureContact,
    SchemeAmount,
    SchemePageTag,
    TaggedItem,
    GlossaryTerm,
    SocialActionTerritory,
    Site,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Collection,
    get_user_model(),
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


class LoadDemoTests(DemoTreeTestCase):
    def test_running_twice_changes_nothing(self):
        before = counts()
        passwords = dict(get_user_model().objects.values_list("username", "password"))
        latest_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()
        territory_communes = {t.slug: t.communes.count() for t in SocialActionTerritory.objects.all()}

        out = StringIO()
        call_command("load_demo", *SMALL_DEMO, stdout=out, stderr=StringIO())

        assert counts() == before
        assert dict(get_user_model().objects.values_list("username", "password")) == passwords
        assert Revision.objects.order_by("-pk").values_list("pk", flat=True).first() == latest_revision
        assert {t.slug: t.communes.count() for t in SocialActionTerritory.objects.all()} == territory_communes
        assert "Créé lors de cette exécution : rien" in out.getvalue()

    def test_home_page_replaces_the_welcome_page_and_answers_on_127_0_0_1(self):
        home = HomePage.objects.get()
        assert (home.title, home.slug, home.depth) == ("Infopublic", "accueil", 2)
        assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
        request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8000")
        assert Site.find_for_request(request).root_page_id == home.pk
        response = self.client.get("/", HTTP_HOST="127.0.0.1:8000")
        assert response.status_code == 200
        assert "Infopublic" in response.content.decode()

    def test_partners_are_under_the_home_page_with_their_groups_and_collections(self):
        home = HomePage.objects.get()
        assert set(PartnerPage.objects.child_of(home).values_list("title", flat=True)) >= {
            "Département de Saône-et-Loire",
            "CCAS de Cluny",
            "Villages solidaires",
            "France services du Clunisois",
            "CCAS de Montceau-les-Mines",
            "Centre social de Cluny",
            "CLIC du Clunisois",
            "Communes de Saône-et-Loire",
            "Référentiel national",
        }
        for partner in PartnerPage.objects.all():
            group = Group.objects.get(name=partner.editor_group_name())
            assert GroupPagePermission.objects.filter(group=group, page=partner).exists()
            assert Collection.objects.filter(name=partner.title).exists()

    def test_demo_users_and_their_roles(self):
        users = get_user_model().objects
        for username in ("coordination", "editeur-ccas-cluny", "editeur-villages-solidaires", "accueil"):
            user = users.get(username=username)
            assert user.check_password("infopublic-demo")
            assert not user.is_superuser
        assert users.get(username="coordination").groups.filter(name=COORDINATORS_GROUP).exists()
        assert list(PartnerPage.objects.editable_by(self.editor)) == [self.ccas_cluny]
        assert list(PartnerPage.objects.editable_by(self.villages_editor)) == [self.villages]
        assert list(self.accueil.groups.values_list("name", flat=True)) == [MEMBERS_GROUP]
        assert not self.accueil.has_perm("wagtailadmin.access_admin")

    def test_every_commune_of_71_is_in_exactly_one_social_action_territory(self):
        assert SocialActionTerritory.objects.count() == 6
        communes = Commune.objects.filter(departement="71")
        assert communes.count() == 563
        assert not communes.exclude(social_action_territories__isnull=False).exists()
        for commune in communes.filter(code__in=["71137", "71289", "71306", "71014"]):
            assert commune.social_action_territories.count() == 1
        total = sum(t.communes.count() for t in SocialActionTerritory.objects.all())
        assert total == 563
        cluny = SocialActionTerritory.objects.get(communes="71137")
        assert cluny.name == "Mâconnais – Clunisois"
        assert SocialActionTerritory.objects.get(communes="71306").name == "Creusot – Montceau"

    def test_rsa_is_national_with_current_amounts_steps_documents_and_legal_references(self):
        rsa = SchemePage.objects.get(slug="rsa")
        assert rsa.live and rsa.zone_national
        assert rsa.partner.title == "Référentiel national"
        assert rsa.current_amounts(timezone.localdate())
        assert all(amount.openfisca_parameter and amount.synced_on for amount in rsa.amounts.all())
        assert rsa.steps.count() >= 3 and rsa.documents.count() >= 3
        assert any("L262-1" in ref.label for ref in rsa.legal_references.all())
        assert {"minimum social", "revenu minimum", "RMI"} <= set(rsa.tags.names())
        assert {"caf", "france-service", "ccas-cias"} <= set(rsa.handled_by.values_list("value", flat=True))
        assert set(rsa.themes.values_list("category__value", flat=True)) >= {"difficultes-financieres"}
        local = SchemePage.objects.filter(partner__slug="departement-de-saone-et-loire")
        assert not local.filter(slug="rsa").exists()
        fsl = local.get(slug="fonds-de-solidarite-logement")
        assert list(fsl.zone_departements.values_list("code", flat=True)) == ["71"] and not fsl.zone_national
        assert SchemePage.objects.get(slug="creches-avip").zone_epcis.filter(code="247100290").exists()

    def test_structures_carry_hours_coverage_contacts_and_an_active_notice(self):
        structures = StructurePage.objects.filter(slug__in=[spec["slug"] for spec in SEED_STRUCTURES])
        assert structures.count() == len(SEED_STRUCTURES) >= 12
        for structure in structures:
            assert structure.live and structure.commune and structure.phone and structure.last_verified_at
            assert "PH off" in structure.opening_hours
            structure.full_clean()
            assert structure.network_types.exists()
            assert structure.commune.distance_km(structure.latitude, structure.longitude) < 2
        today = timezone.localdate()
        assert [s.slug for s in structures if s.notice_is_active(today)] == ["france-services-clunisois"]
        overdue = [s for s in structures if s.is_review_overdue(today)]
        assert overdue and len(overdue) < structures.count()
        network_only = StructureContact.objects.filter(visibility="reseau", structure__in=structures)
        assert network_only.values("structure").distinct().count() >= 5
        assert structures.filter(network_notes__icontains="avant 10 h").count() >= 3
        assert SchemePage.objects.filter(network_notes__icontains="avant 10 h").count() >= 2
        villages = StructurePage.objects.filter(partner=self.villages)
        assert set(villages.values_list("title", flat=True)) == {
            "France services entre Charolais et Brionnais",
            "Centre social de Matour",
        }
        mds_cluny = StructurePage.objects.get(slug="mds-cluny")
        assert mds_cluny.served_epcis.filter(name__icontains="Clunisois").exists()
        assert (
            StructurePage.objects.serving(Commune.objects.get(code="71289")).filter(slug="mds-cluny").exists()
        )

    def test_guides_glossary_and_town_halls(self):
        guides = GuidePage.objects.all()
        assert set(guides.values_list("kind", flat=True)) == {"fiche-reflexe", "procedure", "actualite"}
        reflex = guides.get(slug="fiche-reflexe-impaye-de-loyer")
        assert reflex.kind == "fiche-reflexe" and "expulsion" in reflex.title
        assert {block.block_type for block in reflex.body} >= {"heading", "callout", "steps", "paragraph"}
        assert self.client.get(reflex.url).status_code == 200

        rsa = GlossaryTerm.objects.get(acronym="RSA")
        assert {"minimum social", "revenu minimum"} <= set(rsa.synonym_list())
        assert {
            "CCAS",
            "CIAS",
            "MDS",
            "PMI",
            "ASE",
            "AVIP",
            "CLIC",
            "IEJ",
            "CIE",
            "SAAD",
            "FSE+",
            "SIAO",
        } <= set(GlossaryTerm.objects.values_list("acronym", flat=True))

        town_halls = StructurePage.objects.filter(partner__slug="communes-de-saone-et-loire")
        assert town_halls.count() == 2
        matour = town_halls.get(commune="71289")
        assert matour.title == "Mairie de Matour"
        assert matour.opening_hours == "Mo-Tu,Th-Fr 09:30-12:00; PH off"
        assert matour.phone == "03 85 59 70 20"
        assert matour.network_types.filter(value="communes").exists()
        assert list(matour.served_communes.values_list("code", flat=True)) == ["71289"]
        assert matour.live and matour.partner.slug == "communes-de-saone-et-loire"
        assert (round(matour.latitude, 3), round(matour.longitude, 3)) == (46.307, 4.483)

    def test_missing_town_halls_are_added_and_existing_ones_left_alone(self):
        communes_partner = PartnerPage.objects.get(slug="communes-de-saone-et-loire")
        selected, verified_on = select_town_halls(["71137", "71289", "71306"])
        before = Page.objects.count()
        assert ensure_town_halls(communes_partner, selected, verified_on) == 1
        assert Page.objects.count() == before + 1
        montceau = StructurePage.objects.get(commune="71306", partner=communes_partner)
        assert montceau.title == "Mairie de Montceau-les-Mines"
        assert montceau.live and montceau.last_verified_at == verified_on
        assert ensure_town_halls(communes_partner, selected, verified_on) == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("debug", "options", "with_users", "warned"),
    [
        (False, [], False, True),
        (False, ["--with-users"], True, False),
        (True, [], True, False),
    ],
)
def test_demo_users_are_refused_without_debug_unless_asked(debug, options, with_users, warned):
    err = StringIO()
    with (
        override_settings(DEBUG=debug),
        mock.patch.object(load_demo_command, "load_demo", return_value=(Counter(), {})) as load,
    ):
        call_command("load_demo", "--town-halls", "none", *options, stdout=StringIO(), stderr=err)
    load.assert_called_once_with(town_halls="none", with_users=with_users)
    assert ("--with-users" in err.getvalue()) is warned


def test_bad_town_hall_option_is_refused():
    with pytest.raises(CommandError):
        call_command("load_demo", "--town-halls", "Cluny", stdout=StringIO(), stderr=StringIO())


@pytest.mark.django_db
def test_unknown_insee_code_is_refused():
    with pytest.raises(CommandError):
        call_command(
            "load_demo", "--town-halls", "99999", "--with-users", stdout=StringIO(), stderr=StringIO()
        )


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Matour", "Mairie de Matour"),
        ("Autun", "Mairie d’Autun"),
        ("Le Creusot", "Mairie du Creusot"),
        ("Les Bizots", "Mairie des Bizots"),
        ("La Clayette", "Mairie de La Clayette"),
        ("Hurigny", "Mairie d’Hurigny"),
        ("Écuisses", "Mairie d’Écuisses"),
    ],
)
def test_town_hall_titles(name, title):
    assert town_hall_title(name) == title


def test_demo_dates_are_relative_to_today():
    from infopublic.demo.build import days_from_today

    assert days_from_today(0) == timezone.localdate()
    assert days_from_today(-1) == timezone.localdate() - datetime.timedelta(days=1)
