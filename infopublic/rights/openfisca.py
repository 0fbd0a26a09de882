"""Indicative monthly amounts of national benefits from a household, with openfisca-france.

The tax-benefit system is loaded once per process, lazily, on the first check (a few seconds, about
120 MB). Resources: the person gives the average of the last three months; like the public simulators
when a person cannot give each month, the same amount is assumed for every past month the formulas read
(three months for RSA and prime d'activité, twelve for the aides au logement and the CSS, the year N-2
for the allocations familiales): see docs/rights.md.
"""

import threading
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from infopublic.directory.choices import ActivityStatus, Benefit, HousingStatus

from .household import Disability, Nationality

# Months of history given to the model: the oldest period a formula of these benefits reads (the
# education grants checked by the CSS read six years back); without them it recomputes payslips.
HISTORY_MONTHS = 84
ACTIVITY = {
    ActivityStatus.EMPLOYED: "actif",
    ActivityStatus.SELF_EMPLOYED: "actif",
    ActivityStatus.JOBSEEKER: "chomeur",
    ActivityStatus.STUDENT: "etudiant",
    ActivityStatus.RETIRED: "retraite",
    ActivityStatus.INACTIVE: "inactif",
}
OCCUPANCY = {
    HousingStatus.TENANT: "locataire_vide",
    HousingStatus.OWNER: "proprietaire",
    HousingStatus.HOSTED: "loge_gratuitement",
    HousingStatus.HOMELESS: "sans_domicile",
}
PERMIT_YEARS = {Nationality.PERMIT_10: 10, Nationality.PERMIT_5: 5, Nationality.PERMIT_RECENT: 1}
ASPA_PERMIT_YEARS = 10
# A nationality outside the European Economic Area: only its absence from the EEE list matters.
OUTSIDE_EEA = "ZZ"
FAMILY_VARIABLES = {
    Benefit.RSA: "rsa",
    Benefit.PRIME_ACTIVITE: "ppa",
    Benefit.AIDE_LOGEMENT: "aide_logement",
    Benefit.ASPA: "aspa",
    Benefit.AF: "af",
}


@dataclass(frozen=True)
class Estimate:
    benefit: str
    amount: Decimal  # euros per month; for the CSS, the monthly participation (0: free)
    eligible: bool


def month_of(day):
    return f"{day.year}-{day.month:02d}"


def months_back(day, count):
    """The month of `day` and the `count` months before it, as 'YYYY-MM'."""
    found, year, month = [], day.year, day.month
    for _ in range(count + 1):
        found.append(f"{year}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return found


def birth_date(age, day):
    """A birth date giving `age` on `day`: six months past the birthday (ages are said in whole years)."""
    month = day.month - 6
    year = day.year - age
    if month <= 0:
        year, month = year - 1, month + 12
    return date(year, month, 1).isoformat()


def _money(value):
    return float(value or 0)


def _person(age, day, months, earnings=None, unemployment=None, pensions=None, status="", household=None):
    person = {"date_naissance": {"ETERNITY": birth_date(age, day)}}
    for net, taxable, value in (
        ("salaire_net", "salaire_imposable", earnings),
        ("chomage_net", "chomage_imposable", unemployment),
        ("retraite_nette", "retraite_imposable", pensions),
    ):
        # Net and taxable amounts are taken as equal: a person knows the net amount paid.
        amount = _money(value)
        person[net] = dict.fromkeys(months, amount)
        person[taxable] = dict.fromkeys(months, amount)
    # The ASPA counts gross pensions: the person knows the net one; taken as equal (documented).
    person["retraite_brute"] = dict.fromkeys(months, _money(pensions))
    if status:
        person["activite"] = {months[0]: ACTIVITY[status]}
    return person


def situation(household, commune_code, day):
    """The openfisca-france situation of `household` for the month of `day` (test-case shape: individus,
    familles, foyers_fiscaux, menages)."""
    months = months_back(day, HISTORY_MONTHS)
    month = months[0]
    individus = {
        "demandeur": _person(
            household.age,
            day,
            months,
            earnings=household.earnings,
            unemployment=household.unemployment,
            pensions=household.pensions,
            status=household.status,
        )
    }
    demandeur = individus["demandeur"]
    if household.disability in (Disability.FROM_50, Disability.FROM_80):
        rate = 0.8 if household.disability == Disability.FROM_80 else 0.5
        demandeur["handicap"] = {month: True}
        demandeur["taux_incapacite"] = {month: rate}
        demandeur["aah_restriction_substantielle_durable_acces_emploi"] = {month: True}
    if household.nationality and household.nationality not in (Nationality.FRENCH, Nationality.EUROPEAN):
        demandeur["nationalite"] = {month: OUTSIDE_EEA}
        years = PERMIT_YEARS.get(household.nationality, 0)
        demandeur["duree_possession_titre_sejour"] = {month: years}
        # openfisca-france 176.1.8's `asi_aspa_condition_nationalite` calls numpy's `logical_or` with three
        # arguments (the third is its output array): it is False for every non-EEA national. Give the
        # condition (art. L816-1 CSS: ten years of residence permit) as an input instead.
        demandeur["asi_aspa_condition_nationalite"] = {month: years >= ASPA_PERMIT_YEARS}
    parents = ["demandeur"]
    if household.couple:
        partner_age = household.partner_age if household.partner_age is not None else household.age
        individus["conjoint"] = _person(
            partner_age, day, months, earnings=household.partner_earnings, status=household.partner_status
        )
        parents.append("conjoint")
    children = []
    for index, age in enumerate(household.children_ages, start=1):
        name = f"enfant_{index}"
        individus[name] = {"date_naissance": {"ETERNITY": birth_date(age, day)}}
        children.append(name)
    menage = {
        "personne_de_reference": ["demandeur"],
        "enfants": children,
        "statut_occupation_logement": {month: OCCUPANCY.get(household.housing, "loge_gratuitement")},
    }
    if household.couple:
        menage["conjoint"] = ["conjoint"]
    if commune_code:
        menage["depcom"] = {month: commune_code}
    if household.housing == HousingStatus.TENANT:
        menage["loyer"] = {month: _money(household.rent)}
    for person in individus.values():
        # The ASS needs `ass_precondition_remplie` (five years of work in the last ten), which the check
        # never asks: it is always zero here. Given as an input, the model skips its resources formulas
        # for every month the other benefits read (about a third of an estimate's time).
        person["ass"] = dict.fromkeys(months, 0.0)
    return {
        "individus": individus,
        "familles": {"famille": {"parents": parents, "enfants": children}},
        "foyers_fiscaux": {"foyer_fiscal": {"declarants": parents, "personnes_a_charge": children}},
        "menages": {"menage": menage},
    }


class Model:
    """openfisca-france's tax-benefit system, loaded on first use, once per process."""

    def __init__(self):
        self._system = None
        self._lock = threading.Lock()

    @property
    def system(self):
        if self._system is None:
            with self._lock:
                if self._system is None:
                    from openfisca_france import FranceTaxBenefitSystem

                    self._system = FranceTaxBenefitSystem()
        return self._system

    @property
    def loaded(self):
        return self._system is not None

    def calculate(self, situation_dict, month, benefits):
        """{benefit: Estimate} for the household of `situation_dict` in `month` ('YYYY-MM')."""
        from openfisca_core.simulation_builder import SimulationBuilder

        simulation = SimulationBuilder().build_from_entities(self.system, situation_dict)
        found = {}
        for benefit in benefits:
            if benefit == Benefit.AAH:
                amount = float(simulation.calculate("aah", month).sum())
                found[benefit] = Estimate(benefit, _euros(amount), amount > 0)
            elif benefit == Benefit.CSS:
                free = bool(simulation.calculate("cmu_c", month)[0])
                participation = float(simulation.calculate("css_participation_forfaitaire", month)[0])
                amount = Decimal(0) if free else _euros(participation)
                found[benefit] = Estimate(benefit, amount, free or participation > 0)
            else:
                amount = float(simulation.calculate(FAMILY_VARIABLES[benefit], month)[0])
                found[benefit] = Estimate(benefit, _euros(amount), amount > 0)
        return found


def _euros(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


model = Model()

# What the model needs to know before it can estimate: (field, French label).
REQUIRED = ("age", "couple", "housing")


def missing_for_estimate(household):
    """The household facts an estimate needs that the person did not give (attribute names)."""
    missing = [name for name in REQUIRED if getattr(household, name) in (None, "")]
    if not household.resources_known:
        missing.append("resources")
    return missing


def estimate(household, commune_code, day, benefits):
    """{benefit: Estimate} for `benefits` (Benefit values) of `household` living in `commune_code` in the
    month of `day`. The caller checks `missing_for_estimate` first."""
    if not benefits:
        return {}
    return model.calculate(situation(household, commune_code, day), month_of(day), benefits)
