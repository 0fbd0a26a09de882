"""The benchmark pieces work end to end on a tiny corpus (the suite never runs the benchmark itself)."""

import pytest

from infopublic.directory.models import SchemePage, StructurePage
from search.benchmark.corpus import generate_corpus
from search.benchmark.runner import measure_engine, query_set, size_summary

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


def measured(p95, raw, baseline=None):
    row = {"engine": "database", "api": {"p95": p95}, "raw": {"p95": raw}}
    if baseline:
        row["baseline"] = {"p95": baseline}
    return row


def test_size_summary_reports_growth_ratio_and_baseline_fraction():
    table = size_summary({20000: [measured(6.0, 4.0, baseline=600.0)], 2000: [measured(2.0, 0.5)]})
    assert "| database | 2.0 | 6.0 | 3.00x | 1.50x | 1/100 |" in table.splitlines()
    assert "p95 at 2000 (ms) | p95 at 20000 (ms)" in table
    without_baseline = size_summary({2000: [measured(2.0, 0.5)], 20000: [measured(5.0, 4.0)]})
    assert "| 2.50x | 1.25x | not measured |" in without_baseline
