"""The line-by-line validation report of an import, shared by the command and the admin upload."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

CREATE, UPDATE = "create", "update"


class ImportRejected(Exception):
    def __init__(self, report):
        super().__init__(_("Import refusé : rien n’a été écrit."))
        self.report = report


@dataclass
class RowReport:
    number: int
    label: str
    source: str = ""
    source_id: str = ""
    name: str = ""
    action: str = CREATE
    errors: list[tuple[str, str]] = field(default_factory=list)
    values: dict = field(default_factory=dict, repr=False)

    @property
    def is_valid(self):
        return not self.errors

    def add_error(self, field_name, message):
        self.errors.append((field_name, message))

    def lines(self):
        if self.is_valid:
            verb = _("création") if self.action == CREATE else _("mise à jour")
            return [
                _("%(label)s : OK (%(action)s) « %(name)s » [%(source)s / %(id)s]")
                % {
                    "label": self.label,
                    "action": verb,
                    "name": self.name,
                    "source": self.source,
                    "id": self.source_id,
                }
            ]
        return [
            _("%(label)s, champ « %(field)s » : %(message)s")
            % {"label": self.label, "field": field_name, "message": message}
            for field_name, message in self.errors
        ]


@dataclass
class ImportReport:
    partner: object
    rows: list[RowReport] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def error_count(self):
        return len(self.file_errors) + sum(len(row.errors) for row in self.rows)

    @property
    def is_valid(self):
        return bool(self.rows) and self.error_count == 0

    @property
    def to_create(self):
        return sum(1 for row in self.rows if row.is_valid and row.action == CREATE)

    @property
    def to_update(self):
        return sum(1 for row in self.rows if row.is_valid and row.action == UPDATE)

    def lines(self):
        lines = [_("Fichier : %(message)s") % {"message": message} for message in self.file_errors]
        for row in self.rows:
            lines.extend(row.lines())
        return lines

    def summary(self):
        if self.is_valid:
            return ngettext(
                "%(count)s structure valide : %(create)s à créer, %(update)s à mettre à jour.",
                "%(count)s structures valides : %(create)s à créer, %(update)s à mettre à jour.",
                len(self.rows),
            ) % {
                "count": len(self.rows),
                "create": self.to_create,
                "update": self.to_update,
            }
        return ngettext(
            "%(errors)s erreur : l’import est refusé, rien ne sera écrit.",
            "%(errors)s erreurs : l’import est refusé, rien ne sera écrit.",
            self.error_count,
        ) % {"errors": self.error_count}
