"""A scheme's structured criteria against a household: probably eligible, to check (missing information)
or not eligible (with the reason). A criterion left empty on the scheme is not checked."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from infopublic.directory.choices import (
    ActivityStatus,
    ChildrenCondition,
    HouseholdSituation,
    HousingStatus,
    ResidenceCondition,
    ResourcesPeriod,
)

from .household import Disability, Nationality


class Outcome(models.TextChoices):
    PROBABLE = "probable", _("Probablement éligible")
    TO_CHECK = "a-verifier", _("À vérifier")
    CLOSED = "non-eligible", _("Non éligible")


# The residence conditions each nationality answer meets.
RESIDENCE_MET = {
    Nationality.FRENCH: set(ResidenceCondition.values),
    Nationality.EUROPEAN: set(ResidenceCondition.values),
    Nationality.PERMIT_10: set(ResidenceCondition.values),
    Nationality.PERMIT_5: {
        ResidenceCondition.RESIDENT,
        ResidenceCondition.REGULAR,
        ResidenceCondition.FIVE_YEARS,
    },
    Nationality.PERMIT_RECENT: {ResidenceCondition.RESIDENT, ResidenceCondition.REGULAR},
    Nationality.NO_PERMIT: {ResidenceCondition.RESIDENT},
}


@dataclass
class Verdict:
    outcome: str
    reasons: list = field(default_factory=list)  # why not eligible
    missing: list = field(default_factory=list)  # what the person did not say
    notes: list = field(default_factory=list)  # how a criterion was read

    @property
    def label(self):
        return Outcome(self.outcome).label


def _labels(choices, values):
    mapping = dict(choices)
    return ", ".join(str(mapping.get(value, value)).lower() for value in values)


def resources_ceiling(scheme, household):
    """The scheme's monthly ceiling for this household's size, or None when not checked."""
    if scheme.criteria_resources_ceiling is None:
        return None
    extra = scheme.criteria_ceiling_per_person or 0
    return scheme.criteria_resources_ceiling + extra * (household.persons - 1)


def evaluate(scheme, household):
    """The Verdict of `scheme`'s criteria (age, household, children, status, disability, housing,
    resources, nationality and residence) for `household`. The residence zone is checked by the caller."""
    reasons, missing, notes = [], [], []

    if scheme.age_min is not None or scheme.age_max is not None:
        if household.age is None:
            missing.append(_("âge"))
        elif scheme.age_min is not None and household.age < scheme.age_min:
            reasons.append(_("à partir de %(age)s ans") % {"age": scheme.age_min})
        elif scheme.age_max is not None and household.age > scheme.age_max:
            reasons.append(_("jusqu’à %(age)s ans") % {"age": scheme.age_max})

    if scheme.criteria_households:
        if household.couple is None:
            missing.append(_("situation familiale"))
        else:
            situation = HouseholdSituation.COUPLE if household.couple else HouseholdSituation.SINGLE
            if situation not in scheme.criteria_households:
                reasons.append(
                    _("réservé aux situations : %(list)s")
                    % {"list": _labels(HouseholdSituation.choices, scheme.criteria_households)}
                )

    if scheme.criteria_children == ChildrenCondition.WITH and not household.children_ages:
        reasons.append(_("il faut au moins un enfant à charge"))
    elif scheme.criteria_children == ChildrenCondition.WITHOUT and household.children_ages:
        reasons.append(_("réservé aux foyers sans enfant à charge"))

    if scheme.criteria_statuses:
        if not household.status:
            missing.append(_("statut (emploi, études, retraite…)"))
        elif not household.statuses & set(scheme.criteria_statuses):
            reasons.append(
                _("réservé aux statuts : %(list)s")
                % {"list": _labels(ActivityStatus.choices, scheme.criteria_statuses)}
            )

    if scheme.criteria_disability:
        if not household.disability:
            missing.append(_("handicap reconnu"))
        elif household.disability == Disability.NONE:
            reasons.append(_("il faut un handicap reconnu par la MDPH"))

    if scheme.criteria_housing:
        if not household.housing:
            missing.append(_("logement"))
        elif household.housing not in scheme.criteria_housing:
            reasons.append(
                _("réservé aux situations de logement : %(list)s")
                % {"list": _labels(HousingStatus.choices, scheme.criteria_housing)}
            )

    ceiling = resources_ceiling(scheme, household)
    if ceiling is not None:
        resources = household.monthly_resources
        if resources is None:
            missing.append(_("ressources"))
        elif resources > ceiling:
            reasons.append(
                _("ressources de %(resources)s € par mois au-dessus du plafond de %(ceiling)s €")
                % {"resources": f"{resources:.0f}", "ceiling": f"{ceiling:.0f}"}
            )
        if scheme.criteria_resources_period != ResourcesPeriod.THREE_MONTHS:
            notes.append(
                _("Le plafond porte sur la %(period)s : comparé ici à la moyenne des trois derniers mois.")
                % {"period": ResourcesPeriod(scheme.criteria_resources_period).label}
            )

    if scheme.criteria_residence:
        if not household.nationality:
            missing.append(_("nationalité et titre de séjour"))
        elif scheme.criteria_residence not in RESIDENCE_MET.get(household.nationality, set()):
            reasons.append(ResidenceCondition(scheme.criteria_residence).label)

    if reasons:
        outcome = Outcome.CLOSED
    elif missing:
        outcome = Outcome.TO_CHECK
    else:
        outcome = Outcome.PROBABLE
    return Verdict(outcome=outcome, reasons=reasons, missing=missing, notes=notes)
