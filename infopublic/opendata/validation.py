"""Validation of data·inclusion structure records for one partner: the schema, then our own rules.

Nothing is written here; every problem is reported with the record's line and the field concerned.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import pydantic
from data_inclusion.schema import v1

from infopublic.directory.hours import validate_opening_hours
from infopublic.taxonomy.models import NetworkType
from infopublic.territories.models import Commune

from .models import ImportedRecord
from .reading import FileFormatError, RawRecord, read_records
from .report import UPDATE, ImportReport, RowReport
from .text import clean_line, clean_paragraphs, paragraphs_to_rich_text

PYDANTIC_MESSAGES = {
    "missing": gettext_lazy("champ obligatoire manquant"),
    "string_too_short": gettext_lazy("texte trop court (au moins %(min_length)s caractères)"),
    "string_too_long": gettext_lazy("texte trop long (au plus %(max_length)s caractères)"),
    "string_pattern_mismatch": gettext_lazy("format invalide"),
    "string_type": gettext_lazy("texte attendu"),
    "enum": gettext_lazy("valeur inconnue"),
    "url_parsing": gettext_lazy("lien invalide"),
    "url_scheme": gettext_lazy("lien invalide (http ou https attendu)"),
    "url_type": gettext_lazy("lien invalide"),
    "date_parsing": gettext_lazy("date invalide (format attendu : AAAA-MM-JJ)"),
    "date_from_datetime_parsing": gettext_lazy("date invalide (format attendu : AAAA-MM-JJ)"),
    "date_type": gettext_lazy("date invalide (format attendu : AAAA-MM-JJ)"),
    "float_parsing": gettext_lazy("nombre invalide"),
    "float_type": gettext_lazy("nombre attendu"),
    "set_type": gettext_lazy("liste de valeurs attendue"),
    "list_type": gettext_lazy("liste de valeurs attendue"),
}
# Lengths of the StructurePage fields the records are written to.
MAX_LENGTHS = {
    "nom": 255,
    "adresse": 255,
    "complement_adresse": 255,
    "telephone": 30,
    "courriel": 254,
    "site_web": 200,
    "accessibilite_lieu": 200,
    "horaires_accueil": 500,
}


def _pydantic_message(error):
    if error["loc"][:1] == ("courriel",) and error["type"] == "value_error":
        return _("adresse de courriel invalide")
    template = PYDANTIC_MESSAGES.get(error["type"])
    if template is None:
        return error["msg"].removeprefix("Value error, ")
    message = str(template) % (error.get("ctx") or {})
    if error["type"] == "enum":
        message = f"{message} : « {error.get('input')} »"
    return message


def _schema_errors(data):
    try:
        v1.Structure.model_validate(data)
    except pydantic.ValidationError as error:
        return [
            (".".join(str(part) for part in item["loc"][:1]) or "-", _pydantic_message(item))
            for item in error.errors()
        ]
    return []


def _text(data, key, max_length=None):
    return clean_line(data.get(key) or "", max_length)


def _check_lengths(row, data):
    for key, max_length in MAX_LENGTHS.items():
        value = data.get(key)
        if isinstance(value, str) and len(value.strip()) > max_length:
            row.add_error(key, _("texte trop long (au plus %(max)s caractères)") % {"max": max_length})


def _check_commune(row, data, communes):
    code = str(data.get("code_insee") or "").strip()
    if not code:
        return None
    commune = communes.get(code)
    if commune is None:
        row.add_error("code_insee", _("commune inconnue : « %(code)s »") % {"code": code})
    return commune


def _check_hours(row, data):
    hours = clean_line(data.get("horaires_accueil") or "")
    try:
        validate_opening_hours(hours)
    except DjangoValidationError:
        row.add_error(
            "horaires_accueil",
            _("horaires invalides (syntaxe OpenStreetMap attendue) : « %(value)s »") % {"value": hours},
        )
    return hours


def _check_coordinates(row, data):
    for key, limit in (("latitude", 90), ("longitude", 180)):
        value = data.get(key)
        if value in (None, ""):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue  # already reported by the schema
        if not -limit <= number <= limit:
            row.add_error(key, _("coordonnée hors limites : %(value)s") % {"value": value})


def _check_network_types(row, data, network_types):
    values = data.get("reseaux_porteurs") or []
    if not isinstance(values, list):
        values = [values]
    terms = []
    for value in values:
        term = network_types.get(str(value))
        if term is None:
            row.add_error("reseaux_porteurs", _("réseau porteur inconnu : « %(value)s »") % {"value": value})
        else:
            terms.append(term)
    return terms


def _check_identity(row, data, partner, seen, records):
    row.source = clean_line(str(data.get("source") or ""), 100)
    row.source_id = clean_line(str(data.get("id") or ""), 255)
    key = (row.source, row.source_id)
    if row.source and row.source_id:
        if key in seen:
            row.add_error("id", _("identifiant en double, déjà utilisé : %(label)s") % {"label": seen[key]})
        seen.setdefault(key, row.label)
    existing = records.get(key)
    if existing is not None:
        row.action = UPDATE
        if existing.page.partner_id != partner.pk:
            row.add_error("id", _("cette structure a déjà été importée pour un autre partenaire"))
    return existing


def _url(value):
    return str(value) if value else ""


def _validate(record: RawRecord, partner, context):
    data = record.data
    row = RowReport(record.number, record.label)
    existing = _check_identity(row, data, partner, context["seen"], context["records"])
    row.name = _text(data, "nom", 255)
    schema_errors = [
        (name, message)
        for name, message in _schema_errors(data)
        if name not in ("code_insee", "reseaux_porteurs") or not message.startswith(_("valeur inconnue"))
    ]
    for name, message in schema_errors:
        row.add_error(name, message)
    _check_lengths(row, data)
    if data.get("nom") and len(row.name) < 3 and not any(name == "nom" for name, _m in row.errors):
        row.add_error("nom", _("le nom ne contient pas de texte lisible"))
    commune = _check_commune(row, data, context["communes"])
    hours = _check_hours(row, data)
    network_types = _check_network_types(row, data, context["network_types"])
    _check_coordinates(row, data)
    if row.is_valid:
        valid = v1.Structure.model_validate(data)
        description = clean_paragraphs(data.get("description") or "")
        row.values = {
            "existing": existing,
            "title": row.name,
            "summary": clean_line(description.split("\n\n")[0], 500),
            "description": paragraphs_to_rich_text(description),
            "siret": _text(data, "siret"),
            "address": _text(data, "adresse", 255),
            "address_complement": _text(data, "complement_adresse", 255),
            "postal_code": _text(data, "code_postal"),
            "commune": commune,
            "latitude": valid.latitude,
            "longitude": valid.longitude,
            "phone": _text(data, "telephone", 30),
            "email": valid.courriel or "",
            "website": _url(valid.site_web),
            "opening_hours": hours,
            "accessibility_url": _url(valid.accessibilite_lieu),
            "last_verified_at": valid.date_maj,
            "network_types": network_types,
            "source_url": _url(valid.lien_source)[:500],
        }
    return row


def build_report(filename, content: bytes, partner) -> ImportReport:
    """Validate every record of the file for `partner`; writes nothing."""
    report = ImportReport(partner)
    try:
        records = read_records(filename, content)
    except FileFormatError as error:
        report.file_errors.append(str(error))
        return report
    codes = {str(record.data.get("code_insee") or "").strip() for record in records}
    context = {
        "seen": {},
        "communes": Commune.objects.in_bulk([code for code in codes if code]),
        "network_types": {term.value: term for term in NetworkType.objects.all()},
        "records": {
            (record.source, record.source_id): record
            for record in ImportedRecord.objects.select_related("page")
        },
    }
    report.rows = [_validate(record, partner, context) for record in records]
    return report
