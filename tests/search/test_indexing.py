"""Index upkeep: signal handlers, the durable queue, the outage fallback and the rebuild."""

from django.core.management import call_command

from wagtail.models import PageViewRestriction

import pytest

from infopublic.taxonomy.models import Category, Theme
from search import service
from search.elastic.client import alias_name, get_client
from search.elastic.engine import ElasticsearchEngine
from search.models import Document, DocumentFacet, PendingChange, Term
from search.query import SearchQuery

from ..factories import (
    CommuneFactory,
    EPCIFactory,
    HomePageFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructurePageFactory,
)
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


# Territory changes: documents denormalise covered communes and their territories; no rebuild needed.


@pytest.fixture
def territory_world(partner, monkeypatch):
    """Two EPCI of two communes each, an empty territory, and a recorder of update_pages calls.

    Rebuilding is forbidden: each handler must bring the index up to date on its own."""
    from infopublic.territories.models import SocialActionTerritory
    from search import signals
    from search.database.engine import DatabaseEngine

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the index must not be rebuilt")

    monkeypatch.setattr(DatabaseEngine, "rebuild", no_rebuild)
    calls = []
    original = signals.update_pages

    def recording(page_ids):
        calls.append(set(page_ids))
        original(page_ids)

    monkeypatch.setattr(signals, "update_pages", recording)
    north, south = EPCIFactory(name="CC du Nord"), EPCIFactory(name="CC du Sud")
    communes = {
        "a": CommuneFactory(code="71901", name="Alpha", epci=north),
        "b": CommuneFactory(code="71902", name="Bravo", epci=north),
        "c": CommuneFactory(code="71903", name="Charlie", epci=south),
        "d": CommuneFactory(code="71904", name="Delta", epci=south),
    }
    territory = SocialActionTerritory.objects.create(name="Territoire test", slug="test", departement_id="71")
    return {"epcis": (north, south), "communes": communes, "territory": territory, "calls": calls}


def found(**options):
    from infopublic.territories.models import Commune

    if "commune" in options:
        options["commune"] = Commune.objects.get(code=options["commune"])
    return {hit.page_id for hit in service.search(SearchQuery(page_size=50, **options)).hits}


def structure_in(partner, commune, **relations):
    page = StructurePageFactory(parent=partner, commune_id=commune.code, title=f"Accueil de {commune.name}")
    for name, values in relations.items():
        getattr(page, name).set(values)
    return publish(page)


def test_communes_added_to_or_removed_from_a_territory(partner, territory_world):
    territory, communes, calls = (
        territory_world["territory"],
        territory_world["communes"],
        territory_world["calls"],
    )
    in_a = structure_in(partner, communes["a"])
    in_c = structure_in(partner, communes["c"])
    indexed_c = Document.objects.get(page_id=in_c.pk, kind="structure").pk
    assert found(territories=("test",)) == set()
    calls.clear()
    territory.communes.add(communes["a"], communes["b"])
    assert found(territories=("test",)) == {in_a.pk}
    assert calls == [{in_a.pk}]
    # The page outside the territory was not rewritten.
    assert Document.objects.get(page_id=in_c.pk, kind="structure").pk == indexed_c
    territory.communes.remove(communes["a"])
    assert found(territories=("test",)) == set()
    territory.communes.add(communes["a"])
    territory.communes.clear()
    assert found(territories=("test",)) == set()
    assert calls[-1] == {in_a.pk}


def test_structures_serving_a_territory_follow_its_communes(partner, territory_world):
    territory, communes = territory_world["territory"], territory_world["communes"]
    serving = structure_in(partner, communes["a"], served_territories=[territory])
    assert serving.pk not in found(commune=communes["d"].code)
    territory.communes.add(communes["d"])
    assert serving.pk in found(commune=communes["d"].code)
    assert found(territories=("test",), kinds=("structure",)) == {serving.pk}
    territory.communes.set([communes["c"]])
    assert serving.pk not in found(commune=communes["d"].code)
    assert serving.pk in found(commune=communes["c"].code)
    territory.communes.clear()
    assert serving.pk not in found(commune=communes["c"].code)
    assert found(territories=("test",)) == set()


def test_territories_changed_from_the_commune_side(partner, territory_world):
    territory, communes = territory_world["territory"], territory_world["communes"]
    serving = structure_in(partner, communes["a"], served_territories=[territory])
    communes["c"].social_action_territories.add(territory)
    assert serving.pk in found(commune=communes["c"].code)
    communes["c"].social_action_territories.clear()
    assert serving.pk not in found(commune=communes["c"].code)


def test_territory_slug_change_and_deletion(partner, territory_world):
    territory, communes, calls = (
        territory_world["territory"],
        territory_world["communes"],
        territory_world["calls"],
    )
    in_a = structure_in(partner, communes["a"])
    structure_in(partner, communes["c"])
    scheme = SchemePageFactory(parent=partner, title="Aide du Nord")
    scheme.zone_epcis.set([territory_world["epcis"][0]])
    publish(scheme)
    territory.communes.add(communes["a"])
    assert found(territories=("test",)) == {in_a.pk, scheme.pk}
    calls.clear()
    territory.slug = "renomme"
    territory.save()
    assert calls == [{in_a.pk, scheme.pk}]
    assert found(territories=("test",)) == set()
    assert found(territories=("renomme",)) == {in_a.pk, scheme.pk}
    territory.name = "Territoire renommé"
    territory.save()  # same slug: nothing to rewrite
    assert len(calls) == 1
    territory.delete()
    assert found(territories=("renomme",)) == set()
    assert not DocumentFacet.objects.filter(facet="territory").exists()
    assert calls[-1] == {in_a.pk, scheme.pk}


def test_commune_moving_to_another_epci(partner, territory_world):
    (north, south), communes, calls = (
        territory_world["epcis"],
        territory_world["communes"],
        territory_world["calls"],
    )
    scheme = SchemePageFactory(parent=partner, title="Aide du Sud")
    scheme.zone_epcis.set([south])
    publish(scheme)
    serving = structure_in(partner, communes["c"], served_epcis=[north])
    unrelated = structure_in(partner, communes["d"])
    assert scheme.pk not in found(commune=communes["a"].code)
    calls.clear()
    communes["a"].epci = south
    communes["a"].save()
    assert scheme.pk in found(commune=communes["a"].code)
    assert serving.pk not in found(commune=communes["a"].code)
    assert unrelated.pk not in calls[0]
    communes["a"].epci = north
    communes["a"].save()
    assert scheme.pk not in found(commune=communes["a"].code)
    assert serving.pk in found(commune=communes["a"].code)
    communes["a"].name = "Alpha-la-Neuve"
    communes["a"].save()  # same EPCI: nothing to rewrite
    assert len(calls) == 2


@pytest.mark.elasticsearch
def test_territory_change_reaches_elasticsearch(
    partner, territory_world, settings, elasticsearch_url, django_capture_on_commit_callbacks
):
    url, plain_json = elasticsearch_url
    configure_elasticsearch(settings, url, plain_json, "test-territory")
    ElasticsearchEngine().rebuild([])
    territory, communes = territory_world["territory"], territory_world["communes"]
    with django_capture_on_commit_callbacks(execute=True):
        in_a = structure_in(partner, communes["a"])
    ElasticsearchEngine().refresh()
    result = service.search(SearchQuery(territories=("test",)))
    assert result.engine == "elasticsearch" and result.total == 0
    with django_capture_on_commit_callbacks(execute=True):
        territory.communes.add(communes["a"])
    ElasticsearchEngine().refresh()
    assert PendingChange.objects.count() == 0
    result = service.search(SearchQuery(territories=("test",)))
    assert result.engine == "elasticsearch" and [hit.page_id for hit in result.hits] == [in_a.pk]


def test_delete_receivers_keep_fast_deletes_for_other_models():
    """Receivers connected per sender: models nobody listens to are still deleted in one statement."""
    from django.db.models.deletion import Collector

    assert Collector(using="default").can_fast_delete(PendingChange.objects.all())
    assert Collector(using="default").can_fast_delete(Term.objects.all())
