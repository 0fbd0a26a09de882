"""`/sante/`: 200 when the database, the cache and the search engine answer, else 503; JSON either way."""

from django.http import JsonResponse
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
