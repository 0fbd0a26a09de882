from django.shortcuts import get_object_or_404, render

from infopublic.territories.models import Commune

from .models import SchemePage, StructurePage


def commune_detail(request, code):
    """Who covers this commune, and which schemes apply there: the orientation answer for a place."""
    commune = get_object_or_404(Commune.objects.select_related("epci", "departement"), code=code)
    structures = list(
        StructurePage.objects.live().public().serving(commune).select_related("commune").order_by("title")
    )
    point = commune.point
    for structure in structures:
        structure_point = structure.point
        structure.distance_km = commune.distance_km(*structure_point) if point and structure_point else None
    structures.sort(key=lambda s: (s.distance_km is None, s.distance_km or 0, s.title))
    schemes = SchemePage.objects.live().public().applying_to(commune).order_by("title")
    return render(
        request,
        "directory/commune_detail.html",
        {"commune": commune, "structures": structures, "schemes": schemes},
    )
