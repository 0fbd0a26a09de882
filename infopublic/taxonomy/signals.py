"""Vocabulary and glossary changes mark the derived data built from them as changed (infopublic.derived)."""

from django.db.models.signals import post_delete, post_save

from infopublic.derived.versions import GLOSSARY, VOCABULARIES, changed

from .models import Category, GlossaryTerm, NetworkType, Public, ServiceType, Theme


def vocabularies_changed(sender, **kwargs):
    changed(VOCABULARIES)


def glossary_changed(sender, **kwargs):
    changed(GLOSSARY)


def connect():
    for model in (Category, Theme, Public, ServiceType, NetworkType):
        uid = f"derived-{model._meta.label_lower}"
        post_save.connect(vocabularies_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(vocabularies_changed, sender=model, dispatch_uid=f"{uid}-deleted")
    post_save.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="derived-glossary-saved")
    post_delete.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="derived-glossary-deleted")
