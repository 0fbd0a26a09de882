"""Territory changes mark the derived data built from them as changed (infopublic.derived)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from infopublic.derived.versions import COMMUNES, TERRITORIES, changed

from .models import EPCI, Commune, Departement, SocialActionTerritory


def communes_changed(sender, **kwargs):
    changed(COMMUNES)


def territories_changed(sender, action=None, **kwargs):
    if action is None or action.startswith("post_"):
        changed(TERRITORIES)


def connect():
    for model in (Commune, EPCI, Departement):
        uid = f"derived-{model._meta.label_lower}"
        post_save.connect(communes_changed, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(communes_changed, sender=model, dispatch_uid=f"{uid}-deleted")
    post_save.connect(
        territories_changed, sender=SocialActionTerritory, dispatch_uid="derived-territory-saved"
    )
    post_delete.connect(
        territories_changed, sender=SocialActionTerritory, dispatch_uid="derived-territory-deleted"
    )
    m2m_changed.connect(
        territories_changed,
        sender=SocialActionTerritory.communes.through,
        dispatch_uid="derived-territory-communes",
    )
