"""`manage.py sync_amounts` and the admin's check of a bound parameter, on openfisca-france's parameters."""

from datetime import date
from decimal import Decimal
from io import StringIO

from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest

from infopublic.directory.models import SchemeAmount

from ..factories import UserFactory
from ..network.admin_forms import page_edit_data
from .amount_fixtures import ASF_RATE, RSA

pytestmark = pytest.mark.django_db


def sync(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("sync_amounts", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error.returncode
    return out.getvalue(), err.getvalue(), 0


def recorded(amount):
    amount.refresh_from_db()
    return amount.amount, amount.synced_value, amount.synced_on


def test_a_never_recorded_amount_is_reported_then_recorded_with_apply(rsa_scheme):
    _scheme, bound, typed = rsa_scheme
    out, _err, code = sync("--check", "--date", "2026-04-15")
    assert code == 1
    assert "CHANGÉ" in out and "jamais relevé → 651,69 € depuis le 1er\xa0avril 2026" in out
    assert "1 changé(s), 0 inchangé(s), 0 erreur(s)." in out
    assert recorded(bound) == (None, None, None)  # --check alone records nothing

    out, _err, code = sync("--apply", "--date", "2026-04-15")
    assert code == 0 and "1 relevé(s) enregistré(s)." in out
    assert recorded(bound) == (Decimal("651.69"), Decimal("651.69"), date(2026, 4, 1))
    # The hand-typed amount is not touched.
    assert recorded(typed) == (Decimal("50.00"), None, None)

    out, _err, code = sync("--check", "--date", "2026-04-15")
    assert code == 0 and "inchangé" in out and "0 changé(s), 1 inchangé(s), 0 erreur(s)." in out


def test_a_revaluation_is_reported_on_its_date_not_before(rsa_scheme):
    _scheme, bound, _typed = rsa_scheme
    SchemeAmount.objects.filter(pk=bound.pk).update(
        amount=Decimal("646.52"), synced_value=Decimal("646.52"), synced_on=date(2025, 4, 1)
    )
    out, _err, code = sync("--check", "--date", "2026-03-31")
    assert code == 0 and "inchangé" in out and "646,52 € depuis le 1er\xa0avril 2025" in out
    out, _err, code = sync("--check", "--date", "2026-04-01")
    assert code == 1
    assert "646,52 € depuis le 1er\xa0avril 2025 → 651,69 € depuis le 1er\xa0avril 2026" in out
    assert RSA in out


def test_a_changed_date_alone_is_a_change(rsa_scheme):
    _scheme, bound, _typed = rsa_scheme
    SchemeAmount.objects.filter(pk=bound.pk).update(
        synced_value=Decimal("651.69"), synced_on=date(2026, 3, 1)
    )
    out, _err, code = sync("--check", "--date", "2026-06-01")
    assert code == 1 and "651,69 € depuis le 1er\xa0mars 2026 → 651,69 € depuis le 1er\xa0avril 2026" in out


def test_an_unknown_path_is_an_error_even_without_check(rsa_scheme):
    _scheme, bound, _typed = rsa_scheme
    # As after an upgrade of the package that renamed the parameter (the admin refuses such a path).
    SchemeAmount.objects.filter(pk=bound.pk).update(openfisca_parameter="prestations_sociales.renomme.rsa")
    out, err, code = sync("--apply", "--date", "2026-06-01")
    assert code == 1
    assert "ERREUR" in err and "« prestations_sociales.renomme.rsa » n’est pas un paramètre" in err
    assert "0 changé(s), 0 inchangé(s), 1 erreur(s)." in out
    assert recorded(bound) == (None, None, None)


def test_a_bad_date_is_a_usage_error():
    with pytest.raises(CommandError):
        call_command("sync_amounts", "--date", "31/03/2026")


class TestAdminValidation:
    @pytest.fixture
    def admin_client(self, client):
        client.force_login(UserFactory(username="coordination", is_superuser=True, is_staff=True))
        return client

    def post(self, client, scheme, **changes):
        user = UserFactory(username="coordination")
        data = page_edit_data(scheme, user, **changes)
        return client.post(reverse("wagtailadmin_pages:edit", args=[scheme.pk]), data)

    def test_an_unknown_or_non_euro_path_is_a_form_error(self, admin_client, rsa_scheme):
        scheme, bound, _typed = rsa_scheme
        for path, message in (
            ("prestations_sociales.rsa.montant", "n’est pas un paramètre d’openfisca-france"),
            (ASF_RATE, "n’est pas un montant en euros"),
        ):
            response = self.post(admin_client, scheme, **{"amounts-0-openfisca_parameter": path})
            assert response.status_code == 200
            assert message in response.content.decode()
        assert SchemeAmount.objects.get(pk=bound.pk).openfisca_parameter == RSA
        assert scheme.revisions.count() == 1

    def test_a_euro_parameter_is_saved_without_a_typed_amount_nor_dates(self, admin_client, rsa_scheme):
        scheme, _bound, typed = rsa_scheme
        aah = "prestations_sociales.prestations_etat_de_sante.invalidite.aah.montant"
        binding = {"amounts-1-openfisca_parameter": aah, "amounts-1-amount": ""}
        response = self.post(admin_client, scheme, **binding)
        assert response.status_code == 200 and "prend ses dates du paramètre" in response.content.decode()
        binding |= {"amounts-1-valid_from": "", "amounts-1-valid_until": ""}
        response = self.post(admin_client, scheme, **binding)
        assert response.status_code == 302
        scheme.refresh_from_db()
        revision = scheme.get_latest_revision_as_object()
        changed = next(amount for amount in revision.amounts.all() if amount.label == typed.label)
        assert (changed.openfisca_parameter, changed.amount) == (aah, None)
