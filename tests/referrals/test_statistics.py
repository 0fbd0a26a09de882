"""The coordination's statistics: counts, delays and refusal reasons, never personal data."""

from datetime import timedelta

from django.utils import timezone

import pytest

from infopublic.referrals.models import Referral, Status

from .conftest import PERSON_NAME, PERSON_PHONE, make_referral

pytestmark = pytest.mark.django_db

URL = "/admin/orientations/statistiques/"
EXPORT = "/admin/orientations/statistiques/export.csv"


@pytest.fixture
def answered(network):
    accepted = make_referral(network, message='=HYPERLINK("http://evil")')
    refused = make_referral(network, structure=network.structure_b)
    now = timezone.now()
    Referral.objects.filter(pk=accepted.pk).update(
        status=Status.ACCEPTED, created_at=now - timedelta(days=3), answered_at=now - timedelta(days=1)
    )
    Referral.objects.filter(pk=refused.pk).update(
        status=Status.REFUSED, refusal_reason="full", created_at=now - timedelta(days=5), answered_at=now
    )
    make_referral(network)
    return network


def test_statistics_page_counts_without_personal_data(client, answered):
    client.force_login(answered.coordinator)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Accueil social de Mâcon" in html and "Entraide Mâcon" in html and "Impayés de loyer" in html
    assert "Plus de place pour le moment" in html
    for secret in (PERSON_NAME, PERSON_PHONE, "HYPERLINK", "le matin"):
        assert secret not in html
    assert client.get(URL + "?mois=abc").status_code == 200


def test_csv_export_aggregates_only_and_neutralises_formulas(client, answered):
    client.force_login(answered.coordinator)
    response = client.get(EXPORT)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Tableau;Ligne;Fiches;Acceptée;Refusée;Réorientée;Expirée;En attente;")
    assert "Ensemble;Toutes les fiches;3;1;1;0;0;1;3,5" in text  # median of 2 and 5 days
    assert "Motifs de refus;Plus de place pour le moment;1" in text
    for secret in (PERSON_NAME, PERSON_PHONE, "HYPERLINK", "@example"):
        assert secret not in text
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line.split(";"))


def test_a_hostile_structure_title_is_neutralised(client, answered):
    structure = answered.structure_b
    structure.title = "=cmd|' /C calc'!A0"
    structure.save_revision().publish()
    client.force_login(answered.coordinator)
    text = client.get(EXPORT).content.decode("utf-8-sig")
    assert "'=cmd" in text
    assert "\n=cmd" not in text and ";=cmd" not in text


@pytest.mark.parametrize("who", ["member", "editor_a", "outsider"])
def test_only_the_coordination_sees_statistics(client, answered, who):
    client.force_login(getattr(answered, who))
    for url in (URL, EXPORT):
        assert client.get(url).status_code in (302, 403)
