"""Index upkeep: signal handlers, the durable queue, the outage fallback and the rebuild."""

from django.core.management import call_command

from wagtail.models import PageViewRestriction

import pytest

from infopublic.taxonomy.models import Category, Theme
from search import service
from search.elastic.client import alias_name, get_client
from search.elastic.engine import ElasticsearchEngine
from search.models import Document, PendingChange, Term
from search.query import SearchQuery

from ..factories import HomePageFactory, PartnerPageFactory, SchemePageFactory, StructurePageFactory
from .conftest import configure_elasticsearch

pytestmark = pytest.mark.django_db

CLOSED_PORT = "http://127.0.0.1:1"


@pytest.fixture
def partner(home_page):
    return PartnerPageFactory(parent=home_page, title="CCAS de Cluny")


def titles(text, user=None):
    return [hit.title for hit in service.search(SearchQuery(text=text), user).hits]


def publish(page):
    page.save_revision().publish()
    return page


def test_publish_indexes_the_database_engine_at_once(partner):
    page = SchemePageFactory(
        parent=partner, title="Chèque énergie", summary="Payer les factures.", live=False
    )
    assert titles("chèque énergie") == []
    publish(page)
    assert titles("chèque énergie") == ["Chèque énergie"]
    assert Term.objects.filter(word="energie").exists()


def test_draft_changes_are_not_indexed(partner):
    page = publish(SchemePageFactory(parent=partner, title="Chèque énergie", summary="Payer les factures."))
    page.title = "Titre brouillon zqxwvdraft"
    page.save_revision()
    assert titles("zqxwvdraft") == []
    assert titles("chèque énergie") == ["Chèque énergie"]


def test_unpublish_move_and_delete(partner, home_page):
    page = publish(StructurePageFactory(parent=partner, title="Épicerie solidaire de Cluny"))
    assert Document.objects.get(kind="structure", page_id=page.pk).partner == "CCAS de Cluny"
    other = PartnerPageFactory(parent=home_page, title="Secours populaire")
    page.move(other, pos="last-child")
    document = Document.objects.get(kind="structure", page_id=page.pk)
    assert document.partner == "Secours populaire"
    assert document.url == page.specific.__class__.objects.get(pk=page.pk).get_url()
    page.specific.unpublish()
    assert titles("épicerie solidaire") == []
    publish(page.specific.__class__.objects.get(pk=page.pk))
    assert titles("épicerie solidaire") == ["Épicerie solidaire de Cluny"]
    page.specific.__class__.objects.get(pk=page.pk).delete()
    assert not Document.objects.filter(page_id=page.pk).exists()
    assert not Term.objects.filter(word="epicerie").exists()


def test_view_restriction_removes_from_index(partner):
    page = publish(SchemePageFactory(parent=partner, title="Aide aux vacances", summary="Partir en famille."))
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert titles("vacances") == []
    restriction.delete()
    assert titles("vacances") == ["Aide aux vacances"]


def test_taxonomy_label_change_reindexes(partner):
    category = Category.objects.create(value="mobilite", label="Mobilité")
    theme = Theme.objects.create(value="mobilite--permis", label="Permis de conduire", category=category)
    page = SchemePageFactory(parent=partner, title="Bourse au permis", summary="Une aide.")
    page.themes.set([theme])
    publish(page)
    assert titles("conduire") == ["Bourse au permis"]
    theme.label = "Apprendre la conduite automobile"
    theme.save()
    assert titles("automobile") == ["Bourse au permis"]


def test_no_queue_without_elasticsearch(partner, settings):
    settings.ELASTICSEARCH_URL = ""
    publish(SchemePageFactory(parent=partner, title="Chèque énergie"))
    assert PendingChange.objects.count() == 0


@pytest.mark.elasticsearch
def test_elasticsearch_outage_queues_then_replays(
    partner, settings, elasticsearch_url, django_capture_on_commit_callbacks
):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, CLOSED_PORT, plain_json, "test-outage")
    # Publishing succeeds while Elasticsearch is down; the database engine answers, saying so.
    with django_capture_on_commit_callbacks(execute=True):
        page = publish(SchemePageFactory(parent=partner, title="Aide au permis de conduire", live=False))
    change = PendingChange.objects.get(page_id=page.pk)
    assert change.attempts == 1 and change.last_error
    result = service.search(SearchQuery(text="permis"))
    assert result.engine == "database" and result.degraded
    assert [hit.title for hit in result.hits] == ["Aide au permis de conduire"]
    assert service.suggest("permis")["titles"] == ["Aide au permis de conduire"]
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Aide au permis de conduire B"
        publish(page)
    assert PendingChange.objects.filter(page_id=page.pk).count() == 2

    # Back up: search_sync replays the queue.
    configure_elasticsearch(settings, url, plain_json, "test-outage")
    ElasticsearchEngine().rebuild([])
    call_command("search_sync")
    ElasticsearchEngine().refresh()
    assert PendingChange.objects.count() == 0
    result = service.search(SearchQuery(text="permis"))
    assert result.engine == "elasticsearch" and not result.degraded
    assert [hit.title for hit in result.hits] == ["Aide au permis de conduire B"]


@pytest.mark.elasticsearch
def test_next_successful_write_replays_the_queue(
    partner, settings, elasticsearch_url, django_capture_on_commit_callbacks
):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, CLOSED_PORT, plain_json, "test-replay")
    with django_capture_on_commit_callbacks(execute=True):
        first = publish(SchemePageFactory(parent=partner, title="Premier dispositif perdu", live=False))
    assert PendingChange.objects.filter(page_id=first.pk).exists()
    configure_elasticsearch(settings, url, plain_json, "test-replay")
    ElasticsearchEngine().rebuild([])
    with django_capture_on_commit_callbacks(execute=True):
        publish(SchemePageFactory(parent=partner, title="Second dispositif", live=False))
    ElasticsearchEngine().refresh()
    assert PendingChange.objects.count() == 0
    assert titles("dispositif perdu")[0] == "Premier dispositif perdu"


@pytest.mark.elasticsearch
def test_rebuild_swaps_the_alias(partner, settings, elasticsearch_url):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, url, plain_json, "test-rebuild")
    SchemePageFactory(parent=partner, title="Aide à la mobilité", summary="Se déplacer.")
    call_command("search_rebuild", "--no-progress")
    client = get_client()
    first = set(client.indices.get_alias(name=alias_name()))
    call_command("search_rebuild", "--no-progress")
    second = set(client.indices.get_alias(name=alias_name()))
    assert len(first) == len(second) == 1 and first != second
    assert not client.indices.exists(index=list(first)[0])
    ElasticsearchEngine().refresh()
    assert titles("mobilité") == ["Aide à la mobilité"]


def test_rebuild_command_database(partner, settings, capsys):
    settings.ELASTICSEARCH_URL = ""
    SchemePageFactory(parent=partner, title="Aide à la mobilité", summary="Se déplacer.")
    assert titles("mobilité") == []  # created without publishing: no signal
    call_command("search_rebuild", "--no-progress")
    assert "database: 1 documents indexed" in capsys.readouterr().out
    assert titles("mobilité") == ["Aide à la mobilité"]


def test_home_page_unrelated(home_page):
    """Publishing a page that is not a fiche indexes nothing."""
    publish(HomePageFactory(parent=home_page, title="Autre accueil", live=False))
    assert Document.objects.count() == 0


def test_unchanged_vocabulary_save_reindexes_nothing(partner):
    category = Category.objects.create(value="mobilite", label="Mobilité")
    theme = Theme.objects.create(value="mobilite--permis", label="Permis de conduire", category=category)
    page = SchemePageFactory(parent=partner, title="Bourse au permis", summary="Une aide.")
    page.themes.set([theme])
    publish(page)
    indexed = Document.objects.get(page_id=page.pk).pk
    theme.save()
    assert Document.objects.get(page_id=page.pk).pk == indexed
    theme.label = "Conduite"
    theme.save()
    assert Document.objects.get(page_id=page.pk).pk != indexed
