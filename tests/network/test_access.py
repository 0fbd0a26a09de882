"""Who sees network-only information, who reaches the admin, and how login and production are hardened."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import override_settings
from django.urls import reverse

import pytest

from infopublic.network.services import MEMBERS_GROUP, ensure_roles, setup_partner
from tests.factories import (
    CommuneFactory,
    PartnerPageFactory,
    StructureContactFactory,
    StructurePageFactory,
    UserFactory,
)

HOSTILE_NAME = "<script>alert(1)</script>"
DIRECT_LINE = "03 85 99 87 65"
NOTE = "Appeler avant 10 h, demander la permanence"
PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def network(home_page):
    """A partner with one structure holding public and network-only information, and three users."""
    ensure_roles()
    commune = CommuneFactory(code="71137", name="Cluny")
    partner = PartnerPageFactory(parent=home_page, title="CCAS de Cluny", slug="ccas-de-cluny")
    structure = StructurePageFactory(
        parent=partner,
        title="CCAS de Cluny",
        slug="ccas-cluny",
        commune=commune,
        network_notes=f"<p>{NOTE}</p>",
    )
    StructureContactFactory(structure=structure, name="Secrétariat", phone="03 85 59 20 15")
    StructureContactFactory(structure=structure, name=HOSTILE_NAME, phone=DIRECT_LINE, visibility="reseau")
    accueil = UserFactory(username="accueil")
    accueil.groups.add(*ensure_roles()[1:])
    editor = UserFactory(username="editeur")
    setup_partner(partner, editors=[editor])
    return {
        "structure": structure,
        "partner": partner,
        "commune": commune,
        "accueil": accueil,
        "editor": editor,
    }


def public_pages(network):
    return [
        network["structure"].url,
        network["partner"].url,
        "/",
        reverse("commune_detail", args=[network["commune"].code]),
        "/sitemap.xml",
    ]


def test_anonymous_visitors_never_get_network_only_information(client, network):
    for url in public_pages(network):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "alert(1)" not in html, url
        assert DIRECT_LINE not in html and DIRECT_LINE.replace(" ", "") not in html, url
        assert NOTE not in html, url
    structure_html = client.get(network["structure"].url).content.decode()
    assert "Secrétariat" in structure_html and "03 85 59 20 15" in structure_html


def test_network_members_see_network_only_contacts_and_notes_escaped(client, network):
    assert network["accueil"].groups.filter(name=MEMBERS_GROUP).exists()
    client.force_login(network["accueil"])
    html = client.get(network["structure"].url).content.decode()
    assert DIRECT_LINE in html
    assert NOTE in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert HOSTILE_NAME not in html


def test_receptionist_has_no_admin_access(client, network):
    client.force_login(network["accueil"])
    response = client.get("/admin/")
    assert response.status_code == 403 or response["Location"].startswith("/admin/login/")
    edit_url = reverse("wagtailadmin_pages:edit", args=[network["structure"].pk])
    response = client.post(edit_url, {"title": "Modifié", "slug": "ccas-cluny"})
    assert response.status_code == 403 or response["Location"].startswith("/admin/login/")
    network["structure"].refresh_from_db()
    assert network["structure"].title == "CCAS de Cluny"


def test_anonymous_admin_requests_go_to_the_login_page(client, network):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[network["structure"].pk]))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


@pytest.mark.django_db
@override_settings(AXES_ENABLED=True)
def test_login_throttling_locks_the_username_after_five_failures(client):
    UserFactory(username="coordination", password="infopublic-demo")
    UserFactory(username="autre", password="infopublic-demo")
    for _attempt in range(5):
        response = login(client, "coordination", "mauvais-mot-de-passe")
        assert "_auth_user_id" not in client.session
    response = login(client, "coordination", "infopublic-demo")
    assert "_auth_user_id" not in client.session
    assert response.status_code in (403, 429)

    # Another username from the same address is not locked: the right password still works.
    response = login(client, "autre", "infopublic-demo")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def import_production_settings(**env):
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SECRET_KEY", "FIELD_ENCRYPTION_SALT_KEYS")
    }
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import infopublic.settings.production"],
        cwd=PROJECT_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_import_without_secret_key():
    result = import_production_settings()
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_settings_refuse_to_import_without_encryption_salt():
    result = import_production_settings(SECRET_KEY="une-cle-de-production-tres-longue-et-aleatoire")
    assert result.returncode != 0
    assert "FIELD_ENCRYPTION_SALT_KEYS" in result.stderr


def test_production_settings_import_with_a_secret_key_and_an_encryption_salt():
    result = import_production_settings(
        SECRET_KEY="une-cle-de-production-tres-longue-et-aleatoire",
        FIELD_ENCRYPTION_SALT_KEYS="un-sel-de-production-aleatoire",
    )
    assert result.returncode == 0, result.stderr
