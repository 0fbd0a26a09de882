"""Batches of data·inclusion records and their CSV encoding, shared by the API views."""

import csv

from .selection import public_service_links, public_structures, schemes_by_pk, structures_by_pk
from .serializers import SERVICE_FIELDS, STRUCTURE_FIELDS, service_record, structure_record

BATCH_SIZE = 500


class StructureExport:
    fields = STRUCTURE_FIELDS
    filename = "structures.csv"

    def __init__(self, request=None):
        self.request = request

    def keys(self):
        return list(public_structures().values_list("pk", flat=True))

    def records(self, keys):
        structures = structures_by_pk(keys)
        return [structure_record(structures[pk], self.request) for pk in keys if pk in structures]


class ServiceExport:
    fields = SERVICE_FIELDS
    filename = "services.csv"

    def __init__(self, request=None):
        self.request = request

    def keys(self):
        return list(public_service_links().values_list("schemepage_id", "structurepage_id"))

    def records(self, keys):
        schemes = schemes_by_pk(scheme_pk for scheme_pk, _structure_pk in keys)
        structures = structures_by_pk(structure_pk for _scheme_pk, structure_pk in keys)
        return [
            service_record(schemes[scheme_pk], structures[structure_pk], self.request)
            for scheme_pk, structure_pk in keys
            if scheme_pk in schemes and structure_pk in structures
        ]


# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value):
    """A record's value as a CSV cell; a leading quote keeps a spreadsheet from reading it as a formula."""
    if value is None:
        return ""
    text = ",".join(str(item) for item in value) if isinstance(value, list | tuple | set) else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer inside a generator."""

    def write(self, value):
        return value


def csv_rows(export):
    """Every record as CSV lines, header first, read from the database in batches."""
    writer = csv.writer(_Echo())
    yield writer.writerow(export.fields)
    keys = export.keys()
    for start in range(0, len(keys), BATCH_SIZE):
        for record in export.records(keys[start : start + BATCH_SIZE]):
            yield writer.writerow([csv_value(record[field]) for field in export.fields])
