"""Criteria evaluation: each outcome and each missing-information case (unsaved SchemePage instances)."""

from decimal import Decimal

import pytest

from infopublic.directory.models import SchemePage
from infopublic.rights.criteria import Outcome, evaluate, resources_ceiling
from infopublic.rights.household import Household

pytestmark = pytest.mark.django_db

FULL = Household(
    couple=False,
    age=40,
    children_ages=(),
    status="salarie",
    disability="non",
    housing="locataire",
    rent=Decimal(400),
    earnings=Decimal(700),
    nationality="francaise",
)


def scheme(**criteria):
    return SchemePage(title="Aide", summary="Une aide.", **criteria)


def test_no_criteria_is_probable():
    assert evaluate(scheme(), FULL).outcome == Outcome.PROBABLE


@pytest.mark.parametrize(
    ("criteria", "household", "missing"),
    [
        ({"age_min": 25}, Household(), "âge"),
        ({"criteria_households": ["seul"]}, Household(), "situation familiale"),
        ({"criteria_statuses": ["salarie"]}, Household(), "statut (emploi, études, retraite…)"),
        ({"criteria_disability": True}, Household(), "handicap reconnu"),
        ({"criteria_housing": ["locataire"]}, Household(), "logement"),
        ({"criteria_resources_ceiling": Decimal(800)}, Household(), "ressources"),
        ({"criteria_residence": "sejour-regulier"}, Household(), "nationalité et titre de séjour"),
    ],
)
def test_each_missing_information_is_to_check(criteria, household, missing):
    verdict = evaluate(scheme(**criteria), household)
    assert verdict.outcome == Outcome.TO_CHECK
    assert [str(label) for label in verdict.missing] == [missing]
    # The same criterion answered by a complete household is met.
    complete = Household(**{**FULL.__dict__, "disability": "80"})
    assert evaluate(scheme(**criteria), complete).outcome == Outcome.PROBABLE


@pytest.mark.parametrize(
    ("criteria", "reason"),
    [
        ({"age_min": 60}, "à partir de 60 ans"),
        ({"age_max": 25}, "jusqu’à 25 ans"),
        ({"criteria_households": ["couple"]}, "réservé aux situations : en couple"),
        ({"criteria_children": "avec"}, "il faut au moins un enfant à charge"),
        ({"criteria_statuses": ["retraite"]}, "réservé aux statuts : retraité"),
        ({"criteria_housing": ["proprietaire"]}, "réservé aux situations de logement : propriétaire"),
        ({"criteria_residence": "sejour-5-ans"}, None),
    ],
)
def test_each_closed_reason(criteria, reason):
    household = FULL
    if "criteria_residence" in criteria:
        household = Household(**{**FULL.__dict__, "nationality": "titre-recent"})
    verdict = evaluate(scheme(**criteria), household)
    assert verdict.outcome == Outcome.CLOSED
    if reason:
        assert [str(r) for r in verdict.reasons] == [reason]


def test_disability_required():
    verdict = evaluate(scheme(criteria_disability=True), FULL)
    assert verdict.outcome == Outcome.CLOSED
    with_card = Household(**{**FULL.__dict__, "disability": "80"})
    assert evaluate(scheme(criteria_disability=True), with_card).outcome == Outcome.PROBABLE


def test_children_condition_without():
    family = Household(**{**FULL.__dict__, "children_ages": (4,)})
    assert evaluate(scheme(criteria_children="sans"), family).outcome == Outcome.CLOSED
    assert evaluate(scheme(criteria_children="avec"), family).outcome == Outcome.PROBABLE


def test_resources_ceiling_grows_with_the_household():
    # Montceau's communal allowance: 800 € for one person + 250 € per extra person.
    # Couple with two children: 4 persons -> 800 + 3 × 250 = 1,550 €.
    rule = scheme(criteria_resources_ceiling=Decimal(800), criteria_ceiling_per_person=Decimal(250))
    family = Household(
        couple=True, children_ages=(3, 9), earnings=Decimal(1200), partner_earnings=Decimal(300)
    )
    assert resources_ceiling(rule, family) == Decimal(1550)
    assert evaluate(rule, family).outcome == Outcome.PROBABLE  # 1,500 ≤ 1,550
    richer = Household(
        couple=True, children_ages=(3, 9), earnings=Decimal(1300), partner_earnings=Decimal(300)
    )
    verdict = evaluate(rule, richer)  # 1,600 > 1,550
    assert verdict.outcome == Outcome.CLOSED
    assert "1600" in str(verdict.reasons[0]) and "1550" in str(verdict.reasons[0])


def test_blank_amount_counts_as_zero_once_another_is_given():
    household = Household(pensions=Decimal(0))
    assert household.monthly_resources == 0
    assert evaluate(scheme(criteria_resources_ceiling=Decimal(800)), household).outcome == Outcome.PROBABLE


def test_reference_period_is_noted():
    rule = scheme(criteria_resources_ceiling=Decimal(2000), criteria_resources_period="revenu-fiscal")
    verdict = evaluate(rule, FULL)
    assert verdict.outcome == Outcome.PROBABLE
    assert "revenu fiscal" in str(verdict.notes[0])


def test_a_failed_criterion_wins_over_missing_information():
    verdict = evaluate(scheme(age_min=60, criteria_housing=["locataire"]), Household(age=30))
    assert verdict.outcome == Outcome.CLOSED
    assert [str(label) for label in verdict.missing] == ["logement"]


@pytest.mark.parametrize(
    ("nationality", "met"),
    [
        ("francaise", {"residence", "sejour-regulier", "sejour-5-ans", "sejour-10-ans"}),
        ("europeenne", {"residence", "sejour-regulier", "sejour-5-ans", "sejour-10-ans"}),
        ("titre-10-ans", {"residence", "sejour-regulier", "sejour-5-ans", "sejour-10-ans"}),
        ("titre-5-ans", {"residence", "sejour-regulier", "sejour-5-ans"}),
        ("titre-recent", {"residence", "sejour-regulier"}),
        ("sans-titre", {"residence"}),
    ],
)
def test_residence_conditions(nationality, met):
    household = Household(nationality=nationality)
    for condition in ("residence", "sejour-regulier", "sejour-5-ans", "sejour-10-ans"):
        outcome = evaluate(scheme(criteria_residence=condition), household).outcome
        assert (outcome == Outcome.PROBABLE) == (condition in met), condition
