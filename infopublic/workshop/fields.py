"""Which parts of a fiche a reader may say are wrong, per kind of fiche."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

from infopublic.directory.models import GuidePage, SchemePage, StructurePage

OTHER = "other"

REPORTABLE_FIELDS = {
    StructurePage: [
        "title",
        "address",
        "commune",
        "phone",
        "email",
        "website",
        "opening_hours",
        "notice_text",
        "contacts",
        "reception_modes",
        "accessibility",
        "languages",
        "served_communes",
        "description",
    ],
    SchemePage: [
        "title",
        "summary",
        "publics",
        "conditions",
        "benefits",
        "amounts",
        "how_to_apply",
        "steps",
        "documents",
        "application_url",
        "delivering_structures",
        "legal_references",
    ],
    GuidePage: ["title", "summary", "body"],
}


def _label(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return str(label)[:1].upper() + str(label)[1:]


def field_choices(model):
    """(value, label) pairs of the reportable fields of a fiche's model, then "something else"."""
    names = REPORTABLE_FIELDS.get(model, ["title"])
    return [(name, _label(model, name)) for name in names] + [(OTHER, _("Autre chose"))]


def field_label(model, name):
    return dict(field_choices(model)).get(name, name)
