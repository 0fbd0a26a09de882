"""Schemes (dispositifs): who they are for, what they provide, how to apply and who delivers them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from rest_framework.fields import DecimalField

from infopublic.directory.api_fields import PublicPagesField, TerritoryCodesField, VocabularyField

from ..amounts import check_parameter, shown_amount
from ..choices import AmountPeriod, Fees, MobilisedBy, ReceptionMode
from ..fields import ChoiceListField
from ..querysets import SchemePageManager
from .common import NOTE_FEATURES, DirectoryPage

__all__ = [
    "SchemeAmount",
    "SchemeDocument",
    "SchemeLegalReference",
    "SchemePage",
    "SchemePageTag",
    "SchemeStep",
]


class SchemePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "directory.SchemePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class SchemePage(DirectoryPage):
    summary = models.TextField(_("en bref"), max_length=600)
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("thématiques"), blank=True, related_name="schemes"
    )
    service_types = ParentalManyToManyField(
        "taxonomy.ServiceType", verbose_name=_("types de service"), blank=True, related_name="schemes"
    )
    tags = ClusterTaggableManager(through=SchemePageTag, blank=True, verbose_name=_("mots-clés"))

    publics = ParentalManyToManyField(
        "taxonomy.Public", verbose_name=_("publics"), blank=True, related_name="schemes"
    )
    publics_details = models.TextField(_("précisions sur les publics"), blank=True)
    age_min = models.PositiveSmallIntegerField(_("âge minimum"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("âge maximum"), null=True, blank=True)

    zone_national = models.BooleanField(_("tout le territoire national"), default=False)
    zone_departements = ParentalManyToManyField(
        "territories.Departement", verbose_name=_("départements"), blank=True, related_name="schemes"
    )
    zone_epcis = ParentalManyToManyField(
        "territories.EPCI", verbose_name=_("intercommunalités"), blank=True, related_name="schemes"
    )
    zone_communes = ParentalManyToManyField(
        "territories.Commune", verbose_name=_("communes"), blank=True, related_name="schemes"
    )

    conditions = RichTextField(_("conditions"), blank=True, features=NOTE_FEATURES)
    benefits = RichTextField(_("ce que le dispositif apporte"), blank=True, features=NOTE_FEATURES)
    fees = models.CharField(_("frais"), max_length=10, choices=Fees.choices, default=Fees.FREE)
    fees_details = models.CharField(_("précisions sur les frais"), max_length=255, blank=True)

    how_to_apply = RichTextField(_("comment faire la demande"), blank=True, features=NOTE_FEATURES)
    application_url = models.URLField(_("lien pour faire la demande"), blank=True)
    reception_modes = ChoiceListField(_("modes d’accès"), choices=ReceptionMode.choices)
    mobilised_by = ChoiceListField(_("qui peut mobiliser le dispositif"), choices=MobilisedBy.choices)
    what_to_say = models.CharField(
        _("que dire à l’accueil"),
        max_length=300,
        blank=True,
        help_text=_("Une phrase à donner à la personne : « Demandez un rendez-vous avec… »."),
    )

    delivering_structures = ParentalManyToManyField(
        "directory.StructurePage",
        verbose_name=_("structures qui le mettent en œuvre"),
        blank=True,
        related_name="schemes",
    )

    handled_by = ParentalManyToManyField(
        "taxonomy.NetworkType",
        verbose_name=_("types de structures qui reçoivent la demande"),
        blank=True,
        related_name="handled_schemes",
        help_text=_(
            "Réseaux dont les structures instruisent la demande ou y aident (CAF, CCAS, France services…) : "
            "« Où s’adresser » liste celles qui desservent la commune de la personne."
        ),
    )

    objects = SchemePageManager()

    content_panels = [
        *DirectoryPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("themes"),
        FieldPanel("service_types"),
        FieldPanel("tags"),
        FieldPanel("benefits"),
        InlinePanel("amounts", label=_("Montants"), heading=_("Montants")),
        FieldRowPanel([FieldPanel("fees"), FieldPanel("fees_details")]),
        FieldPanel("delivering_structures"),
        FieldPanel("handled_by"),
    ]
    eligibility_panels = [
        FieldPanel("publics"),
        FieldPanel("publics_details"),
        FieldRowPanel([FieldPanel("age_min"), FieldPanel("age_max")]),
        FieldPanel("conditions"),
        MultiFieldPanel(
            [
                FieldPanel("zone_national"),
                FieldPanel("zone_departements"),
                FieldPanel("zone_epcis"),
                FieldPanel("zone_communes"),
            ],
            heading=_("Zone de résidence"),
        ),
    ]
    application_panels = [
        FieldPanel("how_to_apply"),
        InlinePanel("steps", label=_("Étapes"), heading=_("Étapes")),
        InlinePanel("documents", label=_("Pièces à fournir"), heading=_("Pièces à fournir")),
        FieldPanel("application_url"),
        FieldPanel("reception_modes"),
        FieldPanel("mobilised_by"),
        FieldPanel("what_to_say"),
        InlinePanel("legal_references", label=_("Références juridiques"), heading=_("Références juridiques")),
    ]
    network_panels = [
        FieldPanel("network_notes"),
        FieldRowPanel([FieldPanel("last_verified_at"), FieldPanel("review_interval_months")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(eligibility_panels, heading=_("Pour qui")),
            ObjectList(application_panels, heading=_("Démarches")),
            ObjectList(network_panels, heading=_("Réseau et fraîcheur")),
            ObjectList(DirectoryPage.promote_panels, heading=_("Promotion")),
            ObjectList(DirectoryPage.settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = [
        *DirectoryPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("benefits"),
        index.SearchField("conditions"),
        index.SearchField("how_to_apply"),
    ]

    # Wagtail read API: public fields only (never network_notes); only public delivering structures.
    api_fields = [
        APIField("summary"),
        APIField("themes", serializer=VocabularyField()),
        APIField("service_types", serializer=VocabularyField()),
        APIField("tags"),
        APIField("publics", serializer=VocabularyField()),
        APIField("publics_details"),
        APIField("age_min"),
        APIField("age_max"),
        APIField("zone_national"),
        APIField("zone_departements", serializer=TerritoryCodesField()),
        APIField("zone_epcis", serializer=TerritoryCodesField()),
        APIField("zone_communes", serializer=TerritoryCodesField()),
        APIField("conditions"),
        APIField("benefits"),
        APIField("amounts"),
        APIField("fees"),
        APIField("fees_details"),
        APIField("how_to_apply"),
        APIField("steps"),
        APIField("documents"),
        APIField("application_url"),
        APIField("reception_modes"),
        APIField("mobilised_by"),
        APIField("what_to_say"),
        APIField("legal_references"),
        APIField("delivering_structures", serializer=PublicPagesField()),
        APIField("last_verified_at"),
        APIField("review_interval_months"),
    ]

    parent_page_types = ["network.PartnerPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dispositif")
        verbose_name_plural = _("dispositifs")

    def clean(self):
        super().clean()
        if self.age_min is not None and self.age_max is not None and self.age_min > self.age_max:
            raise ValidationError(
                {"age_max": _("L’âge maximum doit être supérieur ou égal à l’âge minimum.")}
            )

    def current_amounts(self, today=None):
        """(amount, AmountShown) for the amounts in force on `today`: bound ones as openfisca-france says."""
        today = today or timezone.localdate()
        shown = ((amount, amount.in_force(today)) for amount in self.amounts.all())
        return [(amount, in_force) for amount, in_force in shown if in_force is not None]

    def doors(self, commune=None, user=None):
        """The live, public structures where a person living in `commune` can take this scheme's
        requests, nearest first: those named in `delivering_structures` and those of the networks in
        `handled_by`, restricted to the ones serving the commune (every one without a commune).
        Network-only contacts are attached (`network_contacts`) for network members only."""
        from ..doors import doors_by_scheme

        return doors_by_scheme([self], commune, user)[self.pk]

    def covers_commune(self, commune):
        """Whether a person living in `commune` is in the scheme's residence zone."""
        return SchemePage.objects.applying_to(commune).filter(pk=self.pk).exists()


class SchemeAmount(Orderable):
    scheme = ParentalKey(SchemePage, on_delete=models.CASCADE, related_name="amounts")
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
    scheme = ParentalKey(SchemePage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("étape"), max_length=255)
    detail = models.TextField(_("détail"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("detail")]

    class Meta(Orderable.Meta):
        verbose_name = _("étape")
        verbose_name_plural = _("étapes")

    def __str__(self):
        return self.title


class SchemeDocument(Orderable):
    scheme = ParentalKey(SchemePage, on_delete=models.CASCADE, related_name="documents")
    label = models.CharField(_("pièce"), max_length=255)
    note = models.CharField(_("précision"), max_length=255, blank=True)

    panels = [FieldPanel("label"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("pièce à fournir")
        verbose_name_plural = _("pièces à fournir")

    def __str__(self):
        return self.label


class SchemeLegalReference(Orderable):
    scheme = ParentalKey(SchemePage, on_delete=models.CASCADE, related_name="legal_references")
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
