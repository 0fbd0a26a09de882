"""The rights check: for a household in a commune, the schemes probably open, to check and closed, with
the estimated amount where openfisca-france computes one, what to bring and the doors serving the commune."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infopublic.directory.doors import doors_by_scheme
from infopublic.directory.models import SchemePage

from . import openfisca
from .criteria import Outcome, Verdict, evaluate

# Where a person checks every right with the State's own simulators (plain addresses, no call made).
OFFICIAL_SIMULATOR = "https://www.mesdroitssociaux.gouv.fr/"
YOUTH_SIMULATOR = "https://www.1jeune1solution.gouv.fr/mes-aides"
YOUTH_AGE_MAX = 30
DOORS_SHOWN = 3

MISSING_LABELS = {
    "age": _("âge"),
    "couple": _("situation familiale"),
    "housing": _("logement"),
    "resources": _("ressources"),
}


@dataclass
class SchemeResult:
    scheme: SchemePage
    verdict: Verdict
    estimate: openfisca.Estimate | None = None
    doors: list = field(default_factory=list)


@dataclass
class CheckResult:
    day: date
    commune: object
    probable: list
    to_check: list
    closed: list
    estimated: bool  # whether openfisca-france was run
    simulator: str = OFFICIAL_SIMULATOR

    @property
    def count(self):
        return len(self.probable) + len(self.to_check) + len(self.closed)


def checked_schemes(commune):
    """Live, public schemes of the commune's residence zone that carry criteria to check."""
    schemes = SchemePage.objects.live().public().applying_to(commune)
    with_criteria = (
        ~Q(criteria_households=[])
        | ~Q(criteria_statuses=[])
        | ~Q(criteria_housing=[])
        | ~Q(criteria_children="")
        | Q(criteria_disability=True)
        | Q(criteria_resources_ceiling__isnull=False)
        | ~Q(criteria_residence="")
        | ~Q(openfisca_benefit="")
        | Q(age_min__isnull=False)
        | Q(age_max__isnull=False)
    )
    return list(schemes.filter(with_criteria).prefetch_related("documents").order_by("title"))


def _combine(verdict, estimate, missing):
    """The verdict once the estimate (or the information it lacks) is known."""
    if verdict.outcome == Outcome.CLOSED:
        return verdict
    if missing:
        verdict.missing.extend(label for label in missing if label not in verdict.missing)
        verdict.outcome = Outcome.TO_CHECK
    elif estimate is not None and not estimate.eligible:
        verdict.outcome = Outcome.CLOSED
        verdict.reasons.append(_("l’estimation ne donne pas de droit avec ces ressources"))
    return verdict


def check(household, commune, user=None, day=None):
    """The CheckResult of `household` living in `commune` (a Commune) on `day` (today by default)."""
    day = day or timezone.localdate()
    schemes = checked_schemes(commune)
    missing = [MISSING_LABELS[name] for name in openfisca.missing_for_estimate(household)]
    benefits = sorted({scheme.openfisca_benefit for scheme in schemes if scheme.openfisca_benefit})
    verdicts = {scheme.pk: evaluate(scheme, household) for scheme in schemes}
    wanted = [
        benefit
        for benefit in benefits
        if any(s.openfisca_benefit == benefit and verdicts[s.pk].outcome != Outcome.CLOSED for s in schemes)
    ]
    estimates = openfisca.estimate(household, commune.code, day, wanted) if wanted and not missing else {}
    doors = doors_by_scheme(schemes, commune, user) if schemes else {}
    groups = {Outcome.PROBABLE: [], Outcome.TO_CHECK: [], Outcome.CLOSED: []}
    for scheme in schemes:
        estimate = estimates.get(scheme.openfisca_benefit)
        verdict = verdicts[scheme.pk]
        if scheme.openfisca_benefit:
            verdict = _combine(verdict, estimate, missing)
        result = SchemeResult(scheme, verdict, estimate, doors.get(scheme.pk, [])[:DOORS_SHOWN])
        groups[verdict.outcome].append(result)
    return CheckResult(
        day=day,
        commune=commune,
        probable=groups[Outcome.PROBABLE],
        to_check=groups[Outcome.TO_CHECK],
        closed=groups[Outcome.CLOSED],
        estimated=bool(estimates),
        simulator=YOUTH_SIMULATOR
        if household.age is not None and household.age < YOUTH_AGE_MAX
        else OFFICIAL_SIMULATOR,
    )
