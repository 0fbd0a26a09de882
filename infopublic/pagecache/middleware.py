"""Whole responses for anonymous visitors, kept in the shared cache.

Served from and stored in the cache only for a GET by a visitor who holds no session and no pending
message (no session cookie, no messages cookie, no Authorization header): such a visitor is anonymous and
sees what every anonymous visitor sees. A member, or anyone whose page depends on a session (login,
selection, page passwords), always gets a fresh rendering and never fills the cache.

The middleware sits near the top of the stack (after the size, NUL-byte, security and static-file
middleware): a hit costs one round trip to the shared cache and is answered before the session, locale,
CSRF, authentication, messages and CSP middleware run. The headers those add (Content-Security-Policy,
X-Frame-Options, Content-Language, Vary) are the same for every anonymous visitor of a page: they are
stored with it. The CSRF token is not: stored only when the response is a 200 that sets no cookie other
than the CSRF one and does not say `private`, `no-cache` or `no-store`, a page's form tokens are replaced by
a marker before storing, and by the current visitor's own token when served, through Django's CSRF
middleware (which also sets that visitor's cookie): no visitor ever receives another's.

An entry is stored with the content version (infopublic.pagecache.version) and served only while that
version is current: any publish, unpublish, move, deletion or snippet change replaces the version on
commit, in the shared cache, so every worker drops every page at once. The version also carries the
database's source tokens (infopublic.derived), changed in the transaction of a change: an invalidation
lost with a cache outage (Redis hung during a publish, then answering again with its old keys) cannot
leave a stale page behind for more than a second, the longest a process trusts the tokens it read
(version.SOURCES_MAX_AGE). Entries also expire at the next full minute: opening states ("Ouvert
maintenant") and relative dates are computed when a page is rendered, so they are never more than the
current minute old, and a page never outlives a transition minute (opening hours are written to the
minute). A cache outage means a miss: the page is rendered."""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language_from_request

from .version import VERSION_KEY, current_version, fresh_sources, recent_sources

__all__ = ["AnonymousPageCacheMiddleware"]

logger = logging.getLogger(__name__)

CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{32,64}(")')
CSRF_MARKER = b"\x00csrf\x00"
DROPPED_HEADERS = {"content-length", "set-cookie", "date", "x-page-cache"}
NO_STORE = ("private", "no-cache", "no-store")
# What the key already accounts for: the session cookie (no session, or no cache) and the language.
KEYED_VARY = {"cookie", "accept-language"}


def entry_key(request):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    language = get_language_from_request(request)
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
        shared = found.get(VERSION_KEY) or current_version()
        if shared is None:
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry[0] == f"{shared}:{recent_sources()}":
            return self.serve(request, entry)
        # Tokens this thread read up to a second ago may be older than the entry's: read them now.
        version = f"{shared}:{fresh_sources()}"
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
        # The only cookie a shared page may come with is the visitor's CSRF one (handled in store()).
        if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
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
        content, tokens = CSRF_INPUT.subn(rb"\1" + CSRF_MARKER + rb"\2", response.content)
        if settings.CSRF_COOKIE_NAME in response.cookies and not tokens:
            # The visitor's CSRF token was used (its cookie is set) somewhere else than by {% csrf_token %}:
            # the page is theirs only.
            return
        headers = [(name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS]
        entry = (version, response.status_code, headers, content, bool(tokens))
        try:
            cache.set(key, entry, seconds_to_next_minute())
        except Exception as error:  # noqa: BLE001 - not stored: the next visitor renders again
            logger.warning("Page non mise en cache : %s", error)

    def serve(self, request, entry):
        if entry[4]:
            # Django's CSRF middleware around the copy: it reads the visitor's CSRF cookie, and sets it
            # when the page hands out a token.
            return CsrfViewMiddleware(lambda request: self.response(request, entry))(request)
        return self.response(request, entry)

    @staticmethod
    def response(request, entry):
        _version, status, headers, content, has_tokens = entry
        if has_tokens:
            content = content.replace(CSRF_MARKER, get_token(request).encode())
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["Content-Length"] = str(len(content))
        # The rendering varied on the session cookie (who is logged in); so does this copy, for proxies.
        patch_vary_headers(response, ("Cookie",))
        response["X-Page-Cache"] = "hit"
        return response
