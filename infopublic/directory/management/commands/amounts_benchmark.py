"""`manage.py amounts_benchmark`: what reading openfisca-france costs a process, three ways.

Each way runs in a fresh Python process (so that nothing is already imported), `--runs` times; the command
prints the median wall time and the resident memory (VmRSS) and peak (VmHWM) at the end:
- `full model`: `FranceTaxBenefitSystem()`, the whole tax-benefit model (variables and parameters);
- `all parameters`: openfisca-core's `ParameterNode` on the package's parameters directory;
- `bound amounts`: what the site does, `infopublic.directory.amounts` reading the files of five national
  amounts (RSA, prime d'activité, AAH, ASPA single and couple), then answering for a day.
"""

import json
import statistics
import subprocess
import sys

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

MEMORY = """
def memory():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return [int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")]
"""

PATHS = [
    "prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa",
    "prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m.montant_de_base",
    "prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant",
    "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel.personnes_seules",
    "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.montant_maximum_annuel.couples",
]

WAYS = {
    "full model": """
start = time.perf_counter()
from openfisca_france import FranceTaxBenefitSystem
imported = time.perf_counter()
FranceTaxBenefitSystem().parameters
""",
    "all parameters": """
start = time.perf_counter()
import os
import openfisca_france
from openfisca_core.parameters import ParameterNode
imported = time.perf_counter()
ParameterNode("", directory_path=os.path.join(os.path.dirname(openfisca_france.__file__), "parameters"))
""",
    "bound amounts": """
start = time.perf_counter()
from infopublic.directory import amounts
imported = time.perf_counter()
for path in PATHS:
    amounts.amount_in_force(path, "2026-06-01")
loaded = time.perf_counter()
for _ in range(1000):
    for path in PATHS:
        amounts.amount_in_force(path, "2026-06-01")
extra["lookup_us"] = (time.perf_counter() - loaded) / (1000 * len(PATHS)) * 1e6
""",
}


def measure(code):
    script = "\n".join(
        [
            "import json, time",
            MEMORY,
            f"PATHS = {PATHS!r}",
            "extra = {}",
            "baseline = memory()[0]",
            code,
            "end = time.perf_counter()",
            "rss, peak = memory()",
            "print(json.dumps({'import_s': imported - start, 'total_s': end - start, 'rss_mb': rss,"
            " 'peak_mb': peak, 'baseline_mb': baseline, **extra}))",
        ]
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


class Command(BaseCommand):
    help = _("Mesure le coût (temps, mémoire) de la lecture d’openfisca-france : modèle ou paramètres.")

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=3, help=_("processus mesurés par façon (défaut 3)"))

    def handle(self, *args, runs=3, **options):
        self.stdout.write("| way | import (s) | total (s) | RSS (MB) | peak (MB) | lookup (µs) |")
        self.stdout.write("|---|---|---|---|---|---|")
        for name, code in WAYS.items():
            results = [measure(code) for _ in range(runs)]

            def median(key, results=results):
                values = [result[key] for result in results if key in result]
                return statistics.median(values) if values else None

            lookup = median("lookup_us")
            self.stdout.write(
                f"| {name} | {median('import_s'):.2f} | {median('total_s'):.2f} | {median('rss_mb'):.0f} | "
                f"{median('peak_mb'):.0f} | {f'{lookup:.1f}' if lookup is not None else '—'} |"
            )
        self.stdout.write(_("Processus Python nu : %(mb).0f MB.") % {"mb": median("baseline_mb")})
