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
from wagtail.search import index

from infopublic.directory.api_fields import PublicPagesField, TerritoryCodesField, VocabularyField

from ..choices import (
    ActivityStatus,
    Benefit,
    ChildrenCondition,
    Fees,
    HouseholdSituation,
    HousingStatus,
    MobilisedBy,
    ReceptionMode,
    ResidenceCondition,
    ResourcesPeriod,
)
from ..fields import ChoiceListField
from ..querysets import SchemePageManager
from .common import NOTE_FEATURES, DirectoryPage

__all__ = [
    "SchemePage",
    "SchemePageTag",
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

    # Structured eligibility criteria, read by the rights check (infopublic.rights). Empty: not checked.
    criteria_households = ChoiceListField(
        _("situation familiale"),
        choices=HouseholdSituation.choices,
        help_text=_("Cochez les situations admises ; rien de coché : non vérifié."),
    )
    criteria_children = models.CharField(
        _("enfants à charge"), max_length=10, choices=ChildrenCondition.choices, blank=True
    )
    criteria_statuses = ChoiceListField(
        _("statut de la personne"),
        choices=ActivityStatus.choices,
        help_text=_("Statuts admis (celui de la personne ou de son conjoint) ; rien de coché : non vérifié."),
    )
    criteria_disability = models.BooleanField(
        _("handicap reconnu exigé"),
        default=False,
        help_text=_("Taux d’incapacité reconnu par la MDPH (au moins 50 %)."),
    )
    criteria_housing = ChoiceListField(
        _("logement"), choices=HousingStatus.choices, help_text=_("Rien de coché : non vérifié.")
    )
    criteria_resources_ceiling = models.DecimalField(
        _("plafond de ressources par mois (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Pour une personne seule. Vide : non vérifié."),
    )
    criteria_ceiling_per_person = models.DecimalField(
        _("majoration du plafond par personne en plus (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
    )
    criteria_resources_period = models.CharField(
        _("ressources prises en compte"),
        max_length=15,
        choices=ResourcesPeriod.choices,
        default=ResourcesPeriod.THREE_MONTHS,
    )
    criteria_residence = models.CharField(
        _("nationalité et séjour"), max_length=15, choices=ResidenceCondition.choices, blank=True
    )
    openfisca_benefit = models.CharField(
        _("prestation calculée avec OpenFisca"),
        max_length=20,
        choices=Benefit.choices,
        blank=True,
        help_text=_("La vérification des droits estime alors le montant avec openfisca-france."),
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
        MultiFieldPanel(
            [
                FieldPanel("criteria_households"),
                FieldPanel("criteria_children"),
                FieldPanel("criteria_statuses"),
                FieldPanel("criteria_disability"),
                FieldPanel("criteria_housing"),
                FieldRowPanel(
                    [FieldPanel("criteria_resources_ceiling"), FieldPanel("criteria_ceiling_per_person")]
                ),
                FieldPanel("criteria_resources_period"),
                FieldPanel("criteria_residence"),
                FieldPanel("openfisca_benefit"),
            ],
            heading=_("Critères d’éligibilité"),
            help_text=_(
                "Ce que « Vérifier les droits » compare avec la situation de la personne (avec l’âge et la "
                "zone ci-dessus). Un critère laissé vide n’est pas vérifié."
            ),
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

    def has_criteria(self):
        """Whether the rights check has anything to compare (criteria, age bounds or an OpenFisca benefit)."""
        return bool(
            self.criteria_households
            or self.criteria_children
            or self.criteria_statuses
            or self.criteria_disability
            or self.criteria_housing
            or self.criteria_resources_ceiling is not None
            or self.criteria_residence
            or self.openfisca_benefit
            or self.age_min is not None
            or self.age_max is not None
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
