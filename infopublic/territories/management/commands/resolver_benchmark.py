import statistics
import time

from django.core.management.base import BaseCommand, CommandError

from infopublic.territories.models import Commune

# What receptionists type, from the issue: postal codes, names without accents, beginnings.
TYPED = [
    "71250",
    "71520",
    "71100",
    "macon",
    "sainte cecile",
    "montceau les mines",
    "chalon sur saone",
    "paray le monial",
    "Montceau",
    "cecile",
    "saint",
    "71870 laize",
]


def milliseconds(function, rounds):
    samples = []
    for _round in range(rounds):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


class Command(BaseCommand):
    help = "Mesure le résolveur de communes (resolve, suggest, code picked) sur les communes chargées."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=200, help="appels par texte")

    def handle(self, *args, rounds, **options):
        count = Commune.objects.count()
        if not count:
            raise CommandError("Aucune commune : lancez d’abord manage.py load_territories.")
        self.stdout.write(f"{count} communes, {rounds} appels par texte ; p50 / p95 en ms")
        rows = []
        for text in TYPED:
            rows.append(
                (f"resolve({text!r})", *milliseconds(lambda text=text: Commune.objects.resolve(text), rounds))
            )
            rows.append(
                (f"suggest({text!r})", *milliseconds(lambda text=text: Commune.objects.suggest(text), rounds))
            )
        picked = Commune.objects.order_by("-population").first()
        rows.append(
            (
                f"resolve({picked.name!r}, code_insee)",
                *milliseconds(lambda: Commune.objects.resolve(picked.name, picked.code), rounds),
            )
        )
        for label, p50, p95 in rows:
            self.stdout.write(f"{label:<45} {p50:6.2f} {p95:6.2f}")
