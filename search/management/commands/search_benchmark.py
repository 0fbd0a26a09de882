"""manage.py search_benchmark --fiches 20000 --queries 300 [--engines database,elasticsearch] [--osmem]

`--fiches 2000,20000` measures each size in turn and then reports how p95 grows from the smallest to
the largest, and how it compares with the raw engine query and the Wagtail baseline.

Each size runs in a throw-away database (a temporary SQLite file, or test_<name> on PostgreSQL), never
in the project's own: generates the corpus, indexes Wagtail's default backend (the baseline) and each
engine, then prints rebuild throughput and p50/p95 latencies as a Markdown table."""

import os
import platform
import tempfile
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from infopublic.taxonomy.vocabularies import load_vocabularies
from infopublic.territories.loading import load_departement
from infopublic.territories.sources import load_fixture
from search.benchmark.corpus import generate_corpus
from search.benchmark.runner import measure_engine, query_set, size_summary


class Command(BaseCommand):
    help = "Benchmark the search engines against Wagtail's default search on a synthetic corpus."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fiches",
            default="2000",
            help="Corpus size, or sizes separated by commas (2000,20000) to measure how p95 grows.",
        )
        parser.add_argument("--queries", type=int, default=300)
        parser.add_argument(
            "--engines",
            default="database",
            help="Comma-separated: database,elasticsearch.",
        )
        parser.add_argument(
            "--osmem", action="store_true", help="Start osmem-server for the Elasticsearch engine."
        )
        parser.add_argument("--no-baseline", action="store_true", help="Skip Wagtail's default search.")
        parser.add_argument(
            "--rounds", type=int, default=3, help="Times the query set is run (full and raw side by side)."
        )
        parser.add_argument(
            "--baseline-queries",
            type=int,
            help="Run the (slow) Wagtail baseline on the first N queries only.",
        )

    def handle(self, *args, **options):
        try:
            sizes = [int(size) for size in options["fiches"].split(",")]
        except ValueError:
            raise CommandError("--fiches: a number of fiches, or numbers separated by commas.") from None
        if not sizes or min(sizes) < 1:
            raise CommandError("--fiches: every size must be at least 1.")
        results = {}
        for fiches in sizes:
            results[fiches] = self._in_throwaway_database({**options, "fiches": fiches})
        if len(results) > 1:
            self.stdout.write("\n" + size_summary(results))

    def _in_throwaway_database(self, options):
        test_settings = connection.settings_dict.setdefault("TEST", {})
        temporary = None
        if connection.vendor == "sqlite":
            handle, temporary = tempfile.mkstemp(suffix=".sqlite3")
            os.close(handle)
            test_settings["NAME"] = temporary
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        server, rows = None, []
        try:
            rows, server = self._run(options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            if temporary and os.path.exists(temporary):
                os.unlink(temporary)
            if server:
                server.close()
        return rows

    def _run(self, options):
        load_departement(load_fixture("71"))
        load_vocabularies()
        started = time.perf_counter()
        generate_corpus(options["fiches"])
        self.stdout.write(f"Corpus: {options['fiches']} fiches in {time.perf_counter() - started:.1f} s")
        baseline = not options["no_baseline"]
        if baseline:
            started = time.perf_counter()
            call_command("update_index", verbosity=0)
            self.stdout.write(f"Wagtail update_index: {time.perf_counter() - started:.1f} s")
        queries = query_set(options["queries"])
        server, url, plain_json = None, os.environ.get("ELASTICSEARCH_URL", ""), False
        rows = []
        names = options["engines"].split(",")
        for name in names:
            if name == "elasticsearch" and options["osmem"]:
                from osmem_server import OsmemServer

                server = OsmemServer.start(addr="127.0.0.1:0", japanese=False)
                url, plain_json = server.url, True
            baseline_queries = queries[: options["baseline_queries"]] if baseline else []
            row = measure_engine(
                name,
                queries,
                url,
                plain_json,
                baseline_queries,
                rounds=options["rounds"],
            )
            rows.append(row)
            baseline = False  # the same for every engine: measured once
        self._report(rows, options)
        return rows, server

    def _report(self, rows, options):
        self.stdout.write(
            f"\n{options['fiches']} fiches, {options['queries']} queries x {options['rounds']} rounds, "
            f"{connection.vendor}, {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}\n"
        )
        self.stdout.write(
            "| engine | documents | rebuild (docs/s) | measured | p50 (ms) | p95 (ms) | max (ms) |"
        )
        self.stdout.write("|---|---|---|---|---|---|---|")
        for row in rows:
            for key, label in (
                ("api", "/api/recherche/"),
                ("raw", "raw engine query"),
                ("baseline", "Wagtail baseline"),
            ):
                if key in row:
                    m = row[key]
                    self.stdout.write(
                        f"| {row['engine']} | {row['documents']} | {row['docs_per_s']:.0f} | {label} | "
                        f"{m['p50']:.1f} | {m['p95']:.1f} | {m['max']:.1f} |"
                    )
