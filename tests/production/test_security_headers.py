"""The public site runs no inline script (its Content-Security-Policy refuses them), the admins keep theirs,
and an oversized upload is refused before its body is read."""

import re

from django.test import Client

import pytest

from tests.factories import CommuneFactory, PartnerPageFactory, StructurePageFactory, UserFactory

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
DATA_TYPE = re.compile(r'type="application/(ld\+)?json"')
EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)


def script_src(response):
    policy = response.headers["Content-Security-Policy"]
    directive = next(part.strip() for part in policy.split(";") if part.strip().startswith("script-src"))
    return directive.split()[1:]


@pytest.fixture
def public_urls(home_page):
    commune = CommuneFactory(code="71137", name="Cluny")
    partner = PartnerPageFactory(parent=home_page, title="CCAS de Cluny")
    structure = StructurePageFactory(parent=partner, title="CCAS de Cluny", commune=commune)
    return [
        "/",
        structure.url,
        partner.url,
        "/recherche/?q=ccas",
        "/glossaire/",
        "/connexion/",
        "/territoires/",
    ]


def test_public_pages_allow_no_inline_script_and_hold_none(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert script_src(response) == ["'self'"], url
        html = response.content.decode()
        for attributes in SCRIPT_TAG.findall(html):
            # Only files of our own, or data for them (JSON is not run).
            assert "src=" in attributes or DATA_TYPE.search(attributes), (url, attributes)
        assert not EVENT_ATTRIBUTE.search(html), url


def test_the_admins_keep_their_inline_scripts_and_still_work(client, home_page):
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    assert "'unsafe-inline'" in script_src(client.get("/admin/login/"))
    client.force_login(admin)
    for url in ("/admin/", f"/admin/pages/{home_page.pk}/edit/", "/admin/pages/", "/django-admin/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "'unsafe-inline'" in script_src(response), url
    assert script_src(client.get("/")) == ["'self'"]


class ExplodingInput:
    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_an_oversized_upload_is_refused_before_its_body_is_read(db, settings):
    settings.MAX_REQUEST_BODY_BYTES = 1024
    response = Client().generic(
        "POST",
        "/fiches/1/signaler/",
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH="5000000",
        **{"wsgi.input": ExplodingInput()},
    )
    assert response.status_code == 413
    assert "Fichier trop volumineux" in response.content.decode()


def test_liveness_answers_without_touching_anything(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/sante/vie/")
    assert response.status_code == 200 and response.content == b"ok"
    assert "no-cache" in response.headers["Cache-Control"]
