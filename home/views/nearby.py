"""POST /autour-de-moi/: the browser's position → the nearest commune, as the commune suggestions give it."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..nearby import nearest_commune, parse_point


# POST, so that the position never appears in a URL, an access log or the browser history. Nothing is stored
# or logged. CSRF-exempt: the answer changes nothing and reveals only a public commune.
@csrf_exempt
@never_cache
@require_POST
def nearby_commune(request):
    point = parse_point(request.POST.get("latitude"), request.POST.get("longitude"))
    if point is None:
        return JsonResponse({"error": _("Position invalide.")}, status=400)
    commune = nearest_commune(*point)
    if commune is None:
        return JsonResponse({"error": _("Aucune commune du réseau autour de cette position.")}, status=404)
    return JsonResponse(
        {
            "code": commune.code,
            "name": commune.name,
            "postal_code": commune.main_postal_code,
            "url": commune.get_absolute_url(),
        }
    )
