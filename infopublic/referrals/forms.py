"""The referral form (a network member writes it) and the answer form (the receiving structure)."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from infopublic.directory.doors import read_commune
from infopublic.directory.models import StructurePage
from infopublic.taxonomy.models import Theme
from infopublic.workshop.sanitize import plain_text

from .models import CONSENT_WORDING, ContactMethod, RefusalReason, Status

# A French social-security number (NIR): 13 digits and a 2-digit key, often typed with spaces.
NIR = re.compile(r"(?<!\d)[12](?:[\s.-]?\d){12}(?:[\s.-]?\d{2})?(?!\d)")
PHONE = re.compile(r"^\+?[\d\s.()-]{6,25}$")


def multiline_text(value):
    """Plain text (bleach strips every tag) that keeps its line breaks."""
    lines = [plain_text(line) for line in (value or "").splitlines()]
    return "\n".join(lines).strip()


def _refuse_nir(value):
    if NIR.search(value):
        raise forms.ValidationError(
            _("N’indiquez pas de numéro de sécurité sociale : il n’est pas nécessaire à l’orientation.")
        )
    return value


class ThemeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class ReferralForm(forms.Form):
    commune = forms.CharField(
        label=_("Commune où vit la personne"),
        max_length=100,
        widget=forms.TextInput(attrs={"data-autocomplete": "commune-name", "autocomplete": "off"}),
    )
    code_insee = forms.CharField(required=False, max_length=5, widget=forms.HiddenInput)
    # Required, and nothing chosen in advance: an empty first option, never the first theme of the list.
    theme = ThemeChoiceField(
        label=_("Besoin principal"), queryset=Theme.objects.none(), empty_label=_("— choisir —")
    )
    person_name = forms.CharField(
        label=_("Prénom ou initiales de la personne"),
        max_length=60,
        help_text=_("Pas de nom de famille : un prénom ou des initiales suffisent."),
    )
    contact_method = forms.ChoiceField(
        label=_("Comment la structure recontacte la personne"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        initial=ContactMethod.PHONE,
    )
    person_phone = forms.CharField(label=_("Téléphone de la personne"), max_length=30, required=False)
    person_email = forms.EmailField(label=_("Courriel de la personne"), required=False)
    availability = forms.CharField(
        label=_("Disponibilités"),
        max_length=200,
        required=False,
        help_text=_("Ex. « le matin sauf mercredi »."),
    )
    message = forms.CharField(
        label=_("Situation et demande"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Quelques lignes utiles à la structure. Ni numéro de sécurité sociale, ni information de santé, "
            "ni pièce jointe."
        ),
    )
    recap_requested = forms.BooleanField(
        label=_("Envoyer à la personne un récapitulatif par courriel (adresse, horaires, pièces à apporter)"),
        required=False,
    )
    consent = forms.BooleanField(
        label=CONSENT_WORDING,
        error_messages={
            "required": _("Le consentement de la personne est obligatoire pour envoyer la fiche.")
        },
    )

    def __init__(self, *args, structure, **kwargs):
        super().__init__(*args, **kwargs)
        self.structure = structure
        self.fields["theme"].queryset = Theme.objects.select_related("category").order_by(
            "category__label", "label"
        )
        self.commune = None
        self.choice = None

    def clean_person_name(self):
        return _refuse_nir(plain_text(self.cleaned_data["person_name"]))

    def clean_availability(self):
        return _refuse_nir(plain_text(self.cleaned_data["availability"]))

    def clean_message(self):
        return _refuse_nir(multiline_text(self.cleaned_data["message"]))

    def clean_person_phone(self):
        phone = plain_text(self.cleaned_data["person_phone"])
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(_("Numéro de téléphone invalide."))
        return phone

    def clean(self):
        data = super().clean()
        self.choice = read_commune(data.get("commune", ""), data.get("code_insee", ""))
        if self.choice.commune is None:
            if data.get("commune"):
                self.add_error("commune", self.choice.message or _("Commune inconnue."))
        elif not StructurePage.objects.serving(self.choice.commune).filter(pk=self.structure.pk).exists():
            self.add_error(
                "commune",
                _("%(structure)s ne dessert pas %(commune)s : choisissez une structure qui la dessert.")
                % {"structure": self.structure.title, "commune": self.choice.commune.name},
            )
        else:
            self.commune = self.choice.commune
        method = data.get("contact_method")
        if method == ContactMethod.PHONE and not data.get("person_phone"):
            self.add_error("person_phone", _("Indiquez le téléphone de la personne."))
        if method == ContactMethod.EMAIL and not data.get("person_email"):
            self.add_error("person_email", _("Indiquez le courriel de la personne."))
        if data.get("recap_requested") and not data.get("person_email"):
            self.add_error("person_email", _("Le récapitulatif s’envoie au courriel de la personne."))
        return data

    def referral_data(self):
        """The referral's own fields, cleaned and bleached; only the contact chosen is kept."""
        data = self.cleaned_data
        method = data["contact_method"]
        return {
            "person_name": data["person_name"],
            "contact_method": method,
            "person_phone": data["person_phone"] if method == ContactMethod.PHONE else None,
            "person_email": data["person_email"]
            if method == ContactMethod.EMAIL or data["recap_requested"]
            else None,
            "availability": data["availability"] or None,
            "message": data["message"],
            "recap_requested": data["recap_requested"],
        }


class AnswerForm(forms.Form):
    DECISIONS = [
        (Status.ACCEPTED, _("J’accepte : nous recontactons la personne")),
        (Status.REFUSED, _("Je refuse")),
        (Status.REDIRECTED, _("Je réoriente vers une autre structure")),
    ]

    decision = forms.ChoiceField(label=_("Votre réponse"), choices=DECISIONS, widget=forms.RadioSelect)
    refusal_reason = forms.ChoiceField(
        label=_("Motif du refus"), choices=[("", "—"), *RefusalReason.choices], required=False
    )
    redirected_to = forms.ModelChoiceField(
        label=_("Structure suggérée"), queryset=StructurePage.objects.none(), required=False, empty_label="—"
    )
    note = forms.CharField(
        label=_("Message à l’expéditeur (facultatif)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, **kwargs)
        structures = StructurePage.objects.live().public()
        if referral.commune_id:
            structures = structures.serving(referral.commune)
        self.fields["redirected_to"].queryset = structures.exclude(pk=referral.structure_id).order_by("title")

    def clean_note(self):
        return _refuse_nir(multiline_text(self.cleaned_data["note"]))

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision == Status.REFUSED and not data.get("refusal_reason"):
            self.add_error("refusal_reason", _("Indiquez le motif du refus."))
        if decision == Status.REDIRECTED and not data.get("redirected_to"):
            self.add_error("redirected_to", _("Choisissez la structure vers laquelle vous réorientez."))
        return data
