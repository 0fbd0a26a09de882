"""The benchmark pieces work end to end on a tiny corpus (the suite never runs the benchmark itself)."""

import pytest

from infopublic.directory.models import SchemePage, StructurePage
from search.benchmark.corpus import generate_corpus
from search.benchmark.runner import measure_engine, query_set

pytestmark = pytest.mark.django_db


def test_corpus_and_measurements(territories_71, vocabularies, settings):
    generate_corpus(60)
    assert StructurePage.objects.live().count() + SchemePage.objects.live().count() > 40
    structure = StructurePage.objects.first()
    assert structure.partner is not None and structure.served_communes.exists()
    assert structure.url_path.endswith(f"/{structure.slug}/")
    result = measure_engine("database", query_set(12), baseline_queries=query_set(6), rounds=2)
    assert result["documents"] == 60
    assert set(result["api"]) == set(result["raw"]) == set(result["baseline"]) == {"p50", "p95", "max"}
    assert result["api"]["p50"] > 0
    assert result["doc_values_s"] > 0
