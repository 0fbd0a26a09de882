"""The rights pages: the result lists the schemes, and nothing about the person is stored or logged."""

import logging

from django.apps import apps
from django.core.cache import cache
from django.urls import reverse

import pytest

from infopublic.network.idle import LAST_ACTIVITY_KEY as IDLE_KEY
from tests.factories import CommuneFactory, PartnerPageFactory, SchemePageFactory, UserFactory

pytestmark = pytest.mark.django_db

MARK = "4321"  # a distinctive input value to look for in logs and storage


@pytest.fixture
def schemes(home_page):
    commune = CommuneFactory(code="71306", name="Montceau-les-Mines")
    partner = PartnerPageFactory(parent=home_page)
    allowance = SchemePageFactory(
        parent=partner,
        title="Allocation communale",
        zone_national=True,
        age_min=25,
        criteria_resources_ceiling=800,
        criteria_ceiling_per_person=250,
    )
    youth = SchemePageFactory(parent=partner, title="Fonds jeunes", zone_national=True, age_max=25)
    housing = SchemePageFactory(
        parent=partner, title="Aide énergie", zone_national=True, criteria_housing=["locataire"]
    )
    SchemePageFactory(parent=partner, title="Sans critère", zone_national=True)
    return commune, allowance, youth, housing


FORM = {
    "commune": "Montceau-les-Mines",
    "code_insee": "71306",
    "situation": "seul",
    "age": "40",
    "children": "",
    "earnings": "700",
    "rent": MARK,
}


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_result_lists_probable_to_check_and_closed(client, schemes):
    response = client.post(reverse("rights:public"), FORM)
    assert response.status_code == 200
    result = response.context["result"]
    assert [item.scheme.title for item in result.probable] == ["Allocation communale"]
    assert [item.scheme.title for item in result.to_check] == ["Aide énergie"]  # logement not given
    assert [item.scheme.title for item in result.closed] == ["Fonds jeunes"]
    assert "Sans critère" not in response.content.decode()
    assert "information manquante" in response.content.decode()


def test_commune_prefilled_from_the_search(client, schemes):
    response = client.get(reverse("rights:public"), {"code_insee": "71306"})
    assert response.context["form"].initial["commune"] == "Montceau-les-Mines"


def test_invalid_input_is_a_form_error(client, schemes):
    response = client.post(reverse("rights:public"), {**FORM, "children": "trois", "age": "-4"})
    assert response.status_code == 400
    assert response.context["result"] is None


def test_desk_page_for_members_only(client, schemes):
    response = client.get(reverse("rights:desk"))
    assert response.status_code == 302 and "/connexion/" in response["Location"]


def cache_entries():
    """The local-memory cache's raw entries (test settings): {key: pickled value}."""
    return dict(getattr(cache, "_cache", {}))


def test_nothing_about_the_person_is_stored(client, schemes, caplog):
    client.get(reverse("rights:public"))
    session_before = dict(client.session.items())  # the test client's session row exists before
    before = row_counts()
    cached_before = cache_entries()
    with caplog.at_level(logging.DEBUG):
        response = client.post(reverse("rights:public"), {**FORM, "earnings": "7654"})
    assert response.status_code == 200 and response.context["result"].count == 3
    assert row_counts() == before
    # Only the idle-timeout stamp of the session middleware may change: no key written from the inputs.
    session_after = dict(client.session.items())
    session_after.pop(IDLE_KEY, None)
    session_before.pop(IDLE_KEY, None)
    assert session_after == session_before
    for key, value in cache_entries().items():
        if key not in cached_before or cached_before[key] != value:
            assert MARK not in str(key) and MARK.encode() not in value and b"7654" not in value
    assert MARK not in caplog.text and "7654" not in caplog.text
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_add_checked_schemes_to_the_handout(client, schemes):
    commune, allowance, youth, _housing = schemes
    response = client.post(
        reverse("rights:add_to_selection"),
        {"page": [allowance.pk, youth.pk, "x"], "code_insee": commune.code},
    )
    assert response.status_code == 302
    assert client.session["orientation_selection"] == [allowance.pk, youth.pk]
    assert client.session["orientation_commune"] == commune.code


def test_member_gets_the_desk_page_and_an_anonymous_visitor_the_public_one(client, schemes):
    from django.contrib.auth.models import Permission

    user = UserFactory(username="accueil")
    user.user_permissions.add(Permission.objects.get(codename="view_network_information"))
    assert "Vérifier mes droits" in client.get(reverse("rights:public")).content.decode()
    client.force_login(user)
    response = client.get(reverse("rights:desk"))
    assert response.status_code == 200
    assert response.context["desk"] is True
    assert "Rien n’est enregistré" in response.content.decode()


def test_admin_edits_the_criteria_in_their_panel(client, schemes):
    _commune, allowance, _youth, _housing = schemes
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[allowance.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Critères d’éligibilité" in content and "criteria_resources_ceiling" in content
