"""Measurements: rebuild throughput and p50/p95 latency of /api/recherche/, the Wagtail baseline and
the raw engine query, on one mixed query set."""

import os
import random
import statistics
import time

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.test import RequestFactory

from wagtail.models import Page

from infopublic.territories.models import Commune

from .. import views
from ..analysis import analyse
from ..database.dialects import dialect_for
from ..elastic.client import alias_name, get_client, reset_client
from ..engine import get_engine
from ..indexing import rebuild_all

__all__ = ["baseline_view", "measure_engine", "query_set", "size_summary"]

TEXTS = [
    "rsa",
    "aide pour payer le loyer",
    "creche insertion",
    "familles monoparentales",
    "l'allocation",
    "domiciliation",
    "aide alimentaire",
    "permis de conduire",
    "mutuelle santé",
    "accompagnement des jeunes",
    "alocation logement",
    "chèque énergie",
    "hébergement d'urgence",
    "fsl",
    "médiation familiale",
]


def baseline_view(request):
    """What a naive search view does: Wagtail's default `Page.objects.live().search(q)`."""
    pages = Page.objects.live().search(request.GET.get("q", ""))[:20]
    return JsonResponse({"results": [{"title": page.title, "url": page.url_path} for page in pages]})


def query_set(count, seed=3):
    """A fixed mix: a third text only, a third text + commune, a third text + facets."""
    rng = random.Random(seed)
    communes = list(Commune.objects.values_list("code", flat=True))
    from infopublic.taxonomy.models import Theme

    themes = list(Theme.objects.values_list("value", flat=True)[:40])
    queries = []
    for n in range(count):
        params = {"q": TEXTS[n % len(TEXTS)]}
        if n % 3 == 1:
            params["code_insee"] = rng.choice(communes)
        elif n % 3 == 2:
            choice = rng.random()
            if choice < 0.4 and themes:
                params["theme"] = rng.choice(themes)
            elif choice < 0.7:
                params["type"] = rng.choice(["structure", "dispositif", "guide"])
            else:
                params["ouvert"] = "1"
        queries.append(params)
    return queries


def raw_query(engine, text):
    """The engine's bare text match: the 20 best ids, no filter, count, facet or snippet."""
    analysis = analyse(text)
    if engine.name == "elasticsearch":
        return get_client().search(
            index=alias_name(),
            query={
                "multi_match": {
                    "query": " ".join(analysis.words),
                    "fields": ["title^5", "summary^3", "body"],
                    "operator": "and",
                }
            },
            size=20,
            source=False,
        )
    groups = [unit.group() for unit in analysis.text_units()]
    match = dialect_for(connection).text_match(groups, [], False)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {match.id} FROM {match.source} WHERE {match.where} ORDER BY {match.sort_key} LIMIT 20",
            match.params,
        )
        return cursor.fetchall()


def _percentiles(samples):
    ordered = sorted(samples)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "max": ordered[-1] * 1000}


def _time(function, items):
    samples = []
    for item in items[:5]:
        function(item)  # warm caches (glossary, connections, parsed hours)
    for item in items:
        started = time.perf_counter()
        function(item)
        samples.append(time.perf_counter() - started)
    return _percentiles(samples)


def _time_side_by_side(functions, items, rounds):
    """{name: percentiles}: each query is run through every function in turn, `rounds` times over, so
    that a slower moment of a shared machine weighs on each function alike."""
    for item in items[:5]:
        for function in functions.values():
            function(item)  # warm caches (glossary, connections, parsed hours)
    samples = {name: [] for name in functions}
    for _round in range(rounds):
        for item in items:
            for name, function in functions.items():
                started = time.perf_counter()
                function(item)
                samples[name].append(time.perf_counter() - started)
    return {name: _percentiles(values) for name, values in samples.items()}


def _settle():
    """Write out what the corpus and the rebuilds left in memory before measuring: on a small machine the
    database's dirty pages (PostgreSQL's checkpoint) and the system's write-back would otherwise run during
    the measurement and compete with the queries."""
    if connection.vendor == "postgresql":
        try:
            with connection.cursor() as cursor:
                cursor.execute("CHECKPOINT")
        except DatabaseError:  # not allowed to this role: the write-back then happens when it happens
            pass
    os.sync()


def measure_engine(name, queries, elasticsearch_url="", plain_json=False, baseline_queries=(), rounds=3):
    """Rebuild and measure `name`: the full request and the raw engine query, side by side."""
    settings.ELASTICSEARCH_URL = elasticsearch_url if name == "elasticsearch" else ""
    settings.ELASTICSEARCH_PLAIN_JSON = plain_json
    reset_client()
    engine = get_engine()
    count, seconds = rebuild_all(engine)
    if name == "elasticsearch":
        engine.refresh()
    _settle()
    factory = RequestFactory()

    def api(params):
        request = factory.get("/api/recherche/", params)
        request.user = AnonymousUser()
        response = views.search_api(request)
        assert response.status_code == 200, response.content
        return response

    functions = {"api": api, "raw": lambda params: raw_query(engine, params["q"])}
    timings = _time_side_by_side(functions, queries, rounds)
    result = {
        "engine": name,
        "documents": count,
        "rebuild_s": seconds,
        "docs_per_s": count / seconds if seconds else 0,
        **timings,
    }
    if baseline_queries:
        result["baseline"] = _time(
            lambda params: baseline_view(factory.get("/", params)), list(baseline_queries)
        )
    return result


def size_summary(results):
    """A Markdown table from {fiches: [measure_engine() rows]} of two sizes or more: per engine, p95 of
    /api/recherche/ at the smallest and the largest size, how many times it grew, and at the largest
    size its ratio to the raw engine query and its fraction of the Wagtail baseline."""
    sizes = sorted(results)
    small, large = sizes[0], sizes[-1]
    by_engine = {size: {row["engine"]: row for row in results[size]} for size in sizes}
    baseline = next((row["baseline"] for row in results[large] if "baseline" in row), None)
    lines = [
        f"| engine | p95 at {small} (ms) | p95 at {large} (ms) | growth | "
        f"/ raw at {large} | / Wagtail baseline at {large} |",
        "|---|---|---|---|---|---|",
    ]
    for engine, row in by_engine[large].items():
        if engine not in by_engine[small]:
            continue
        p95_small, p95 = by_engine[small][engine]["api"]["p95"], row["api"]["p95"]
        fraction = f"1/{baseline['p95'] / p95:.0f}" if baseline and p95 else "not measured"
        lines.append(
            f"| {engine} | {p95_small:.1f} | {p95:.1f} | {p95 / p95_small:.2f}x | "
            f"{p95 / row['raw']['p95']:.2f}x | {fraction} |"
        )
    return "\n".join(lines)
