"""Forms of the workshop; every free text goes through sanitize.clean_text before it is stored."""

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from infopublic.network.models import PartnerPage
from infopublic.taxonomy.models import Public, Theme
from infopublic.territories.models import Commune

from .fields import field_choices
from .models import ErrorReport, UnmetNeed
from .sanitize import clean_text, plain_text

HONEYPOT_FIELD = "website"


class CleanTextMixin:
    """Fields listed in `text_fields` are bleach-cleaned; a text that is empty once cleaned is refused."""

    text_fields = ()

    def clean(self):
        cleaned = super().clean()
        for name in self.text_fields:
            if cleaned.get(name):
                cleaned[name] = clean_text(cleaned[name])
                if not strip_tags(cleaned[name]).strip() and self.fields[name].required:
                    self.add_error(name, _("Ce texte est vide une fois nettoyé."))
        return cleaned


class ErrorReportForm(CleanTextMixin, forms.Form):
    field = forms.ChoiceField(label=_("Information concernée"))
    message = forms.CharField(
        label=_("Qu’est-ce qui est inexact ou manquant ?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    contact_email = forms.EmailField(
        label=_("Votre courriel (facultatif)"),
        required=False,
        help_text=_("Seulement pour vous répondre ; il n’est ni publié ni transmis."),
    )
    # Honeypot: hidden from people by CSS and aria-hidden, filled in by robots.
    website = forms.CharField(label=_("Ne pas remplir"), required=False)

    text_fields = ("message",)

    def __init__(self, *args, page, member=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = field_choices(page.specific_class)
        if member:
            del self.fields["contact_email"]

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))


class ReportReplyForm(CleanTextMixin, forms.ModelForm):
    text_fields = ("reply",)

    class Meta:
        model = ErrorReport
        fields = ["status", "reply"]
        widgets = {"reply": forms.Textarea(attrs={"rows": 5})}


class UnmetNeedForm(CleanTextMixin, forms.ModelForm):
    commune = forms.ModelChoiceField(
        label=_("Commune de la personne"),
        queryset=Commune.objects.order_by("name"),
        required=False,
        to_field_name="code",
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thématiques"),
        queryset=Theme.objects.select_related("category"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    publics = forms.ModelMultipleChoiceField(
        label=_("Publics"),
        queryset=Public.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    text_fields = ("description",)

    class Meta:
        model = UnmetNeed
        fields = ["commune", "themes", "publics", "description"]
        labels = {"description": _("Le besoin, sans nom ni donnée personnelle")}
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}


class OnboardingForm(forms.Form):
    name = forms.CharField(label=_("Nom du partenaire"), max_length=255)
    kind = forms.ChoiceField(label=_("Type de partenaire"), choices=PartnerPage.Kind.choices)
    editor_email = forms.EmailField(label=_("Courriel du premier éditeur"))
    moderation = forms.BooleanField(
        label=_("Publication après validation par la coordination"), required=False
    )

    def clean_name(self):
        name = plain_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Ce texte est vide une fois nettoyé."))
        return name
