"""The anonymous page cache: served to session-less visitors only, dropped on every publish, never holding a
member's page or another visitor's CSRF token, and never a 500 when the cache fails."""

from unittest import mock

from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, override_settings
from django.views.decorators.cache import never_cache

import pytest

from infopublic.network.services import ensure_roles
from infopublic.pagecache import middleware, version
from tests.factories import (
    CommuneFactory,
    GlossaryTermFactory,
    PartnerPageFactory,
    SchemePageFactory,
    StructureContactFactory,
    StructurePageFactory,
    UserFactory,
)
from tests.home.test_cache_outage import redis_cache

NOTE = "Appeler avant 10 h, demander la permanence"
DIRECT_LINE = "03 85 99 87 65"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def network(home_page):
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
    StructureContactFactory(structure=structure, name="Ligne directe", phone=DIRECT_LINE, visibility="reseau")
    scheme = SchemePageFactory(parent=partner, title="Aide au chauffage", slug="aide-chauffage")
    member = UserFactory(username="accueil")
    member.groups.add(*ensure_roles()[1:])
    return {"structure": structure, "scheme": scheme, "partner": partner, "member": member}


def state(response):
    return response.headers.get("X-Page-Cache")


def test_anonymous_pages_are_served_from_the_cache(client, network):
    for url in ("/", network["structure"].url, network["scheme"].url, "/glossaire/"):
        first = client.get(url)
        assert first.status_code == 200 and state(first) == "miss", url
        second = Client().get(url)
        assert second.status_code == 200 and state(second) == "hit", url
        assert "Cookie" in second.headers["Vary"]
        assert "Content-Security-Policy" in second.headers


def test_a_publish_drops_every_cached_page(client, network):
    structure = network["structure"]
    assert state(client.get(structure.url)) == "miss"
    assert state(client.get("/")) == "miss"
    structure.title = "CCAS de Cluny, nouvelle adresse"
    structure.save_revision().publish()
    response = Client().get(structure.url)
    assert state(response) == "miss"
    assert "CCAS de Cluny, nouvelle adresse" in response.content.decode()
    assert state(Client().get("/")) == "miss"


@pytest.mark.parametrize("change", ["unpublish", "delete", "move", "glossary"])
def test_unpublish_delete_move_and_snippet_changes_drop_the_cache(client, network, change):
    scheme = network["scheme"]
    url = scheme.url
    client.get(url)
    before = version.current_version()
    if change == "unpublish":
        scheme.unpublish()
    elif change == "delete":
        scheme.delete()
    elif change == "move":
        scheme.move(network["structure"], pos="last-child")
    else:
        GlossaryTermFactory(acronym="RSA", expansion="revenu de solidarité active")
    assert version.current_version() != before
    response = Client().get(url)
    assert state(response) != "hit"
    if change in ("unpublish", "delete"):
        assert response.status_code == 404
    elif change == "move":  # Wagtail leaves a redirect from the old address
        assert response.status_code == 301


def test_a_members_page_is_never_stored_nor_served_from_the_cache(client, network):
    url = network["structure"].url
    client.force_login(network["member"])
    member_page = client.get(url)
    assert NOTE in member_page.content.decode()
    assert state(member_page) is None
    anonymous = Client().get(url)
    assert state(anonymous) == "miss"
    assert NOTE not in anonymous.content.decode() and DIRECT_LINE not in anonymous.content.decode()
    assert state(Client().get(url)) == "hit"
    # The anonymous copy is now cached: the member still gets their own page.
    again = client.get(url)
    assert state(again) is None and NOTE in again.content.decode()


def test_every_visitor_gets_their_own_csrf_token(network):
    url = network["structure"].url
    first, second = Client(), Client()
    assert state(first.get(url)) == "miss"
    response = second.get(url)
    assert state(response) == "hit"
    html = response.content.decode()
    assert "\x00" not in html
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    secret = response.cookies["csrftoken"].value
    assert _unmask_cipher_token(token) == secret
    assert secret != first.cookies["csrftoken"].value


def test_a_visitor_with_a_session_gets_a_fresh_page(client, network):
    structure = network["structure"]
    client.get(structure.url)
    assert (
        client.post("/selection/ajouter/", {"page": structure.pk, "next": structure.url}).status_code == 302
    )
    response = client.get(structure.url)
    assert state(response) is None
    assert 'aria-pressed="true"' in response.content.decode()
    # Anonymous visitors without a session still see the shared copy, without this selection.
    shared = Client().get(structure.url)
    assert state(shared) == "hit" and 'aria-pressed="true"' not in shared.content.decode()


def test_pending_messages_and_authorization_bypass_the_cache(client, network):
    url = network["structure"].url
    client.get(url)
    assert state(Client(HTTP_AUTHORIZATION="Token x").get(url)) is None
    with_message = Client()
    with_message.cookies["messages"] = "x"
    assert state(with_message.get(url)) is None


def test_the_language_is_part_of_the_key(network, settings):
    settings.LANGUAGES = [("fr", "Français"), ("en", "English")]
    url = network["structure"].url
    assert state(Client(HTTP_ACCEPT_LANGUAGE="fr").get(url)) == "miss"
    assert state(Client(HTTP_ACCEPT_LANGUAGE="en").get(url)) == "miss"
    assert state(Client(HTTP_ACCEPT_LANGUAGE="en").get(url)) == "hit"


def test_health_admin_and_errors_are_never_cached(client, network):
    for _ in range(2):
        assert state(client.get("/sante/")) is None
        assert state(client.get("/admin/login/")) is None
        assert state(client.get("/nulle-part/")) != "hit"


def test_with_redis_the_cache_is_shared_and_an_outage_degrades_to_rendering(network, redis_server):
    process, location = redis_server
    url = network["structure"].url
    with override_settings(CACHES=redis_cache(location)):
        assert state(Client().get(url)) == "miss"
        assert state(Client().get(url)) == "hit"
        network["structure"].save_revision().publish()
        assert state(Client().get(url)) == "miss"
        process.terminate()
        process.wait(timeout=10)
        response = Client().get(url)
        assert response.status_code == 200 and state(response) is None
        assert Client().get("/").status_code == 200
        version.invalidate()  # a publish during the outage: no 500 either


def test_entries_expire_at_the_next_minute(network):
    with mock.patch.object(middleware.time, "time", return_value=1_800_000_045.5):
        assert middleware.seconds_to_next_minute() == 15
    with mock.patch.object(middleware.time, "time", return_value=1_800_000_000.0):
        assert middleware.seconds_to_next_minute() == 60
    with mock.patch.object(cache, "set", wraps=cache.set) as stored:
        Client().get(network["structure"].url)
    page_sets = [call for call in stored.call_args_list if call.args[0].startswith("pagecache:page:")]
    assert page_sets and all(1 <= call.args[2] <= 60 for call in page_sets)


def cached_twice(rf, view):
    cached = middleware.AnonymousPageCacheMiddleware(view)
    cached(rf.get("/une-page/"))
    return state(cached(rf.get("/une-page/")))


def test_cookies_private_and_negotiated_responses_are_not_stored(rf, db):
    def with_cookie(request):
        response = HttpResponse("bonjour")
        response.set_cookie("choix", "1")
        return response

    def private(request):
        response = HttpResponse("bonjour")
        response["Cache-Control"] = "private"
        return response

    def plain(request):
        return HttpResponse("bonjour")

    def negotiated(request):
        response = HttpResponse("bonjour")
        response["Vary"] = "Accept-Language, Accept"
        return response

    assert cached_twice(rf, with_cookie) == "miss"
    assert cached_twice(rf, private) == "miss"
    assert cached_twice(rf, never_cache(plain)) == "miss"
    assert cached_twice(rf, negotiated) == "miss"
    assert cached_twice(rf, plain) == "hit"


def test_a_hit_reads_neither_the_database_nor_the_inner_middleware(network, django_assert_num_queries):
    url = network["scheme"].url
    assert state(Client().get(url)) == "miss"
    with (
        django_assert_num_queries(0),
        mock.patch("django.middleware.locale.LocaleMiddleware.process_request") as locale,
    ):
        response = Client().get(url)
    assert state(response) == "hit" and not locale.called
    # What the inner middleware said of the page is stored with it.
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Content-Language"] == "fr"
    assert int(response.headers["Content-Length"]) == len(response.content)


def test_a_lost_invalidation_is_caught_by_the_database_tokens_within_a_second(network):
    """Redis hung during a publish: the shared version is not replaced, the database's tokens are."""
    url = network["scheme"].url
    assert state(Client().get(url)) == "miss"
    with mock.patch.object(version, "invalidate"):
        network["scheme"].title = "Aide au chauffage, nouveau barème"
        network["scheme"].save_revision().publish()
    later = version.time.monotonic() + version.SOURCES_MAX_AGE
    with mock.patch.object(version.time, "monotonic", return_value=later):
        response = Client().get(url)
    assert state(response) == "miss" and "nouveau barème" in response.content.decode()
