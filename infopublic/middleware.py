"""Project-wide middleware."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware


class RequestSizeLimitMiddleware:
    """Refuse a request whose declared body is over MAX_REQUEST_BODY_BYTES with 413, before reading it.

    The reverse proxy refuses them first in production (`client_max_body_size`); this keeps the limit when
    the application is reached directly."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(_("Longueur de requête invalide."), status=400, content_type="text/plain")
        if length > settings.MAX_REQUEST_BODY_BYTES:
            return HttpResponse(
                _("Fichier trop volumineux : %(size)d Mo au plus.")
                % {"size": settings.MAX_REQUEST_BODY_BYTES // (1024 * 1024)},
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class NulByteMiddleware:
    """Refuse with 400 a request whose path or parameters hold a NUL byte: no text field can store one
    (PostgreSQL refuses it outright), so it is never a real input."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = [request.path]
        for key, items in request.GET.lists():
            values.append(key)
            values.extend(items)
        if request.content_type == "application/x-www-form-urlencoded":
            for key, items in request.POST.lists():
                values.append(key)
                values.extend(items)
        if any("\x00" in value for value in values):
            return HttpResponse(
                _("Caractère invalide dans la requête."), status=400, content_type="text/plain"
            )
        return self.get_response(request)


class ScopedCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the strict policy of the settings for the public site, and inline scripts
    allowed only under the admin prefixes (`CSP_INLINE_SCRIPT_PATHS`): the Wagtail and Django admins still
    write some inline scripts, the public templates none (their scripts are static files)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(tuple(settings.CSP_INLINE_SCRIPT_PATHS)):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
        return parts
