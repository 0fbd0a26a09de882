"""Whole responses for anonymous visitors, kept in the shared cache.

Served from and stored in the cache only for a GET by a visitor who holds no session and no pending
message (no session cookie, no messages cookie, no Authorization header): such a visitor is anonymous and
sees what every anonymous visitor sees. A member, or anyone whose page depends on a session (login,
selection, page passwords), always gets a fresh rendering and never fills the cache.

Stored only when the response is a 200 that sets no cookie other than the CSRF one, and does not say
`private`, `no-cache` or `no-store`. The CSRF tokens of the page's forms are replaced by a placeholder
before storing, and by the current visitor's own token when served: no visitor ever receives another's.

An entry is stored with the content version (infopublic.pagecache.version) and served only while that
version is current: any publish, unpublish, move, deletion or snippet change replaces the version on
commit, in the shared cache, so every worker drops every page at once. The version also carries the
database's source tokens (infopublic.derived), changed in the transaction of a change: an invalidation
lost with a cache outage cannot leave a stale page behind. Entries also expire at the next
full minute: opening states ("Ouvert maintenant") and relative dates are computed when a page is
rendered, so they are never more than the current minute old, and a page never outlives a transition
minute (opening hours are written to the minute). A cache outage means a miss: the page is rendered."""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import cc_delim_re, patch_vary_headers

from infopublic.derived.versions import SOURCES, version_key

from .version import VERSION_KEY, current_version

__all__ = ["AnonymousPageCacheMiddleware"]

logger = logging.getLogger(__name__)

CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{32,64}(")')
CSRF_PLACEHOLDER = b"\x00csrf\x00"
DROPPED_HEADERS = {"content-length", "set-cookie", "date"}
NO_STORE = ("private", "no-cache", "no-store")
# What the key already accounts for: the session cookie (no session, or no cache) and the language.
KEYED_VARY = {"cookie", "accept-language"}


def entry_key(request):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return f"pagecache:page:{request.scheme}:{request.get_host()}:{language}:{path}"


def seconds_to_next_minute():
    return max(1, 60 - int(time.time()) % 60)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        try:
            key = entry_key(request)
        except Exception:  # noqa: BLE001 - a disallowed host: let Django answer it
            return self.get_response(request)
        try:  # the version and the entry in one round trip
            found = cache.get_many([VERSION_KEY, key])
        except Exception:  # noqa: BLE001 - a cache outage degrades to rendering
            found = {}
        version = found.get(VERSION_KEY) or current_version()
        if version is None:
            return self.get_response(request)
        # With the database's source versions (one query, shared with the rest of the request): a change
        # whose invalidation missed the shared cache (Redis hung or restarted with its old keys) still
        # makes every entry stale.
        version = f"{version}:{version_key(*SOURCES)}"
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            return self.serve(request, entry)
        response = self.get_response(request)
        if self.cacheable_response(request, response):
            self.store(request, key, version, response)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def cacheable_request(request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or request.method != "GET":
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        if "HTTP_AUTHORIZATION" in request.META:
            return False
        return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))

    @staticmethod
    def cacheable_response(request, response):
        if response.status_code != 200 or response.streaming:
            return False
        # Cookies the view set itself (the session and messages ones are checked below, the CSRF one is
        # set later, by the outer middleware, and handled in store()).
        if response.cookies:
            return False
        if any(word in response.get("Cache-Control", "") for word in NO_STORE):
            return False
        # A response that depends on another request header (e.g. `Vary: Accept` from content negotiation)
        # would be served to a visitor who sent a different one.
        if not {name.lower() for name in cc_delim_re.split(response.get("Vary", "")) if name} <= KEYED_VARY:
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        if getattr(getattr(request, "_messages", None), "added_new", False):
            return False
        user = getattr(request, "user", None)
        return user is None or not user.is_authenticated

    @staticmethod
    def store(request, key, version, response):
        content, tokens = CSRF_INPUT.subn(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") and not tokens:
            # A CSRF token was made for this visitor and written somewhere else than by {% csrf_token %}:
            # the page is theirs only.
            return
        headers = [(name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS]
        entry = (version, response.status_code, headers, content, bool(tokens))
        try:
            cache.set(key, entry, seconds_to_next_minute())
        except Exception as error:  # noqa: BLE001 - not stored: the next visitor renders again
            logger.warning("Page non mise en cache : %s", error)

    @staticmethod
    def serve(request, entry):
        _version, status, headers, content, has_tokens = entry
        if has_tokens:
            content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        # The rendering varied on the session cookie (who is logged in); so does this copy, for proxies.
        patch_vary_headers(response, ("Cookie",))
        response["X-Page-Cache"] = "hit"
        return response
