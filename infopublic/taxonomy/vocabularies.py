"""Loading of the data·inclusion vocabularies from the `data-inclusion-schema` package."""

from django.db import transaction

from data_inclusion.schema import v1

from .models import Category, NetworkType, Public, ServiceType, Theme

SIMPLE_VOCABULARIES = [
    (Category, v1.Categorie),
    (Public, v1.Public),
    (ServiceType, v1.TypeService),
    (NetworkType, v1.ReseauPorteur),
]


def _upsert(model, entries, extra=None):
    """Create missing terms and save only those whose data changed (a save re-indexes the pages using it)."""
    extra = extra or {}
    existing = {term.value: term for term in model.objects.all()}
    for order, entry in enumerate(entries):
        values = {
            "label": entry["label"],
            "description": entry.get("description") or "",
            "sort_order": order,
            **extra.get(entry["value"], {}),
        }
        term = existing.get(entry["value"])
        if term is None:
            model.objects.create(value=entry["value"], **values)
        elif any(getattr(term, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(term, field, value)
            term.save()
    return len(entries)


@transaction.atomic
def load_vocabularies():
    """Create or update every vocabulary term; returns {model verbose name: count}. Idempotent."""
    counts = {}
    for model, enum in SIMPLE_VOCABULARIES:
        counts[str(model._meta.verbose_name_plural)] = _upsert(model, enum.as_dict_list())
    categories = {c.value: c for c in Category.objects.all()}
    themes = v1.Thematique.as_dict_list()
    extra = {t["value"]: {"category": categories[t["value"].split("--")[0]]} for t in themes}
    counts[str(Theme._meta.verbose_name_plural)] = _upsert(Theme, themes, extra)
    return counts
