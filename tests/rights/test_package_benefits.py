"""openfisca-france 176.1.8's own YAML tests for the prime d'activité, the aides au logement, the AAH and the
complémentaire santé solidaire (CMU-C before November 2019), run through the adapter.

The files are copied unchanged from the package's sdist (the wheel ships no tests) into package_cases/:
`tests/formulas/ppa/ppa_2018.yaml`, `tests/formulas/aides_logement_reforme_janvier_2021.yaml`,
`tests/formulas/aides_logement_etudiant.yaml`, `tests/formulas/aah/aah.yaml`, `tests/formulas/cs/css.yaml`
and `tests/formulas/cs/cmu.yaml`. Selected: the cases whose household the check's form can say (a person
or a couple, children's ages, tenant or not, the rent, the same monthly earnings every month, the commune).
Each case is translated into a `Household`, the adapter builds the situation (`situation`) and estimates
the benefit (`estimate`); both the estimate and every output the case lists are compared with the case's
own margin. Cases left aside, and why, in docs/rights.md.
"""

from datetime import date
from decimal import Decimal

import pytest
import yaml
from openfisca_core.simulation_builder import SimulationBuilder

from infopublic.directory.choices import Benefit
from infopublic.rights.household import Household
from infopublic.rights.openfisca import estimate, model, month_of, situation

from .test_openfisca import PACKAGE_DIR, expected_value

D = Decimal
FACTS = {"disability": "non", "nationality": "francaise"}
# The cases name the APL zone or a commune; a commune of that zone (checked through `zone_apl`):
TOULOUSE = "31555"  # zone 2


def case_named(file_name, name):
    cases = [case for case in yaml.safe_load((PACKAGE_DIR / file_name).read_text()) if case["name"] == name]
    assert len(cases) == 1, name
    return cases[0]


def case_day(case):
    year, month = (int(part) for part in str(case["period"]).removeprefix("month:").split("-"))
    return date(year, month, 15)


def approx(case, expected):
    return pytest.approx(
        expected,
        abs=case.get("absolute_error_margin", 0),
        rel=case.get("relative_error_margin", 0),
    )


def assert_case(case, household, commune, benefit, variable):
    """The adapter's estimate of `benefit` and every output of `case`, computed on the adapter's situation."""
    day = case_day(case)
    month = month_of(day)
    built = situation(household, commune, day)
    simulation = SimulationBuilder().build_from_entities(model.system, built)
    for name, value in case["output"].items():
        if isinstance(value, dict):
            value = value[month]
        computed = simulation.calculate(name, month)
        if hasattr(computed, "decode_to_str"):  # an enumeration such as `zone_apl`
            assert list(computed.decode_to_str()[:1]) == [value], name
        else:
            expected = [expected_value(item) for item in _as_list(value, month)]
            assert list(computed[: len(expected)]) == approx(case, expected), name
    found = estimate(household, commune, day, [benefit])[benefit]
    if variable:
        total = sum(expected_value(item) for item in _as_list(case["output"][variable], month))
        assert float(found.amount) == approx(case, total)
        assert found.eligible == (total > 0)
    return found


def _as_list(value, month):
    value = value[month] if isinstance(value, dict) else value
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize(
    ("name", "facts"),
    [
        # Alone, born 1980, tenant (no rent given), 134 € net a month over the reference quarter.
        ("PPA Cas N°1", {"couple": False, "age": 38, "earnings": D(134)}),
        # A couple born 1980 and 1982, tenant, 100 € and 67 € net a month.
        (
            "PPA Cas N°4",
            {"couple": True, "age": 38, "partner_age": 36, "earnings": D(100), "partner_earnings": D(67)},
        ),
    ],
)
def test_package_ppa_2018(name, facts):
    case = case_named("ppa_2018.yaml", name)
    household = Household(**facts, housing="locataire", rent=D(0), **FACTS)
    assert_case(case, household, None, Benefit.PRIME_ACTIVITE, "ppa")


def test_package_aide_logement_reform_2021_case_1():
    """Alone, born December 1986, jobseeker without resources, unfurnished private rent of 306 € in commune
    32107 (zone 3). The case's `charges_locatives` (20 €) are not asked by the form: the aides au logement
    use a flat amount for charges, so they play no part here."""
    case = case_named("aides_logement_reforme_janvier_2021.yaml", "Cas 1 AL Reforme 2019")
    household = Household(
        couple=False,
        age=34,
        status="demandeur-emploi",
        housing="locataire",
        rent=D(306),
        earnings=D(0),
        **FACTS,
    )
    assert_case(case, household, "32107", Benefit.AIDE_LOGEMENT, "aide_logement")


def test_package_aide_logement_student_with_child():
    """A student of 32 (born January 1989) with a child of 5, 658.33 € of taxable earnings a month,
    unfurnished rent of 400 € in zone 2 (the case gives `zone_apl`; Toulouse is in zone 2)."""
    case = case_named("aides_logement_etudiant.yaml", "Cas 3, Etudiant plus de 28 ans, non boursier")
    household = Household(
        couple=False,
        age=32,
        children_ages=(5,),
        status="etudiant",
        housing="locataire",
        rent=D(400),
        earnings=D("658.33"),
        **FACTS,
    )
    built = situation(household, TOULOUSE, case_day(case))
    simulation = SimulationBuilder().build_from_entities(model.system, built)
    assert (
        simulation.calculate("zone_apl", "2021-02").decode_to_str()[0] == case["input"]["menage"]["zone_apl"]
    )
    assert_case(case, household, TOULOUSE, Benefit.AIDE_LOGEMENT, "aide_logement")


AAH_COUPLE = {
    "couple": True,
    "age": 40,
    "partner_age": 40,
    "status": "salarie",
    "partner_status": "salarie",
    "disability": "80",
    "housing": "proprietaire",
    "earnings": D(1471),
    "partner_earnings": D(1000),
    "nationality": "francaise",
}


@pytest.mark.parametrize("period", ["month:2015-11", "month:2022-05"])
def test_package_aah_couple_both_employed(period):
    """A couple of 40, both employed: 1,471 € and 1,000 € a month; the person has an incapacity rate of
    90 % (the form's « 80 % ou plus », same rules). The adapter sums the AAH of the household."""
    cases = [
        case
        for case in yaml.safe_load((PACKAGE_DIR / "aah.yaml").read_text())
        if case["name"] == "AAH demandeur et conjoint salariés" and case["period"] == period
    ]
    assert len(cases) == 1
    assert_case(cases[0], Household(**AAH_COUPLE), None, Benefit.AAH, "aah")


def test_package_css_single_person_resources():
    """Alone, born May 1973, tenant (no rent), 833.33 € net every month: resources of 10,000 € a year, no
    free CSS, so a participation (the case's `acs` is 0: the ACS ended with the CSS)."""
    case = case_named("css.yaml", "CSS: Base de ressource d'une personne seule")
    household = Household(couple=False, age=46, housing="locataire", rent=D(0), earnings=D("833.33"), **FACTS)
    found = assert_case(case, household, None, Benefit.CSS, None)
    assert found.eligible
    assert found.amount > 0


def test_package_cmu_c_young_independent_person():
    """22 years old, no resources, not a dependant of the parents: CMU-C (free) in January 2016."""
    case = case_named(
        "cmu.yaml",
        "CMU-C: CMU ok si demandeur moins de 25 ans et indépendant fiscalement, géographiquement, et "
        "financièrement",
    )
    household = Household(couple=False, age=22, housing="heberge", earnings=D(0), **FACTS)
    found = assert_case(case, household, None, Benefit.CSS, None)
    assert found.eligible
    assert found.amount == 0
