import csv
import io
from datetime import date

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

import pytest

from infopublic.taxonomy.models import Category, Public, Theme
from infopublic.workshop.models import UnmetNeed

from ..factories import CommuneFactory
from .conftest import XSS_PAYLOADS, assert_harmless, assert_nothing_executes

pytestmark = pytest.mark.django_db

URL = "/reseau/besoin-non-couvert/"


@pytest.fixture
def terms(db):
    category = Category.objects.create(value="logement-hebergement", label="Logement et hébergement")
    return {
        "housing": Theme.objects.create(
            value="logement-hebergement--etre-heberge", label="Être hébergé", category=category
        ),
        "food": Theme.objects.create(
            value="logement-hebergement--aide-alimentaire", label="Aide alimentaire", category=category
        ),
        "young": Public.objects.create(value="jeunes", label="Jeunes"),
        "commune": CommuneFactory(code="71270", name="Mâcon"),
    }


def test_url_name_is_exposed_for_the_zero_results_page():
    assert reverse("workshop:unmet_need_create") == URL


def test_only_network_members_may_record(client, network, terms):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    client.force_login(network.outsider)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"description": "x"}).status_code == 403
    assert not UnmetNeed.objects.exists()


def test_search_prefills_the_form(client, network, terms):
    client.force_login(network.member)
    html = client.get(URL, {"q": "garde d’enfant <script>x</script>", "code_insee": "71270"}).content.decode()
    assert "garde d’enfant &lt;script&gt;" in html
    assert 'value="71270" selected' in html
    assert_nothing_executes(html)


def test_need_is_recorded_anonymously(client, network, terms):
    client.force_login(network.member)
    response = client.post(
        URL,
        {
            "commune": "71270",
            "themes": [terms["housing"].pk],
            "publics": [terms["young"].pk],
            "description": "Hébergement d’urgence pour un jeune de 19 ans avec un chien",
        },
    )
    assert response.status_code == 302
    need = UnmetNeed.objects.get()
    assert need.commune_id == "71270"
    assert list(need.themes.all()) == [terms["housing"]]
    assert need.recorded_on == timezone.localdate().replace(day=1)
    # Nothing in the model can point at a user, and no time of day is kept.
    user_model = get_user_model()
    assert not [field for field in UnmetNeed._meta.get_fields() if field.related_model is user_model]
    assert {field.get_internal_type() for field in UnmetNeed._meta.concrete_fields}.isdisjoint(
        {"DateTimeField", "GenericIPAddressField"}
    )


def test_hostile_needs_are_cleaned(client, network, terms):
    client.force_login(network.member)
    for payload in XSS_PAYLOADS:
        client.post(URL, {"description": f"Besoin {payload}"})
    assert UnmetNeed.objects.count() == len(XSS_PAYLOADS)
    for need in UnmetNeed.objects.all():
        assert_harmless(need.description)

    client.force_login(network.coordinator)
    assert_harmless(client.get(reverse("workshop_admin:needs_export")).content.decode())
    assert_nothing_executes(client.get(reverse("workshop_admin:needs")).content.decode())


def make_need(commune, themes, month, text="Besoin"):
    need = UnmetNeed.objects.create(commune=commune, description=text, recorded_on=month)
    need.themes.set(themes)
    return need


def test_coordinator_sees_counts_by_theme_territory_and_month(client, network, terms):
    this_month = timezone.localdate().replace(day=1)
    last_month = (this_month - timezone.timedelta(days=1)).replace(day=1)
    make_need(terms["commune"], [terms["housing"]], this_month)
    make_need(terms["commune"], [terms["housing"], terms["food"]], last_month)
    make_need(None, [], this_month)
    make_need(None, [terms["food"]], date(2001, 1, 1))  # outside the period

    client.force_login(network.coordinator)
    response = client.get(reverse("workshop_admin:needs"))

    assert response.status_code == 200
    context = response.context
    assert context["total"] == 3
    tables = dict(context["tables"])
    by_theme = {label: (counts, total) for label, counts, total in tables["Par thématique"]}
    assert by_theme["Être hébergé"] == ([0] * 10 + [1, 1], 2)
    assert by_theme["Aide alimentaire"][1] == 1
    assert by_theme["Sans thématique"][1] == 1
    by_territory = {label: total for label, _counts, total in tables["Par intercommunalité"]}
    assert by_territory[terms["commune"].epci.name] == 2
    assert by_territory["Non précisé"] == 1


def test_csv_export_for_coordinators_only(client, network, terms):
    make_need(terms["commune"], [terms["housing"]], date(2025, 3, 1), text='=HYPERLINK("http://x")')
    client.force_login(network.editor_a)
    assert client.get(reverse("workshop_admin:needs_export")).status_code in (302, 403)
    assert client.get(reverse("workshop_admin:needs")).status_code in (302, 403)

    client.force_login(network.coordinator)
    response = client.get(reverse("workshop_admin:needs_export"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["mois", "code_commune", "commune", "epci", "thematiques", "publics", "besoin"]
    assert rows[1][:3] == ["2025-03", "71270", "Mâcon"]
    assert rows[1][4] == "Être hébergé"
    assert rows[1][6].startswith("'=")
