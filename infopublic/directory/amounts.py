"""National amounts read from openfisca-france's parameters.

For a parameter path and a day: the value in force, the day it took effect, the next value when it is already
published, the legal reference of the day, and the parameter's label.

Only the parameter files are read, with openfisca-core's own loader, never the whole tax-benefit model
(`FranceTaxBenefitSystem()` takes seconds and about 120 MB per process: see docs/benchmarks.md). A path is
resolved to the one YAML file that holds it; each file is parsed once per process, on first use, under a lock.
Values change by themselves on their dates: nothing here caches an answer for a day.
"""

import functools
import logging
import os
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from importlib import metadata

from django.utils.translation import gettext_lazy as _

__all__ = [
    "AmountInForce",
    "AmountShown",
    "NotAnAmount",
    "Reference",
    "UnknownParameter",
    "amount_in_force",
    "check_parameter",
    "package_version",
    "shown_amount",
]

logger = logging.getLogger(__name__)

PACKAGE = "openfisca-france"
PATH = re.compile(r"^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$")
YAML_EXTENSIONS = (".yaml", ".yml")
# openfisca-france's `currency` unit is the euro from this day on (francs before, see its units.yaml).
EURO_SINCE = date(2002, 1, 1)
CENT = Decimal("0.01")


class UnknownParameter(LookupError):
    """The path names no parameter of the installed package."""


class NotAnAmount(ValueError):
    """The path names a node, a scale, a rate or anything else than one amount in euros."""


@dataclass(frozen=True)
class Reference:
    title: str
    href: str


@dataclass(frozen=True)
class AmountInForce:
    path: str
    label: str
    value: Decimal | None  # None: no value in force that day (not yet, or no longer)
    since: date | None
    next_value: Decimal | None  # None with a `next_on`: the amount ends that day
    next_on: date | None
    references: tuple[Reference, ...]


def _day(value):
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _euros(value):
    return Decimal(str(value)).quantize(CENT)


def _references(entry):
    """`{title, href}`, a list of them, or a bare title (the forms found in the package)."""
    items = entry if isinstance(entry, list) else [entry]
    references = []
    for item in items:
        if isinstance(item, dict) and (item.get("title") or item.get("href")):
            href = str(item.get("href") or "")
            href = href if href.startswith(("https://", "http://")) else ""  # a link, never a script
            references.append(Reference(str(item.get("title") or href), href))
        elif isinstance(item, str) and item.strip():
            references.append(Reference(item.strip(), ""))
    return tuple(references)


def _is_amount_value(value):
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


class ParameterSource:
    """The parameters of one installed openfisca-france, read lazily. One per process (`source` below)."""

    def __init__(self, directory=None):
        self._directory = directory
        self._files = {}
        self._amounts = {}
        self._lock = threading.Lock()

    @property
    def directory(self):
        if self._directory is None:
            import openfisca_france

            self._directory = os.path.join(os.path.dirname(openfisca_france.__file__), "parameters")
        return self._directory

    def _load(self, file_path, name):
        with self._lock:
            if file_path not in self._files:
                from openfisca_core.parameters import load_parameter_file

                self._files[file_path] = load_parameter_file(file_path, name)
            return self._files[file_path]

    def _resolve(self, path):
        if not isinstance(path, str) or not PATH.match(path):
            raise UnknownParameter(path)
        parts = path.split(".")
        if "index" in parts:
            raise UnknownParameter(path)
        directory = self.directory
        for position, part in enumerate(parts):
            below = os.path.join(directory, part)
            if os.path.isdir(below):
                directory = below
                continue
            file_path = next((below + ext for ext in YAML_EXTENSIONS if os.path.isfile(below + ext)), None)
            if file_path is None:
                raise UnknownParameter(path)
            node = self._load(file_path, ".".join(parts[: position + 1]))
            for child in parts[position + 1 :]:
                children = getattr(node, "children", None)
                if not isinstance(children, dict) or child not in children:
                    raise UnknownParameter(path)
                node = children[child]
            return node
        raise NotAnAmount(path)  # a directory: a group of parameters

    def parameter(self, path):
        """The openfisca `Parameter` at `path`, if it is an amount in euros."""
        return self._amount(path).parameter

    def _amount(self, path):
        """`path`'s values and references, parsed once: a lookup for a day then costs a few microseconds."""
        found = self._amounts.get(path)
        if found is None:
            found = _ParsedAmount.of(self._resolve(path), path)
            with self._lock:
                found = self._amounts.setdefault(path, found)
        return found

    def in_force(self, path, day):
        amount = self._amount(path)
        day = _day(day)
        current = upcoming = None
        for start, value in amount.values:  # newest first
            if start <= day:
                current = (start, value)
                break
            upcoming = (start, value)
        if current is not None and (current[1] is None or current[0] < EURO_SINCE):
            current = None
        return AmountInForce(
            path=path,
            label=amount.label,
            value=current[1] if current else None,
            since=current[0] if current else None,
            next_value=upcoming[1] if upcoming else None,
            next_on=upcoming[0] if upcoming else None,
            references=amount.references_on(day),
        )

    def references(self, parameter, day):
        """The legal references of `parameter`'s latest entry dated on or before `day`."""
        return _ParsedAmount.of(parameter, parameter.name).references_on(_day(day))


@dataclass(frozen=True)
class _ParsedAmount:
    parameter: object
    label: str
    values: tuple  # ((date, Decimal | None), ...), newest first
    references: tuple  # ((date | None, (Reference, ...)), ...), oldest first; None: not dated

    @classmethod
    def of(cls, node, path):
        from openfisca_core.parameters import Parameter

        if not isinstance(node, Parameter) or node.metadata.get("unit") != "currency":
            raise NotAnAmount(path)
        if not all(_is_amount_value(value.value) for value in node.values_list):
            raise NotAnAmount(path)
        values = tuple(
            (_day(value.instant_str), None if value.value is None else _euros(value.value))
            for value in node.values_list
        )
        references = node.metadata.get("reference")
        if isinstance(references, dict):
            dated = sorted((_day(key), _references(entry)) for key, entry in references.items())
        else:
            dated = [(None, _references(references))] if references else []
        label = node.description or node.metadata.get("short_label") or path
        return cls(node, label, values, tuple(dated))

    def references_on(self, day):
        found = ()
        for start, references in self.references:
            if start is None or start <= day:
                found = references
        return found


source = ParameterSource()


def amount_in_force(path, day):
    """What openfisca-france says of the amount at `path` on `day` (raises UnknownParameter, NotAnAmount)."""
    return source.in_force(path, day)


def check_parameter(path):
    """None when `path` can be bound to a scheme amount, else the French error message to show."""
    try:
        source.parameter(path)
    except UnknownParameter:
        return _("« %(path)s » n’est pas un paramètre d’openfisca-france %(version)s.") % {
            "path": path,
            "version": package_version(),
        }
    except NotAnAmount:
        return _(
            "« %(path)s » n’est pas un montant en euros (groupe de paramètres, barème, taux ou nombre) : "
            "choisissez un paramètre en euros."
        ) % {"path": path}
    return None


@functools.cache
def package_version():
    """The installed openfisca-france's version (a process only sees the package it started with)."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return ""


@dataclass(frozen=True)
class AmountShown:
    """A scheme amount as a visitor sees it on a day: typed by hand, or read from openfisca-france."""

    value: Decimal
    since: date | None
    until: date | None
    next_value: Decimal | None = None
    next_on: date | None = None
    references: tuple[Reference, ...] = ()
    parameter: str = ""
    parameter_label: str = ""

    def as_json(self):
        return {
            "amount": str(self.value),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "next_amount": str(self.next_value) if self.next_value is not None else None,
            "next_on": self.next_on.isoformat() if self.next_on else None,
            "references": [{"title": ref.title, "href": ref.href} for ref in self.references],
            "source": f"{PACKAGE} {package_version()}" if self.parameter else None,
        }


def shown_amount(row, day):
    """`row` (a SchemeAmount) on `day`, or None when it does not apply that day.

    A bound amount follows its parameter (its own validity dates are not used); a bound amount whose path the
    installed package no longer knows is left out (and logged): `manage.py sync_amounts` reports it.
    """
    if not row.openfisca_parameter:
        if row.amount is None or not row.is_valid_on(day):
            return None
        return AmountShown(value=row.amount, since=row.valid_from, until=row.valid_until)
    try:
        found = amount_in_force(row.openfisca_parameter, day)
    except (UnknownParameter, NotAnAmount):
        logger.warning("Scheme amount %s: %r is no amount of %s", row.pk, row.openfisca_parameter, PACKAGE)
        return None
    if found.value is None:
        return None
    return AmountShown(
        value=found.value,
        since=found.since,
        until=found.next_on - timedelta(days=1) if found.next_on and found.next_value is None else None,
        next_value=found.next_value,
        next_on=found.next_on,
        references=found.references,
        parameter=found.path,
        parameter_label=found.label,
    )
