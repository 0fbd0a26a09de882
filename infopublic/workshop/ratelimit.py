"""A small cache-based rate limiter: at most N submissions per client address and window."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's address; behind a trusted proxy, the entry that proxy wrote: the last one (the client
    may send any X-Forwarded-For of its own, which a proxy appending to it keeps in front)."""
    if getattr(settings, "WORKSHOP_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, address, window):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"workshop:rate:{scope}:{digest}:{int(time.time() // window)}"


def is_rate_limited(request, scope, limit, window):
    """Count this request for `scope`; True once the address went over `limit` requests in `window` s."""
    key = _key(scope, client_address(request), window)
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=window)
            count = 1
    return count > limit
