"""Per-process derived data follows its sources through version tokens stored in the database, changed in
the transaction of the change: seen at commit by every process, restored by a rollback, independent of the
cache (a delete dropped while Redis was down cannot leave a stale copy)."""

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection, transaction
from django.test.utils import CaptureQueriesContext

import pytest

from infopublic.derived.models import SourceVersion
from infopublic.derived.versions import COMMUNES, GLOSSARY, PAGES, DerivedValue, changed, token_of
from infopublic.directory.templatetags.glossary import glossary_terms
from infopublic.territories.loading import load_departement
from infopublic.territories.sources import load_fixture

from ..factories import GlossaryTermFactory

pytestmark = pytest.mark.django_db


def test_a_value_is_rebuilt_only_when_its_source_changes():
    builds = []
    value = DerivedValue(lambda: builds.append(1) or len(builds), GLOSSARY)
    assert value.get() == value.get() == 1
    changed(PAGES)
    assert value.get() == 1
    changed(GLOSSARY)
    assert value.get() == 2


def test_a_rolled_back_change_restores_the_old_token():
    changed(GLOSSARY)
    before = token_of(GLOSSARY)
    with pytest.raises(RuntimeError), transaction.atomic():
        changed(GLOSSARY)
        assert token_of(GLOSSARY) != before
        raise RuntimeError
    assert token_of(GLOSSARY) == before


def test_glossary_changes_are_seen_without_the_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    GlossaryTermFactory(acronym="CAF", expansion="Caisse d’allocations familiales")
    assert glossary_terms()["CAF"] == "Caisse d’allocations familiales"
    term = GlossaryTermFactory(acronym="MSA", expansion="Mutualité")
    assert glossary_terms()["MSA"] == "Mutualité"
    term.expansion = "Mutualité sociale agricole"
    term.save()
    assert glossary_terms()["MSA"] == "Mutualité sociale agricole"


def test_bulk_loading_communes_changes_their_version():
    before = token_of(COMMUNES)
    load_departement(load_fixture("71"))
    assert token_of(COMMUNES) != before


def test_tokens_are_read_once_per_request():
    changed(GLOSSARY)
    # As Django's test client does: the signals' connection closing would end the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.send(sender=None)
    try:
        with CaptureQueriesContext(connection) as queries:
            for _ in range(5):
                token_of(GLOSSARY, PAGES)
        assert len([q for q in queries if "derived_sourceversion" in q["sql"]]) == 1
        changed(GLOSSARY)  # a change made by the request itself is seen at once
        assert token_of(GLOSSARY) == SourceVersion.objects.get(source=GLOSSARY).token
    finally:
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
