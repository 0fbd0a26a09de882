"""Fixtures shared by every test package."""

import pytest

from infopublic.taxonomy.vocabularies import load_vocabularies
from infopublic.territories.loading import load_departement
from infopublic.territories.sources import load_fixture

from .factories import make_home_page


@pytest.fixture
def home_page(db):
    """The site's HomePage, replacing Wagtail's default welcome page as the default site root."""
    return make_home_page()


@pytest.fixture
def territories_71(db):
    """Every commune and EPCI of Saône-et-Loire, from the committed fixture."""
    return load_departement(load_fixture("71"))


@pytest.fixture
def vocabularies(db):
    return load_vocabularies()


@pytest.fixture(autouse=True)
def _closed_search_breaker():
    """Every test starts with the Elasticsearch circuit breaker closed (its state lives in the cache)."""
    from search import breaker

    breaker.record_success()
    yield
    breaker.record_success()
