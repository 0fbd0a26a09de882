"""`/sante/`: 200 when the database, the cache and the search engine answer, else 503; JSON either way.
`/sante/vie/`: 200 as long as a worker answers, touching nothing (liveness for the proxy or systemd, and
the floor of the load test: the cost of a request through the whole middleware stack)."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .checks import run_checks


@never_cache
@require_GET
def health(request):
    healthy, results = run_checks()
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": results}, status=200 if healthy else 503
    )


@never_cache
@require_GET
def liveness(request):
    return HttpResponse("ok", content_type="text/plain")
