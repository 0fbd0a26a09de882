"""A scheme with one amount bound to openfisca-france's RSA parameter and one typed by hand."""

from datetime import date
from decimal import Decimal

import pytest

from infopublic.directory.models import SchemeAmount

from ..factories import PartnerPageFactory, SchemePageFactory
from .amount_fixtures import RSA


@pytest.fixture
def rsa_scheme(home_page):
    partner = PartnerPageFactory(parent=home_page, title="Référentiel national")
    scheme = SchemePageFactory(parent=partner, title="Revenu de solidarité active", zone_national=True)
    bound = SchemeAmount.objects.create(
        scheme=scheme,
        sort_order=0,
        label="Personne seule sans enfant",
        openfisca_parameter=RSA,
        note="Montant forfaitaire",
    )
    typed = SchemeAmount.objects.create(
        scheme=scheme,
        sort_order=1,
        label="Aide locale complémentaire",
        amount=Decimal("50.00"),
        valid_from=date(2025, 4, 1),
        valid_until=date(2026, 3, 31),
    )
    scheme.save_revision().publish()
    scheme.refresh_from_db()
    return scheme, SchemeAmount.objects.get(pk=bound.pk), SchemeAmount.objects.get(pk=typed.pk)
