"""The public sign-in of network members, sign-out, the safe `next`, throttling and idle sessions."""

import time
from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from infopublic.network.idle import LAST_ACTIVITY_KEY
from infopublic.network.services import MEMBERS_GROUP, ensure_roles

from ..factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "infopublic-test"
LOGIN = "/connexion/"


@pytest.fixture
def member(home_page):
    ensure_roles()
    user = UserFactory(username="accueil")
    user.groups.add(Group.objects.get(name=MEMBERS_GROUP))
    return user


def sign_in(client, username="accueil", password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra})


def session_row(client):
    return Session.objects.get(session_key=client.session.session_key)


def test_login_page_is_public_and_french(client, home_page):
    response = client.get(LOGIN)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Connexion des membres du réseau" in html
    assert 'autocomplete="current-password"' in html
    assert "après 2 heures sans activité" in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_member_signs_in_and_lands_in_my_space(client, member):
    response = sign_in(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("my_space")
    assert client.session["_auth_user_id"] == str(member.pk)
    page = client.get(reverse("my_space"))
    assert "Vous êtes connecté." in page.content.decode()


def test_wrong_password_is_a_form_error_not_a_session(client, member):
    response = sign_in(client, password="faux")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert 'role="alert"' in html and 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/recherche/?q=rsa&commune=71289", "/recherche/?q=rsa&commune=71289"),
        ("https://evil.example/", "/reseau/mon-espace/"),
        ("//evil.example/", "/reseau/mon-espace/"),
        ("javascript:alert(1)", "/reseau/mon-espace/"),
        ("/\\evil.example", "/reseau/mon-espace/"),
    ],
)
def test_next_is_followed_only_when_local(client, member, target, expected):
    response = sign_in(client, next=target)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_login_form_carries_next(client, home_page):
    html = client.get(LOGIN, {"next": "/recherche/?q=rsa"}).content.decode()
    assert 'name="next" value="/recherche/?q=rsa"' in html


def test_signed_in_visitor_is_sent_on(client, member):
    client.force_login(member)
    response = client.get(LOGIN, {"next": "/glossaire/"})
    assert response.status_code == 302 and response["Location"] == "/glossaire/"


def test_logout_is_a_post_only(client, member):
    client.force_login(member)
    assert client.get("/deconnexion/").status_code == 405
    assert "_auth_user_id" in client.session
    response = client.post("/deconnexion/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" not in client.session
    assert "Vous êtes déconnecté." in client.get("/").content.decode()


def test_logout_needs_the_csrf_token(member):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post("/deconnexion/").status_code == 403
    assert "_auth_user_id" in strict.session


def test_header_shows_the_right_links(client, member):
    anonymous = client.get("/glossaire/").content.decode()
    assert 'href="/connexion/?next=/glossaire/"' in anonymous
    assert "Se déconnecter" not in anonymous

    client.force_login(member)
    html = client.get("/glossaire/").content.decode()
    assert 'href="/reseau/mon-espace/"' in html
    assert 'action="/deconnexion/"' in html and "csrfmiddlewaretoken" in html
    assert "Espace partenaires" not in html  # a receptionist does not edit

    editor = UserFactory(username="editrice")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert 'href="/admin/"' in client.get("/glossaire/").content.decode()


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_public_login_is_throttled_by_axes(client, member):
    for _attempt in range(3):
        sign_in(client, password="faux")
    response = sign_in(client)
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_session_lasts_the_idle_time_from_sign_in(client, member):
    sign_in(client)
    expiry = session_row(client).expire_date
    expected = timezone.now() + timedelta(hours=2)
    assert abs((expiry - expected).total_seconds()) < 30


@override_settings(SESSION_COOKIE_AGE=600)
def test_activity_pushes_the_expiry_back_at_most_once_a_minute(client, member):
    sign_in(client)
    first = session_row(client).expire_date
    client.get("/glossaire/")
    assert session_row(client).expire_date == first  # within the minute: no rewrite

    session = client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - 120
    session.save()
    Session.objects.filter(session_key=session.session_key).update(
        expire_date=timezone.now() + timedelta(seconds=60)
    )
    client.get("/glossaire/")
    refreshed = session_row(client).expire_date
    assert refreshed > timezone.now() + timedelta(seconds=590)


def test_an_idle_session_is_over(client, member):
    sign_in(client)
    assert client.get(reverse("my_space")).status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(reverse("my_space"))
    assert response.status_code == 302
    assert response["Location"] == "/connexion/?next=/reseau/mon-espace/"


def test_anonymous_requests_create_no_session(client, home_page):
    client.get("/glossaire/")
    assert Session.objects.count() == 0
