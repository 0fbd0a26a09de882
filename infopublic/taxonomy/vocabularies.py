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
    extra = extra or {}
    count = 0
    for order, entry in enumerate(entries):
        defaults = {
            "label": entry["label"],
            "description": entry.get("description") or "",
            "sort_order": order,
            **extra.get(entry["value"], {}),
        }
        model.objects.update_or_create(value=entry["value"], defaults=defaults)
        count += 1
    return count


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
