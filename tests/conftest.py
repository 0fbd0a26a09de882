"""Fixtures shared by every test package."""

from wagtail.models import Page, Site

import pytest

from infopublic.taxonomy.vocabularies import load_vocabularies
from infopublic.territories.loading import load_departement
from infopublic.territories.sources import load_fixture

from .factories import HomePageFactory


@pytest.fixture
def home_page(db):
    """The site's HomePage, replacing Wagtail's default welcome page as the default site root."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Infopublic", slug="accueil")
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


@pytest.fixture
def territories_71(db):
    """Every commune and EPCI of Saône-et-Loire, from the committed fixture."""
    return load_departement(load_fixture("71"))


@pytest.fixture
def vocabularies(db):
    return load_vocabularies()
