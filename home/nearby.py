"""« Autour de moi »: the commune nearest to a point the browser gives, used for this answer only."""

import math

from infopublic.territories.models import Commune, haversine_km

# A commune farther than this is not "around" the desk: the point is outside the network's communes.
MAX_DISTANCE_KM = 25
# The search box around the point, in degrees (about 28 km north-south, 25 km east-west in France).
BOX_DEGREES = 0.25


def parse_point(latitude, longitude):
    """(latitude, longitude) as finite floats within range, else None."""
    try:
        point = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(value) for value in point):
        return None
    if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
        return None
    return point


def nearest_commune(latitude, longitude):
    """The commune whose centre is nearest to the point, within MAX_DISTANCE_KM; None otherwise."""
    longitude_box = BOX_DEGREES / max(math.cos(math.radians(latitude)), 0.1)
    candidates = Commune.objects.filter(
        latitude__range=(latitude - BOX_DEGREES, latitude + BOX_DEGREES),
        longitude__range=(longitude - longitude_box, longitude + longitude_box),
    ).only("code", "name", "postal_codes", "latitude", "longitude")
    best, best_distance = None, MAX_DISTANCE_KM
    for commune in candidates:
        distance = haversine_km(latitude, longitude, commune.latitude, commune.longitude)
        if distance <= best_distance:
            best, best_distance = commune, distance
    return best
