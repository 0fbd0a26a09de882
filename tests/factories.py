"""Factories shared by every test package (factory_boy + wagtail_factories)."""

from django.contrib.auth import get_user_model

from wagtail.models import Page, Site

import factory
import wagtail_factories

from home.models import HomePage
from infopublic.directory.models import GuidePage, SchemePage, StructureContact, StructurePage
from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import GlossaryTerm
from infopublic.territories.models import EPCI, Commune, Departement, Region


class RegionFactory(factory.django.DjangoModelFactory):
    code = "27"
    name = "Bourgogne-Franche-Comté"

    class Meta:
        model = Region
        django_get_or_create = ["code"]


class DepartementFactory(factory.django.DjangoModelFactory):
    code = "71"
    name = "Saône-et-Loire"
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = Departement
        django_get_or_create = ["code"]


class EPCIFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"2000{n:05d}")
    name = factory.Sequence(lambda n: f"Communauté de communes n° {n}")
    kind = EPCI.Kind.CC

    class Meta:
        model = EPCI
        django_get_or_create = ["code"]


class CommuneFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"71{n + 600:03d}")
    name = factory.Sequence(lambda n: f"Commune {n}")
    departement = factory.SubFactory(DepartementFactory)
    epci = factory.SubFactory(EPCIFactory)
    postal_codes = "71000"
    population = 1000
    latitude = 46.5
    longitude = 4.5

    class Meta:
        model = Commune
        django_get_or_create = ["code"]


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("infopublic-test")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Infopublic"

    class Meta:
        model = HomePage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partenaire {n}")
    kind = PartnerPage.Kind.CCAS_CIAS

    class Meta:
        model = PartnerPage


class StructurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Structure {n}")
    summary = "Accueil, information et orientation."
    opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"

    class Meta:
        model = StructurePage


class StructureContactFactory(factory.django.DjangoModelFactory):
    name = "Secrétariat"
    phone = "03 85 00 00 00"

    class Meta:
        model = StructureContact


class SchemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dispositif {n}")
    summary = "Un dispositif d’aide."

    class Meta:
        model = SchemePage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    summary = "Une procédure du réseau."

    class Meta:
        model = GuidePage


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    acronym = factory.Sequence(lambda n: f"SIG{n}")
    expansion = factory.Sequence(lambda n: f"sigle numéro {n}")

    class Meta:
        model = GlossaryTerm
        django_get_or_create = ["acronym"]


def make_home_page():
    """A HomePage replacing Wagtail's welcome page as the default site root."""
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Infopublic", slug="accueil")
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home
