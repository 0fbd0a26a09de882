"""Wagtail's own search backend on Elasticsearch with ELASTICSEARCH_PLAIN_JSON (osmem here): the admin's
page search, `/api/v2/pages/?search=` and a page delete work, and `search_rebuild` rebuilds Wagtail's
index."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from wagtail.search.backends import get_search_backend

import pytest

from search.elastic.wagtail_backend import uses_elasticsearch

from ..factories import PartnerPageFactory, SchemePageFactory, UserFactory
from .conftest import configure_elasticsearch

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def wagtail_on_elasticsearch(settings, elasticsearch_url):
    url, plain_json = elasticsearch_url
    prefix = "test-wagtail-backend"
    configure_elasticsearch(settings, url, plain_json, prefix)
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elastic.wagtail_backend",
            "URLS": [url],
            "INDEX_PREFIX": f"{prefix}-wagtail-",
            "TIMEOUT": 5,
        }
    }
    backend = get_search_backend()
    backend.reset_indexes()
    return backend


def titles(results):
    return {page.title for page in results}


def test_admin_search_pages_api_and_delete(client, home_page, wagtail_on_elasticsearch):
    assert uses_elasticsearch()
    partner = PartnerPageFactory(parent=home_page, title="Département")
    page = SchemePageFactory(parent=partner, title="Chauffage zqwagtail")
    page.save_revision().publish()
    client.force_login(UserFactory(username="admin-es", is_superuser=True, is_staff=True))

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "zqwagtail"})
    assert response.status_code == 200
    assert "Chauffage zqwagtail" in response.content.decode()

    answer = client.get("/api/v2/pages/", {"search": "zqwagtail"}).json()
    assert [item["title"] for item in answer["items"]] == ["Chauffage zqwagtail"]

    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert client.get("/api/v2/pages/", {"search": "zqwagtail"}).json()["items"] == []
    assert "Chauffage zqwagtail" not in titles(wagtail_on_elasticsearch.search("zqwagtail", type(page)))


def test_search_rebuild_rebuilds_wagtails_own_index(home_page, wagtail_on_elasticsearch):
    partner = PartnerPageFactory(parent=home_page, title="Département")
    page = SchemePageFactory(parent=partner, title="Bourse zqrebuild")
    page.save_revision().publish()
    wagtail_on_elasticsearch.reset_indexes()
    assert titles(wagtail_on_elasticsearch.search("zqrebuild", type(page))) == set()
    output = StringIO()
    call_command("search_rebuild", "--no-progress", stdout=output, stderr=StringIO())
    assert "Wagtail" in output.getvalue()
    assert titles(wagtail_on_elasticsearch.search("zqrebuild", type(page))) == {"Bourse zqrebuild"}
