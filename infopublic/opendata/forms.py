from django import forms
from django.utils.translation import gettext_lazy as _

from infopublic.network.models import PartnerPage

from .partners import importable_partners

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
EXTENSIONS = (".csv", ".json")


class ImportStructuresForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Partenaire"),
        queryset=PartnerPage.objects.none(),
        help_text=_("Les structures seront rangées et publiées sous ce partenaire."),
    )
    file = forms.FileField(
        label=_("Fichier"),
        help_text=_(
            "Structures au format data·inclusion, en CSV (séparateur virgule ou point-virgule) ou JSON."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        partner_ids = [partner.pk for partner in importable_partners(user)]
        self.fields["partner"].queryset = PartnerPage.objects.filter(pk__in=partner_ids).order_by("title")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError(_("Choisissez un fichier .csv ou .json."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 5 Mo."))
        return upload
