"""Selections a network member keeps by name: page ids only, stored per user (see SavedSelection)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from infopublic.workshop.sanitize import plain_text

from . import selection
from .models import SavedSelection


class SaveSelectionForm(forms.Form):
    name = forms.CharField(
        label=_("Nom de la sélection"),
        max_length=80,
        help_text=_(
            "Un thème, jamais le nom de la personne : « Logement d’urgence », « Aide alimentaire Cluny »."
        ),
    )

    def clean_name(self):
        name = plain_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Donnez un nom à la sélection."))
        return name


def save(user, name, ids):
    """Create or replace the user's selection of that name. None when the user already keeps too many."""
    existing = SavedSelection.objects.filter(user=user, name=name).first()
    if existing is None and SavedSelection.objects.filter(user=user).count() >= SavedSelection.MAX_PER_USER:
        return None
    saved = existing or SavedSelection(user=user, name=name)
    saved.page_ids = [int(pk) for pk in ids][: selection.MAX_ITEMS]
    saved.save()
    return saved


def for_user(user):
    """The user's saved selections, each with `.pages`: its fiches still live and public, in order."""
    saved_selections = list(SavedSelection.objects.filter(user=user))
    for saved in saved_selections:
        saved.pages = selection.selectable_pages(saved.page_ids)
    return saved_selections
