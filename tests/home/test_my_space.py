"""« Mon espace »: each member sees their own follows, reports, needs and selections, nobody else's."""

from django.contrib.auth.models import Permission
from django.urls import reverse

import pytest

from home.models import SavedSelection
from infopublic.workshop.models import ErrorReport, FicheFollow

from ..factories import UserFactory
from .conftest import HOSTILE

pytestmark = pytest.mark.django_db
MY_SPACE = "/reseau/mon-espace/"


@pytest.fixture
def other_member(db):
    user = UserFactory(username="accueil-2")
    user.user_permissions.add(Permission.objects.get(codename="view_network_information"))
    return user


def select(client, *pages):
    for page in pages:
        assert client.post(reverse("selection_add"), {"page": page.pk}).status_code == 302


def test_anonymous_is_sent_to_the_public_login(client, network):
    response = client.get(MY_SPACE)
    assert response.status_code == 302
    assert response["Location"] == f"/connexion/?next={MY_SPACE}"
    for name in ("selection_save",):
        response = client.post(reverse(name), {"name": "x"})
        assert response.status_code == 302 and response["Location"].startswith("/connexion/")


def test_member_sees_only_their_own_items(client, network, member, other_member):
    FicheFollow.objects.create(user=member, page=network["rsa"])
    FicheFollow.objects.create(user=other_member, page=network["town_hall"])
    ErrorReport.objects.create(
        page=network["ccas"], field="phone", message="Numéro faux", reporter=member, status="in_progress"
    )
    ErrorReport.objects.create(
        page=network["rsa"], field="phone", message="Secret de l’autre", reporter=other_member
    )
    SavedSelection.objects.create(user=member, name="Logement", page_ids=[network["rsa"].pk])
    SavedSelection.objects.create(
        user=other_member, name="Sélection de l’autre", page_ids=[network["ccas"].pk]
    )

    client.force_login(member)
    html = client.get(MY_SPACE).content.decode()
    assert "Revenu de solidarité active (RSA)" in html
    assert "CIAS Saint-Cyr Mère Boitier" in html and "En cours" in html
    assert "Logement" in html
    assert "Mairie de Matour" not in html
    assert "Secret de l’autre" not in html and "Sélection de l’autre" not in html


def test_saving_a_selection_keeps_page_ids_and_a_clean_name(client, network, member):
    client.force_login(member)
    select(client, network["rsa"], network["ccas"])
    response = client.post(reverse("selection_save"), {"name": f"Logement {HOSTILE}"})
    assert response.status_code == 302 and response["Location"] == MY_SPACE
    saved = SavedSelection.objects.get(user=member)
    assert saved.page_ids == [network["rsa"].pk, network["ccas"].pk]
    assert "<" not in saved.name and saved.name.startswith("Logement")
    html = client.get(MY_SPACE).content.decode()
    assert "<script>alert" not in html
    assert "2 fiches" in html

    # The same name replaces the selection instead of adding another.
    select(client, network["town_hall"])
    client.post(reverse("selection_save"), {"name": saved.name})
    assert SavedSelection.objects.filter(user=member).count() == 1
    assert SavedSelection.objects.get(user=member).page_ids[-1] == network["town_hall"].pk


def test_an_empty_selection_or_name_is_refused(client, network, member):
    client.force_login(member)
    client.post(reverse("selection_save"), {"name": "Vide"})
    assert not SavedSelection.objects.exists()
    select(client, network["rsa"])
    client.post(reverse("selection_save"), {"name": "<b></b>  "})
    assert not SavedSelection.objects.exists()
    assert "Donnez un nom à la sélection." in client.get(MY_SPACE).content.decode()


def test_opening_a_saved_selection_makes_it_the_current_one(client, network, member):
    saved = SavedSelection.objects.create(
        user=member, name="RSA", page_ids=[network["rsa"].pk, network["macon_office"].pk]
    )
    client.force_login(member)
    response = client.post(reverse("selection_open", args=[saved.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("selection_sheet")
    sheet = client.get(reverse("selection_sheet")).content.decode()
    assert "Revenu de solidarité active (RSA)" in sheet and "Antenne de Mâcon" in sheet


def test_another_members_selection_cannot_be_opened_or_deleted(client, network, member, other_member):
    theirs = SavedSelection.objects.create(user=other_member, name="À eux", page_ids=[network["rsa"].pk])
    client.force_login(member)
    assert client.post(reverse("selection_open", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("selection_delete", args=[theirs.pk])).status_code == 404
    assert SavedSelection.objects.filter(pk=theirs.pk).exists()
    assert client.get(reverse("selection_open", args=[theirs.pk])).status_code == 405


def test_member_deletes_their_selection(client, network, member):
    mine = SavedSelection.objects.create(user=member, name="À moi", page_ids=[network["rsa"].pk])
    client.force_login(member)
    assert client.post(reverse("selection_delete", args=[mine.pk])).status_code == 302
    assert not SavedSelection.objects.exists()


def test_signed_in_non_member_sees_reports_but_not_members_tools(client, network):
    outsider = UserFactory(username="public")
    client.force_login(outsider)
    html = client.get(MY_SPACE).content.decode()
    assert "Mes signalements d’erreur" in html
    assert "Mes sélections enregistrées" not in html
    select(client, network["rsa"])
    assert client.post(reverse("selection_save"), {"name": "x"}).status_code == 403


def test_unmet_needs_of_this_session_only(client, network, member, other_member):
    client.force_login(member)
    response = client.post(
        reverse("workshop:unmet_need_create"),
        {"description": "Garde d’enfant de nuit", "commune": network["matour"].pk},
    )
    assert response.status_code == 302
    html = client.get(MY_SPACE).content.decode()
    assert "Garde d’enfant de nuit" in html and "Matour" in html

    client.force_login(other_member)
    assert "Garde d’enfant de nuit" not in client.get(MY_SPACE).content.decode()

    # Signing out ends the link: the need stays, anonymous, and is nobody's any more.
    client.post("/deconnexion/")
    client.force_login(member)
    assert "Garde d’enfant de nuit" not in client.get(MY_SPACE).content.decode()


def test_the_handout_offers_members_to_save_it(client, network, member):
    select(client, network["rsa"])
    assert 'action="/reseau/selections/enregistrer/"' not in client.get("/selection/").content.decode()
    client.force_login(member)
    select(client, network["rsa"])
    assert 'action="/reseau/selections/enregistrer/"' in client.get("/selection/").content.decode()
