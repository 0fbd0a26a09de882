"""Sessions end after SESSION_IDLE_TIMEOUT seconds without a request (shared desk computers).

SESSION_COOKIE_AGE is that idle time; this middleware pushes the expiry back while the session is in use. It
rewrites the session at most once every REFRESH_SECONDS, not on every request (autocomplete sends many).
The database (or cache) expiry is checked by Django itself: an expired session is never loaded again.
"""

import time

from django.conf import settings

LAST_ACTIVITY_KEY = "_idle_refreshed_at"
REFRESH_SECONDS = 60


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or session.session_key is None or session.is_empty():
            return response
        now = int(time.time())
        refresh = min(REFRESH_SECONDS, max(1, settings.SESSION_COOKIE_AGE // 10))
        last = session.get(LAST_ACTIVITY_KEY)
        if not isinstance(last, int) or now - last >= refresh:
            # Modified: SessionMiddleware saves it with a new expiry, now + SESSION_COOKIE_AGE.
            session[LAST_ACTIVITY_KEY] = now
        return response
