"""Engines under test: the database engine (whatever DATABASE_URL says) and Elasticsearch (osmem, or the
real cluster named by ELASTICSEARCH_URL, with ELASTICSEARCH_PLAIN_JSON as set in the environment)."""

import os

from django.core.cache import cache
from django.db import transaction

import pytest

from infopublic.territories.loading import load_departement
from infopublic.territories.sources import load_fixture
from search.elastic.client import reset_client
from search.engine import database_engine
from search.indexing import rebuild_all

from ..factories import HomePageFactory, UserFactory
from .corpus import build_corpus


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rolled-back test transactions send no signal: start every test with empty glossary/label caches."""
    cache.clear()


ENGINES = ["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]


@pytest.fixture(scope="session")
def elasticsearch_url():
    """A real cluster when ELASTICSEARCH_URL is set, else a writable osmem started once for the session."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield url, os.environ.get("ELASTICSEARCH_PLAIN_JSON", "") in ("1", "true", "yes")
        return
    from osmem_server import OsmemServer

    server = OsmemServer.start(addr="127.0.0.1:0", japanese=False)
    yield server.url, True
    server.close()


def configure_elasticsearch(settings, url, plain_json, prefix):
    settings.ELASTICSEARCH_URL = url
    settings.ELASTICSEARCH_PLAIN_JSON = plain_json
    settings.ELASTICSEARCH_INDEX_PREFIX = prefix
    settings.ELASTICSEARCH_TIMEOUT = 5
    reset_client()


@pytest.fixture
def use_engine(request, settings):
    """Point the settings at one engine; returns a function making it current and returning it."""

    def select(name, prefix="test-infopublic"):
        if name == "elasticsearch":
            url, plain_json = request.getfixturevalue("elasticsearch_url")
            configure_elasticsearch(settings, url, plain_json, prefix)
        else:
            settings.ELASTICSEARCH_URL = ""
            reset_client()
        from search.engine import get_engine

        return get_engine()

    yield select
    reset_client()


def home_and_territories():
    from wagtail.models import Page, Site

    load_departement(load_fixture("71"))
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Infopublic", slug="accueil-recherche")
    site = Site.objects.filter(is_default_site=True).first()
    site.root_page = home
    site.save()
    return home


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The corpus, built once per module in a transaction rolled back at the end; database index rebuilt."""
    with django_db_blocker.unblock(), transaction.atomic():
        data = build_corpus(home_and_territories())
        rebuild_all(database_engine())
        yield data
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def elastic_corpus(corpus, request, django_db_blocker):
    """The corpus indexed into Elasticsearch once per module."""
    from search.elastic.engine import ElasticsearchEngine

    url, plain_json = request.getfixturevalue("elasticsearch_url")
    from django.conf import settings

    saved = (
        settings.ELASTICSEARCH_URL,
        settings.ELASTICSEARCH_PLAIN_JSON,
        settings.ELASTICSEARCH_INDEX_PREFIX,
    )
    settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_PLAIN_JSON = url, plain_json
    settings.ELASTICSEARCH_INDEX_PREFIX = "test-contract"
    reset_client()
    engine = ElasticsearchEngine()
    with django_db_blocker.unblock():
        rebuild_all(engine)
    engine.refresh()
    settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_PLAIN_JSON, settings.ELASTICSEARCH_INDEX_PREFIX = saved
    reset_client()
    return corpus


@pytest.fixture(params=ENGINES)
def engine(request, corpus, settings):
    """The contract corpus searched through each engine in turn."""
    if request.param == "elasticsearch":
        request.getfixturevalue("elastic_corpus")
        url, plain_json = request.getfixturevalue("elasticsearch_url")
        configure_elasticsearch(settings, url, plain_json, "test-contract")
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


@pytest.fixture
def member(db):
    """A network member: sees network-only notes and contacts."""
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_network_information"))
    return user
