"""Amounts read from openfisca-france's real parameters (no mocked values), and the scheme page with them."""

import threading
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
import time_machine

from infopublic.demo.build import build_amount
from infopublic.directory.amounts import (
    NotAnAmount,
    ParameterSource,
    UnknownParameter,
    amount_in_force,
    check_parameter,
    source,
)
from infopublic.directory.models import SchemeAmount

from .amount_fixtures import (
    AAH,
    ASF_RATE,
    ASPA,
    ASPA_COUPLE,
    ASPA_SINGLE,
    DECREE_2025,
    DECREE_2026,
    PPA,
    RSA,
    paris,
)

CHEQUE_ENERGIE_SCALE = (
    "prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.aide_exceptionnelle"
)


def openfisca_says(path, day):
    """openfisca-core's own evaluation of the parameter on `day`."""
    return Decimal(str(source.parameter(path)(day.isoformat()))).quantize(Decimal("0.01"))


@pytest.mark.parametrize(
    ("day", "value", "since", "next_value", "next_on"),
    [
        (date(2025, 3, 31), "635.71", date(2024, 4, 1), "646.52", date(2025, 4, 1)),
        (date(2025, 4, 1), "646.52", date(2025, 4, 1), "651.69", date(2026, 4, 1)),
        (date(2026, 3, 31), "646.52", date(2025, 4, 1), "651.69", date(2026, 4, 1)),
        (date(2026, 4, 1), "651.69", date(2026, 4, 1), None, None),
    ],
)
def test_rsa_around_its_revaluations(day, value, since, next_value, next_on):
    found = amount_in_force(RSA, day)
    assert found.value == Decimal(value) == openfisca_says(RSA, day)
    assert found.since == since
    assert found.since == day or openfisca_says(RSA, found.since - timedelta(days=1)) != found.value
    if next_value is None:
        # Nothing later was published in this package version: whatever it says next, openfisca agrees.
        later = [v for v in source.parameter(RSA).values_list if date.fromisoformat(v.instant_str) > day]
        assert (found.next_value is None) == (not later)
    else:
        assert (found.next_value, found.next_on) == (Decimal(next_value), next_on)
        assert openfisca_says(RSA, next_on) == found.next_value
    assert found.label == "Montant de base du revenu de solidarité active (RSA) pour la métropole"


def test_reference_is_the_text_in_force_that_day():
    (before,) = amount_in_force(RSA, date(2026, 3, 31)).references
    (after,) = amount_in_force(RSA, date(2026, 4, 1)).references
    assert (before.title, before.href) == ("Décret n° 2025-293 du 29 mars 2025, art. 1", DECREE_2025)
    assert (after.title, after.href) == ("Décret n° 2026-220 du 30 mars 2026, art. 1", DECREE_2026)


def test_before_the_first_value_nothing_is_in_force_but_the_first_is_next():
    found = amount_in_force(RSA, date(2009, 5, 31))
    assert found.value is None and found.since is None
    assert found.next_on == date(2009, 6, 1) and found.next_value == openfisca_says(RSA, date(2009, 6, 1))


@pytest.fixture(scope="module")
def full_model_parameters():
    from openfisca_france import FranceTaxBenefitSystem

    return FranceTaxBenefitSystem().parameters


@pytest.mark.parametrize("path", [RSA, PPA, AAH, ASPA_SINGLE, ASPA_COUPLE])
def test_national_amounts_equal_the_full_models_parameters_today(path, full_model_parameters):
    """Reading one file gives what the whole tax-benefit system holds for that parameter."""
    today = timezone.localdate()
    node = full_model_parameters
    for part in path.split("."):
        node = getattr(node, part)
    expected = Decimal(str(node(today.isoformat()))).quantize(Decimal("0.01"))
    assert amount_in_force(path, today).value == expected


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("prestations_sociales.inconnu.montant", UnknownParameter),
        ("../../etc/passwd", UnknownParameter),
        ("prestations_sociales.solidarite_insertion.minima_sociaux.rsa.index", UnknownParameter),
        (f"{RSA}.value", UnknownParameter),
        (ASPA, NotAnAmount),  # a group
        (ASF_RATE, NotAnAmount),  # a share of the BMAF, not euros
        (
            "prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.aide_exceptionnelle",
            NotAnAmount,
        ),
        ("prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.age_min", NotAnAmount),  # years
    ],
)
def test_unknown_or_non_euro_paths_are_refused(path, error):
    with pytest.raises(error):
        amount_in_force(path, date(2026, 6, 1))
    assert check_parameter(path)


def test_parameter_files_are_parsed_once_per_process_even_under_concurrent_first_use():
    fresh = ParameterSource()
    results, barrier = [], threading.Barrier(6)

    def read():
        barrier.wait()
        results.append(fresh.parameter(RSA))

    threads = [threading.Thread(target=read) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and all(result is results[0] for result in results)
    assert len(fresh._files) == 1


@pytest.mark.django_db
class TestSchemePage:
    def test_shows_the_amount_in_force_and_changes_by_itself_on_its_date(self, client, rsa_scheme):
        scheme, _bound, _typed = rsa_scheme
        with time_machine.travel(paris(2026, 3, 31, 23, 50), tick=False):
            html = client.get(scheme.url).content.decode()
        assert "646,52 €</span> par mois" in html
        assert "depuis le 1er\xa0avril 2025" in html
        assert "passera à 651,69 € le 1er\xa0avril 2026" in html
        assert (
            f'<a href="{DECREE_2025}" rel="noopener">Décret n° 2025-293 du 29 mars 2025, art. 1</a>' in html
        )
        # Hand-typed amount: its own validity dates, unchanged behaviour.
        assert "50,00 €</span> par mois" in html and "du 1er\xa0avril 2025 au 31\xa0mars 2026" in html
        # Ten minutes later, on the day of the revaluation: no stale cached fragment.
        with time_machine.travel(paris(2026, 4, 1, 0, 0, 30), tick=False):
            html = client.get(scheme.url).content.decode()
        assert "651,69 €</span> par mois" in html and "646,52" not in html
        assert "depuis le 1er\xa0avril 2026" in html and "passera à" not in html
        assert f'<a href="{DECREE_2026}" rel="noopener">' in html
        assert "Aide locale complémentaire" not in html

    def test_a_bound_amount_whose_path_disappeared_is_left_out_not_an_error(self, client, rsa_scheme):
        scheme, bound, _typed = rsa_scheme
        SchemeAmount.objects.filter(pk=bound.pk).update(openfisca_parameter="prestations_sociales.disparu")
        scheme.save_revision().publish()
        with time_machine.travel(paris(2026, 6, 1, 12), tick=False):
            response = client.get(scheme.url)
        assert response.status_code == 200
        assert "Personne seule sans enfant" not in response.content.decode()

    def test_api_gives_the_amount_in_force_with_its_dates_and_reference(self, client, rsa_scheme):
        scheme, bound, typed = rsa_scheme
        with time_machine.travel(paris(2026, 3, 15, 12), tick=False):
            data = client.get(f"/api/v2/pages/{scheme.pk}/").json()
        amounts = {item["label"]: item for item in data["amounts"]}
        rsa = amounts[bound.label]
        assert rsa["amount"] == "646.52" and rsa["openfisca_parameter"] == RSA
        assert rsa["today"]["since"] == "2025-04-01"
        assert (rsa["today"]["next_amount"], rsa["today"]["next_on"]) == ("651.69", "2026-04-01")
        assert rsa["today"]["references"] == [
            {"title": "Décret n° 2025-293 du 29 mars 2025, art. 1", "href": DECREE_2025}
        ]
        assert rsa["today"]["source"].startswith("openfisca-france 176.")
        local = amounts[typed.label]
        assert local["amount"] == "50.00" and local["valid_until"] == "2026-03-31"
        assert local["today"]["since"] == "2025-04-01" and local["today"]["source"] is None
        with time_machine.travel(paris(2026, 4, 2, 12), tick=False):
            data = client.get(f"/api/v2/pages/{scheme.pk}/").json()
        amounts = {item["label"]: item for item in data["amounts"]}
        assert amounts[bound.label]["amount"] == "651.69"
        assert amounts[typed.label]["amount"] == "50.00" and amounts[typed.label]["today"] is None


@pytest.mark.django_db
class TestValidation:
    def amount(self, scheme, **fields):
        return SchemeAmount(scheme=scheme, label="Personne seule", **fields)

    def test_bound_amount_needs_no_typed_amount(self, rsa_scheme):
        scheme, _bound, _typed = rsa_scheme
        self.amount(scheme, openfisca_parameter=f"  {RSA} ").full_clean()

    @pytest.mark.parametrize(
        ("fields", "field", "message"),
        [
            (
                {"openfisca_parameter": "prestations_sociales.rsa"},
                "openfisca_parameter",
                "n’est pas un paramètre",
            ),
            ({"openfisca_parameter": ASF_RATE}, "openfisca_parameter", "n’est pas un montant en euros"),
            ({"openfisca_parameter": RSA, "valid_from": date(2026, 4, 1)}, "valid_from", "laissez-les vides"),
            ({}, "amount", "Indiquez le montant"),
        ],
    )
    def test_errors(self, rsa_scheme, fields, field, message):
        scheme, _bound, _typed = rsa_scheme
        with pytest.raises(ValidationError) as raised:
            self.amount(scheme, **fields).full_clean()
        assert message in " ".join(raised.value.message_dict[field])


@pytest.mark.django_db
def test_demo_builder_accepts_bound_amounts_as_dicts_and_typed_ones_as_tuples():
    today = timezone.localdate()
    bound = build_amount(
        {"label": "Couple", "parameter": ASPA_COUPLE, "period": "an", "note": "Montant maximal"}
    )
    found = amount_in_force(ASPA_COUPLE, today)
    assert (bound.openfisca_parameter, bound.period, bound.note) == (ASPA_COUPLE, "an", "Montant maximal")
    assert bound.amount == bound.synced_value == found.value and bound.synced_on == found.since
    assert build_amount({"label": "RSA", "parameter": RSA}).period == "mois"
    typed = build_amount(("Seule", "646.52", date(2025, 4, 1), None, ""))
    assert (typed.amount, typed.valid_from, typed.openfisca_parameter) == (
        Decimal("646.52"),
        date(2025, 4, 1),
        "",
    )
    with pytest.raises(ValueError, match="n’est pas un paramètre"):
        build_amount({"label": "Faux", "parameter": "prestations_sociales.faux"})


def test_references_in_every_form_the_package_uses_and_never_a_script_link():
    from openfisca_core.parameters import Parameter

    parameter = Parameter(
        "test.montant",
        {
            "values": {"2024-01-01": {"value": 10}, "2025-01-01": {"value": 11}},
            "metadata": {
                "unit": "currency",
                "reference": {
                    "2024-01-01": "Article L262-2 du code de l’action sociale et des familles",
                    "2025-01-01": [
                        {"title": "Décret A", "href": "javascript:alert(1)"},
                        {"title": "Décret B", "href": "https://www.legifrance.gouv.fr/b"},
                    ],
                },
            },
        },
    )
    (article,) = source.references(parameter, date(2024, 6, 1))
    assert (article.title, article.href) == ("Article L262-2 du code de l’action sociale et des familles", "")
    first, second = source.references(parameter, date(2025, 6, 1))
    assert (first.title, first.href) == ("Décret A", "")
    assert (second.title, second.href) == ("Décret B", "https://www.legifrance.gouv.fr/b")
    assert source.references(parameter, date(2023, 12, 31)) == ()
