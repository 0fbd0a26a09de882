"""The one-screen household form. Its data lives for one request: never saved, logged or cached."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from infopublic.directory.choices import ActivityStatus, HousingStatus

from .household import Disability, Household, Nationality

MAX_CHILDREN = 12
MAX_AMOUNT = 100_000
UNKNOWN = [("", _("Non précisé"))]


def _amount(label, help_text=""):
    return forms.DecimalField(
        label=label,
        required=False,
        min_value=0,
        max_value=MAX_AMOUNT,
        decimal_places=2,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01", "min": "0"}),
    )


def _age(label):
    return forms.IntegerField(
        label=label, required=False, validators=[MinValueValidator(0), MaxValueValidator(120)]
    )


class HouseholdForm(forms.Form):
    commune = forms.CharField(
        label=_("Commune de résidence"),
        max_length=100,
        widget=forms.TextInput(attrs={"data-autocomplete": "commune-name", "autocomplete": "off"}),
    )
    code_insee = forms.CharField(required=False, max_length=5, widget=forms.HiddenInput)
    situation = forms.ChoiceField(
        label=_("Situation familiale"),
        required=False,
        choices=UNKNOWN + [("seul", _("Personne seule")), ("couple", _("En couple"))],
    )
    age = _age(_("Âge"))
    partner_age = _age(_("Âge du conjoint"))
    children = forms.CharField(
        label=_("Âges des enfants à charge"),
        required=False,
        max_length=60,
        help_text=_("Séparés par des virgules, ex. « 3, 7 » ; vide : aucun enfant."),
    )
    status = forms.ChoiceField(label=_("Statut"), required=False, choices=UNKNOWN + ActivityStatus.choices)
    partner_status = forms.ChoiceField(
        label=_("Statut du conjoint"), required=False, choices=UNKNOWN + ActivityStatus.choices
    )
    disability = forms.ChoiceField(
        label=_("Handicap reconnu par la MDPH"), required=False, choices=UNKNOWN + Disability.choices
    )
    housing = forms.ChoiceField(label=_("Logement"), required=False, choices=UNKNOWN + HousingStatus.choices)
    rent = _amount(_("Loyer mensuel hors charges (€)"))
    earnings = _amount(
        _("Salaires et revenus d’activité nets (€ par mois)"),
        _("Moyenne des trois derniers mois. Vide si inconnu, 0 s’il n’y en a pas."),
    )
    partner_earnings = _amount(_("Revenus d’activité du conjoint (€ par mois)"))
    unemployment = _amount(_("Allocations chômage (€ par mois)"))
    pensions = _amount(_("Retraites, pensions, rentes (€ par mois)"))
    nationality = forms.ChoiceField(
        label=_("Nationalité et séjour"), required=False, choices=UNKNOWN + Nationality.choices
    )

    def clean_children(self):
        text = self.cleaned_data["children"].strip()
        if not text:
            return ()
        ages = []
        for part in text.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not (part.isascii() and part.isdigit()) or int(part) > 25:
                raise forms.ValidationError(_("Indiquez des âges de 0 à 25 ans, séparés par des virgules."))
            ages.append(int(part))
        if len(ages) > MAX_CHILDREN:
            raise forms.ValidationError(_("Au plus %(count)s enfants.") % {"count": MAX_CHILDREN})
        return tuple(ages)

    def household(self):
        data = self.cleaned_data
        situation = data["situation"]
        return Household(
            couple=None if not situation else situation == "couple",
            age=data["age"],
            partner_age=data["partner_age"],
            children_ages=data["children"],
            status=data["status"],
            partner_status=data["partner_status"],
            disability=data["disability"],
            housing=data["housing"],
            rent=data["rent"],
            earnings=data["earnings"],
            partner_earnings=data["partner_earnings"],
            unemployment=data["unemployment"],
            pensions=data["pensions"],
            nationality=data["nationality"],
        )
