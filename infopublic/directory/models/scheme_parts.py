"""The parts of a scheme edited inline: amounts, steps, documents to bring and legal references."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from rest_framework.fields import DecimalField

from ..amounts import check_parameter, shown_amount
from ..choices import AmountPeriod

__all__ = ["SchemeAmount", "SchemeDocument", "SchemeLegalReference", "SchemeStep"]


class SchemeAmount(Orderable):
    scheme = ParentalKey("directory.SchemePage", on_delete=models.CASCADE, related_name="amounts")
    label = models.CharField(_("libellé"), max_length=200, help_text=_("Ex. « Personne seule sans enfant »."))
    amount = models.DecimalField(
        _("montant (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Laissez vide quand le montant suit un paramètre OpenFisca."),
    )
    period = models.CharField(
        _("périodicité"), max_length=10, choices=AmountPeriod.choices, default=AmountPeriod.MONTH
    )
    valid_from = models.DateField(_("valable à partir du"), null=True, blank=True)
    valid_until = models.DateField(_("valable jusqu’au"), null=True, blank=True)
    note = models.CharField(_("précision"), max_length=255, blank=True)
    openfisca_parameter = models.CharField(
        _("paramètre OpenFisca"),
        max_length=255,
        blank=True,
        help_text=_(
            "Chemin d’un paramètre d’openfisca-france (ex. « prestations_sociales.solidarite_insertion."
            "minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa ») : le montant affiché suit alors le paramètre "
            "en vigueur, avec sa date et sa référence."
        ),
    )

    # Last value and start date of the bound parameter that `manage.py sync_amounts --apply` recorded.
    synced_value = models.DecimalField(
        _("dernier montant relevé"), max_digits=10, decimal_places=2, null=True, blank=True, editable=False
    )
    synced_on = models.DateField(
        _("en vigueur depuis (dernier relevé)"), null=True, blank=True, editable=False
    )

    api_fields = [
        APIField("label"),
        APIField("amount", serializer=DecimalField(source="amount_today", max_digits=10, decimal_places=2)),
        APIField("period"),
        APIField("valid_from"),
        APIField("valid_until"),
        APIField("note"),
        APIField("openfisca_parameter"),
        APIField("today"),
    ]

    panels = [
        FieldPanel("label"),
        FieldPanel("openfisca_parameter"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("period")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("montant")
        verbose_name_plural = _("montants")

    def __str__(self):
        return f"{self.label} : {self.amount} €" if self.amount is not None else self.label

    def clean(self):
        self.openfisca_parameter = self.openfisca_parameter.strip()
        if self.openfisca_parameter:
            error = check_parameter(self.openfisca_parameter)
            if error:
                raise ValidationError({"openfisca_parameter": error})
            if self.valid_from or self.valid_until:
                message = _("Un montant lié à OpenFisca prend ses dates du paramètre : laissez-les vides.")
                raise ValidationError({"valid_from": message})
        elif self.amount is None:
            raise ValidationError({"amount": _("Indiquez le montant, ou le paramètre OpenFisca qu’il suit.")})
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValidationError({"valid_until": _("La fin de validité doit suivre son début.")})

    def in_force(self, day=None):
        """This amount as shown on `day` (an AmountShown), or None when it does not apply that day."""
        return shown_amount(self, day or timezone.localdate())

    @property
    def amount_today(self):
        shown = self.in_force()
        return shown.value if shown else (None if self.openfisca_parameter else self.amount)

    @property
    def today(self):
        shown = self.in_force()
        return shown.as_json() if shown else None

    def is_valid_on(self, day):
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


class SchemeStep(Orderable):
    scheme = ParentalKey("directory.SchemePage", on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("étape"), max_length=255)
    detail = models.TextField(_("détail"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("detail")]

    class Meta(Orderable.Meta):
        verbose_name = _("étape")
        verbose_name_plural = _("étapes")

    def __str__(self):
        return self.title


class SchemeDocument(Orderable):
    scheme = ParentalKey("directory.SchemePage", on_delete=models.CASCADE, related_name="documents")
    label = models.CharField(_("pièce"), max_length=255)
    note = models.CharField(_("précision"), max_length=255, blank=True)

    panels = [FieldPanel("label"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("pièce à fournir")
        verbose_name_plural = _("pièces à fournir")

    def __str__(self):
        return self.label


class SchemeLegalReference(Orderable):
    scheme = ParentalKey("directory.SchemePage", on_delete=models.CASCADE, related_name="legal_references")
    label = models.CharField(
        _("référence"), max_length=255, help_text=_("Ex. « Code de l’action sociale, art. L262-1 ».")
    )
    url = models.URLField(_("lien"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("référence juridique")
        verbose_name_plural = _("références juridiques")

    def __str__(self):
        return self.label
