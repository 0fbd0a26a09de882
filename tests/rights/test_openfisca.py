"""The openfisca-france adapter: household -> situation -> indicative monthly amounts.

Hand cases: amounts of openfisca-france 176.1.8's parameters in force in December 2026 (RSA base 651.69 €
since 2026-04-01; AAH 1,041.59 €; ASPA 12,523.14 € a year alone, 19,442.21 € a couple; BMAF 478.16 €).
Package cases: openfisca-france 176.1.8's own tests (sdist `tests/formulas/rsa/rsa_celibataire.yaml`,
`tests/formulas/aspa.yaml`, `tests/formulas/af.yaml`, copied unchanged in package_cases/), run through the
same adapter with the household each case describes (other benefits: test_package_benefits.py).
"""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from infopublic.directory.choices import Benefit
from infopublic.rights.household import Household
from infopublic.rights.openfisca import estimate, situation

DAY = date(2026, 12, 3)
CLUNY = "71137"
D = Decimal
ALONE = {
    "couple": False,
    "age": 40,
    "housing": "sans-domicile",
    "disability": "non",
    "nationality": "francaise",
}
CASES = [
    # 1. Alone, no resources, no housing: no forfait logement. RSA = 651.69.
    ("rsa", {**ALONE, "earnings": D(0)}, 651.69),
    # 2. Housed free: forfait logement 12 % of the base. 651.69 × 0.88 = 573.49.
    ("rsa", {**ALONE, "housing": "heberge", "earnings": D(0)}, 573.49),
    # 3. Couple: base × 1.5 = 977.535 -> 977.54 (± 0.01).
    ("rsa", {**ALONE, "couple": True, "partner_age": 40, "earnings": D(0)}, 977.54),
    # 4. Couple and one child: base × (1.5 + 0.3) = 1,173.04.
    ("rsa", {**ALONE, "couple": True, "partner_age": 40, "children_ages": (4,), "earnings": D(0)}, 1173.04),
    # 5. Earnings of 300 € (since 2016 fully deducted): 651.69 − 300 = 351.69.
    ("rsa", {**ALONE, "earnings": D(300), "status": "salarie"}, 351.69),
    # 6. Earnings of 2,000 € are above the base: 0.
    ("rsa", {**ALONE, "earnings": D(2000), "status": "salarie"}, 0),
    # 7. ASPA alone at 70, no resources: 12,523.14 / 12 = 1,043.595 -> 1,043.60 (± 0.01).
    ("aspa", {**ALONE, "age": 70, "status": "retraite", "pensions": D(0)}, 1043.60),
    # 8. ASPA with a 500 € pension: 1,043.60 − 500 = 543.60.
    ("aspa", {**ALONE, "age": 70, "status": "retraite", "pensions": D(500)}, 543.60),
    # 9. ASPA couple, both 70, no resources: 19,442.21 / 12 = 1,620.18.
    ("aspa", {**ALONE, "age": 70, "couple": True, "partner_age": 70, "pensions": D(0)}, 1620.18),
    # 9b. ASPA alone at 70 with a residence permit for 10 years or more (non-EEA): 1,043.60 as for a French
    # national (the adapter gives the permit condition to the model: see openfisca.py).
    ("aspa", {**ALONE, "age": 70, "nationality": "titre-10-ans", "pensions": D(0)}, 1043.60),
    # 10. Under the ASPA age: 0.
    ("aspa", {**ALONE, "age": 50, "pensions": D(0)}, 0),
    # 11. AAH at 80 %, no resources: full amount 1,041.59.
    ("aah", {**ALONE, "disability": "80", "earnings": D(0)}, 1041.59),
    # 12. No disability: no AAH.
    ("aah", {**ALONE, "earnings": D(0)}, 0),
    # 13. AF, two children of 5 and 8, modest income: 32 % × 478.16 = 153.01.
    (
        "af",
        {**ALONE, "couple": True, "partner_age": 38, "children_ages": (5, 8), "earnings": D(1500)},
        153.01,
    ),
    # 14. AF, three children under 14: 73 % × 478.16 = 349.06.
    (
        "af",
        {**ALONE, "couple": True, "partner_age": 38, "children_ages": (5, 8, 12), "earnings": D(1500)},
        349.06,
    ),
    # 15. AF, one child: nothing before the second child.
    ("af", {**ALONE, "children_ages": (5,), "earnings": D(1500)}, 0),
    # 16. Prime d'activité without earned income: 0.
    ("ppa", {**ALONE, "earnings": D(0)}, 0),
    # 17. Aides au logement with 3,000 € a month for a 500 € rent: far above the thresholds, 0.
    ("aide_logement", {**ALONE, "housing": "locataire", "rent": D(500), "earnings": D(3000)}, 0),
    # 18. CSS with no resources (RSA paid): free, participation 0, eligible.
    ("css", {**ALONE, "earnings": D(0)}, 0),
]


@pytest.mark.parametrize(("benefit", "facts", "expected"), CASES)
def test_hand_computed_households(benefit, facts, expected):
    found = estimate(Household(**facts), CLUNY, DAY, [benefit])[benefit]
    assert float(found.amount) == pytest.approx(expected, abs=0.011)
    if benefit == "css":
        assert found.eligible
    else:
        assert found.eligible == (expected > 0)


def test_css_not_open_with_high_earnings():
    # 19. 3,000 € a month alone is far above the CSS ceiling (about 800 € free, 1,100 € with participation).
    found = estimate(Household(**{**ALONE, "earnings": D(3000)}), CLUNY, DAY, [Benefit.CSS])[Benefit.CSS]
    assert not found.eligible


def test_situation_shape():
    # 20. A couple with a child renting in Cluny: the rent and commune reach the household (ménage).
    facts = {**ALONE, "couple": True, "partner_age": 35, "children_ages": (2,), "housing": "locataire"}
    built = situation(Household(**facts, rent=D(450)), CLUNY, DAY)
    assert set(built["individus"]) == {"demandeur", "conjoint", "enfant_1"}
    assert built["menages"]["menage"]["loyer"] == {"2026-12": 450.0}
    assert built["menages"]["menage"]["depcom"] == {"2026-12": CLUNY}
    assert built["familles"]["famille"]["parents"] == ["demandeur", "conjoint"]


PACKAGE_DIR = Path(__file__).parent / "package_cases"
PACKAGE_CASES = yaml.safe_load((PACKAGE_DIR / "rsa_celibataire.yaml").read_text())
ARITHMETIC = re.compile(r"^[0-9.\s*/+-]+$")


def package_case(file_name, name):
    return next(
        case for case in yaml.safe_load((PACKAGE_DIR / file_name).read_text()) if case["name"] == name
    )


def expected_value(value):
    """A YAML expected output: a number or arithmetic such as "395.04 * 0.32" (digits and operators only)."""
    if isinstance(value, str):
        assert ARITHMETIC.match(value), value
        return eval(value, {"__builtins__": {}})  # noqa: S307 - digits and operators only, checked above
    return value


@pytest.mark.parametrize("index", [0, 1])
def test_package_rsa_celibataire(index):
    """Born 1985-01-01, owner, salaire_net constant over 2012-2014: the household for January 2014."""
    case = PACKAGE_CASES[index]
    yearly = (case["input"].get("salaire_net") or {}).get(2014, 0)
    household = Household(
        couple=False,
        age=29,
        housing="proprietaire",
        earnings=D(yearly) / 12,
        disability="non",
        nationality="francaise",
    )
    found = estimate(household, CLUNY, date(2014, 1, 15), [Benefit.RSA])[Benefit.RSA]
    assert float(found.amount) == pytest.approx(case["output"]["rsa"]["2014-01"], abs=0.011)


def test_package_aspa_case_2():
    """Alone, 65 in April 2018, resources 1,590 € over three months; the case leaves `nationalite` at its
    default (FR): its `duree_possession_titre_sejour` of 12 years plays no part."""
    case = package_case("aspa.yaml", "ASPA - Cas N°2")
    household = Household(
        couple=False,
        age=65,
        housing="proprietaire",
        pensions=D(1590) / 3,
        disability="non",
        nationality="francaise",
        status="retraite",
    )
    found = estimate(household, CLUNY, date(2018, 4, 15), [Benefit.ASPA])[Benefit.ASPA]
    assert float(found.amount) == pytest.approx(expected_value(case["output"]["aspa"]), abs=0.02)


def test_package_af_couple_two_children():
    """Couple of 40, two children of 9, no resources, January 2012: 32 % of the BMAF."""
    case = package_case("af.yaml", "Allocations familiales - Couple, 2 enfants de moins de 11 ans")
    assert case["period"] == "2012-01"
    household = Household(
        couple=True,
        age=40,
        partner_age=40,
        children_ages=(9, 9),
        housing="proprietaire",
        earnings=D(0),
        disability="non",
        nationality="francaise",
    )
    found = estimate(household, CLUNY, date(2012, 1, 15), [Benefit.AF])[Benefit.AF]
    assert float(found.amount) == pytest.approx(expected_value(case["output"]["af"]), abs=0.03)
