"""Reading a data·inclusion structures file (CSV or JSON) into numbered records, or a clear file error."""

import csv
import io
import json
from dataclasses import dataclass

from django.utils.translation import gettext as _

from data_inclusion.schema import v1

REQUIRED_FIELDS = [name for name, field in v1.Structure.model_fields.items() if field.is_required()]
LIST_FIELDS = {"reseaux_porteurs"}
MAX_RECORDS = 10_000


class FileFormatError(Exception):
    """The file as a whole cannot be read; the message names what is wrong."""


@dataclass
class RawRecord:
    number: int
    label: str
    data: dict


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileFormatError(
            _("Le fichier n’est pas encodé en UTF-8 (octet invalide en position %(position)s).")
            % {"position": error.start}
        ) from error


def _format_of(filename: str, text: str) -> str:
    lowered = (filename or "").lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".csv"):
        return "csv"
    return "json" if text.lstrip()[:1] in ("[", "{") else "csv"


def _read_json(text: str) -> list[RawRecord]:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileFormatError(
            _("JSON illisible, ligne %(line)s, colonne %(column)s : %(message)s")
            % {"line": error.lineno, "column": error.colno, "message": error.msg}
        ) from error
    if isinstance(payload, dict) and isinstance(payload.get("results"), list):
        payload = payload["results"]
    if not isinstance(payload, list):
        raise FileFormatError(_("Le JSON doit être une liste de structures (ou un objet avec « results »)."))
    records = []
    for index, item in enumerate(payload, start=1):
        label = _("Enregistrement %(number)s") % {"number": index}
        if not isinstance(item, dict):
            raise FileFormatError(_("%(label)s : ce n’est pas un objet JSON.") % {"label": label})
        records.append(RawRecord(index, label, item))
    return records


def _list_value(value: str):
    value = value.strip()
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            return [value]
        return parsed if isinstance(parsed, list) else [value]
    return [item.strip() for item in value.split(",") if item.strip()]


def _read_csv(text: str) -> list[RawRecord]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error as error:
        raise FileFormatError(_("CSV illisible : %(message)s") % {"message": error}) from error
    reader.fieldnames = header
    missing = [name for name in REQUIRED_FIELDS if name not in header]
    if missing:
        raise FileFormatError(
            _("Colonnes obligatoires absentes de l’en-tête : %(columns)s.") % {"columns": ", ".join(missing)}
        )
    records = []
    try:
        # Numbered like a spreadsheet's rows (header on row 1), even when a quoted cell spans several lines.
        for number, row in enumerate(reader, start=2):
            label = _("Ligne %(number)s") % {"number": number}
            if None in row:
                raise FileFormatError(
                    _("%(label)s : plus de cellules que de colonnes dans l’en-tête.") % {"label": label}
                )
            data = {}
            for key, value in row.items():
                if value is None or not value.strip():
                    continue
                data[key] = _list_value(value) if key in LIST_FIELDS else value.strip()
            records.append(RawRecord(number, label, data))
    except csv.Error as error:
        raise FileFormatError(
            _("CSV illisible, ligne %(line)s : %(message)s") % {"line": reader.line_num, "message": error}
        ) from error
    return records


def read_records(filename: str, content: bytes) -> list[RawRecord]:
    """Every record of the file, numbered for the report; raises FileFormatError."""
    text = _decode(content)
    if not text.strip():
        raise FileFormatError(_("Le fichier est vide."))
    records = _read_json(text) if _format_of(filename, text) == "json" else _read_csv(text)
    if not records:
        raise FileFormatError(_("Le fichier ne contient aucune structure."))
    if len(records) > MAX_RECORDS:
        raise FileFormatError(
            _("Trop de structures dans un seul fichier (%(count)s, au plus %(max)s).")
            % {"count": len(records), "max": MAX_RECORDS}
        )
    return records
