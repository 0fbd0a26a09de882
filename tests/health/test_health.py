"""`/sante/`: 200 with every part up, 503 with JSON naming the part that fails; the admin panel shows it."""

import json

from django.core.cache import cache
from django.db import connection
from django.test import override_settings

import pytest

from search.models import PendingChange

pytestmark = pytest.mark.django_db


def test_healthy_site_answers_200_with_each_check(client):
    response = client.get("/sante/")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "search"}
    assert body["checks"]["database"]["vendor"] == connection.vendor
    assert body["checks"]["search"]["engine"] == "database"
    assert response["Cache-Control"].startswith("max-age=0")


def test_broken_cache_gives_503_and_names_it(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/sante/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {
        "ok": False,
        "detail": "ConnectionError",
        "ms": body["checks"]["cache"]["ms"],
    }
    assert body["checks"]["database"]["ok"] is True


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_TIMEOUT=1)
def test_unreachable_elasticsearch_gives_503_with_pending_changes(client):
    from search.elastic.client import reset_client

    reset_client()
    PendingChange.objects.create(page_id=1)
    try:
        response = client.get("/sante/")
    finally:
        reset_client()
    assert response.status_code == 503
    search = response.json()["checks"]["search"]
    assert search["engine"] == "elasticsearch"
    assert search["detail"] == "down"
    assert search["pending"] == 1


def test_post_is_refused(client):
    assert client.post("/sante/").status_code == 405


def test_admin_dashboard_shows_the_state_to_superusers(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "État du service" in response.content.decode()


def test_production_refuses_a_per_process_cache(settings):
    from infopublic.health.system_checks import shared_cache_in_production

    settings.INFOPUBLIC_REQUIRE_SHARED_CACHE = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [error.id for error in shared_cache_in_production(None)] == ["infopublic.E001"]
    settings.CACHES = {
        "default": {"BACKEND": "infopublic.cache.ResilientRedisCache", "LOCATION": "redis://x"}
    }
    assert shared_cache_in_production(None) == []


def test_oversized_upload_is_refused_before_reading(client, settings):
    settings.MAX_REQUEST_BODY_BYTES = 1024
    response = client.generic(
        "POST", "/fiches/1/signaler/", b"x" * 2048, content_type="application/octet-stream"
    )
    assert response.status_code == 413
    assert client.generic("POST", "/sante/", b"x" * 10, CONTENT_LENGTH="abc").status_code == 400
