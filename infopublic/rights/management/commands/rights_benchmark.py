"""Measure the rights check's OpenFisca cost: model load time, process memory, p50/p95 of an estimate.

    manage.py rights_benchmark [--checks 30] [--warmup 3]

Runs in its own process (the model is loaded here, never in the web process running the command), touches
no database: it only builds households and calls the adapter for the seven benefits.
"""

import os
import statistics
import time
from datetime import date
from decimal import Decimal

from django.core.management.base import BaseCommand

from infopublic.directory.choices import Benefit
from infopublic.rights.household import Household
from infopublic.rights.openfisca import estimate, model

COMMUNES = ("71137", "71306", "71270")


def households():
    """A cycle of varied households: alone or couple, 0 to 3 children, tenant or not, 0 to 2,400 €."""
    index = 0
    while True:
        children = tuple(range(2, 2 + 4 * (index % 4), 4))
        yield Household(
            couple=index % 2 == 1,
            age=25 + (index * 7) % 50,
            partner_age=30,
            children_ages=children,
            status=("salarie", "demandeur-emploi", "sans-activite", "retraite")[index % 4],
            disability=("non", "80")[index % 5 == 0],
            housing=("locataire", "heberge", "proprietaire", "sans-domicile")[index % 4],
            rent=Decimal(350 + 25 * (index % 8)),
            earnings=Decimal((index * 300) % 2400),
            pensions=Decimal(0),
            nationality="francaise",
        )
        index += 1


def rss_mb():
    with open(f"/proc/{os.getpid()}/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


class Command(BaseCommand):
    help = "Load time, memory and p50/p95 of the rights check's OpenFisca estimate."

    def add_arguments(self, parser):
        parser.add_argument("--checks", type=int, default=30)
        parser.add_argument("--warmup", type=int, default=3)

    def handle(self, checks, warmup, **options):
        day = date.today()
        before = rss_mb()
        started = time.perf_counter()
        model.system  # noqa: B018 - loads the tax-benefit system
        load = time.perf_counter() - started
        loaded = rss_mb()
        source = households()
        first_started = time.perf_counter()
        estimate(next(source), COMMUNES[0], day, list(Benefit.values))
        first = time.perf_counter() - first_started
        for _ in range(max(warmup - 1, 0)):
            estimate(next(source), COMMUNES[0], day, list(Benefit.values))
        timings = []
        for index in range(checks):
            started = time.perf_counter()
            estimate(next(source), COMMUNES[index % len(COMMUNES)], day, list(Benefit.values))
            timings.append(time.perf_counter() - started)
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        self.stdout.write(f"model load: {load:.2f} s; RSS {before:.0f} MB -> {loaded:.0f} MB after load")
        self.stdout.write(f"first estimate: {first:.2f} s; RSS after warm-up {rss_mb():.0f} MB")
        self.stdout.write(
            f"{checks} estimates (7 benefits each) after {warmup} warm-up: "
            f"p50 {statistics.median(timings) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {timings[-1] * 1000:.0f} ms"
        )
