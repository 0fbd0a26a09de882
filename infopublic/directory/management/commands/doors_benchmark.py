"""Time the doors of every scheme (`SchemePage.doors`) and the pages that show them, on the current data."""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import override_settings

from infopublic.directory.doors import doors_by_scheme
from infopublic.directory.models import SchemePage
from infopublic.territories.models import Commune


def _timed(function, runs):
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        durations.append(time.perf_counter() - started)
    return statistics.median(durations) * 1000


def _queries(function):
    with override_settings(DEBUG=True):
        reset_queries()
        function()
        return len(connection.queries)


class Command(BaseCommand):
    help = "Mesure le calcul des lieux où s’adresser (« Où s’adresser ») et les pages qui les affichent."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--commune", default="71289", help="code INSEE de la commune de la personne")

    def handle(self, *args, runs, commune, **options):
        commune = Commune.objects.get(code=commune)
        schemes = list(SchemePage.objects.live().public())
        scheme = max(schemes, key=lambda s: len(s.doors(None)))
        client = Client()
        cases = [
            (
                f"doors_by_scheme, {len(schemes)} schemes, {commune.name}",
                lambda: doors_by_scheme(schemes, commune),
            ),
            (f"doors_by_scheme, {len(schemes)} schemes, no commune", lambda: doors_by_scheme(schemes, None)),
            (
                f"GET {scheme.url}?commune={commune.code}",
                lambda: client.get(f"{scheme.url}?commune={commune.code}"),
            ),
            (f"GET {scheme.url} (every door, by territory)", lambda: client.get(scheme.url)),
            (f"GET /communes/{commune.code}/", lambda: client.get(f"/communes/{commune.code}/")),
            (
                f"GET /fiche-orientation/?p=<{len(schemes)} schemes>&commune={commune.code}",
                lambda: client.get(
                    "/fiche-orientation/",
                    {"p": ",".join(str(s.pk) for s in schemes[:20]), "commune": commune.code},
                ),
            ),
        ]
        self.stdout.write(f"{'case':<75} {'median ms':>10} {'queries':>8}")
        for label, function in cases:
            function()  # warm caches
            self.stdout.write(f"{label:<75} {_timed(function, runs):>10.1f} {_queries(function):>8}")
