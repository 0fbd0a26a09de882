"""`manage.py render_benchmark`: p50/p95 server render times of the key public pages."""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from home.models import HomePage
from infopublic.directory.models import SchemePage, StructurePage
from infopublic.territories.models import Commune


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


class Command(BaseCommand):
    help = _(
        "Mesure le temps de rendu (p50, p95) des pages publiques principales avec les données présentes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=50, help=_("rendus mesurés par page (défaut 50)"))
        parser.add_argument("--commune", default="71289", help=_("code INSEE de la commune mesurée"))
        parser.add_argument("--query", default="rsa", help=_("requête de la page de recherche"))
        parser.add_argument("--cold", action="store_true", help=_("vide le cache avant chaque rendu"))

    def pages(self, commune_code, query):
        home = HomePage.objects.live().first()
        structure = StructurePage.objects.live().public().exclude(opening_hours="").order_by("pk").first()
        scheme = SchemePage.objects.live().public().order_by("pk").first()
        commune = Commune.objects.filter(code=commune_code).first()
        if not (home and structure and scheme and commune):
            raise CommandError(_("Données absentes : lancez d’abord « manage.py load_demo »."))
        pages = [(_("accueil"), home.url)]
        try:
            pages.append((_("recherche"), f"{reverse('search')}?q={query}"))
        except NoReverseMatch:
            self.stderr.write(_("Pas de vue de recherche nommée « search » : page ignorée."))
        pages += [
            (_("commune"), commune.get_absolute_url()),
            (_("structure"), structure.url),
            (_("dispositif"), scheme.url),
        ]
        return pages

    def handle(self, *args, runs, commune, query, cold, **options):
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"| {_('page')} | URL | p50 (ms) | p95 (ms) | max (ms) |")
        self.stdout.write("|---|---|---:|---:|---:|")
        for label, url in self.pages(commune, query):
            response = client.get(url)
            if response.status_code != 200:
                raise CommandError(f"{url}: HTTP {response.status_code}")
            timings = []
            for _run in range(runs):
                if cold:
                    cache.clear()
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            self.stdout.write(
                f"| {label} | `{url}` | {statistics.median(timings):.1f} | "
                f"{percentile(timings, 0.95):.1f} | {max(timings):.1f} |"
            )
