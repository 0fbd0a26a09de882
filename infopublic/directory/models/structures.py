"""Structures: places that receive people, with their hours, coverage and contacts."""

from datetime import datetime, time, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
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

from infopublic.directory.api_fields import (
    CommuneField,
    PublicContactsField,
    TerritoryCodesField,
    VocabularyField,
)

from ..choices import Accessibility, Language, ReceptionMode, Visibility
from ..fields import ChoiceListField
from ..hours import PARIS, effective_hours, notice_in_force, state_at, validate_opening_hours
from ..querysets import StructurePageManager
from .common import DirectoryPage
from .referral_settings import ReferralSettings

__all__ = ["StructureContact", "StructurePage"]


def _aware(moment):
    """opening-hours-py gives local (Paris) times without a zone."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=PARIS)


class StructurePage(DirectoryPage, ReferralSettings):
    summary = models.TextField(_("présentation courte"), blank=True, max_length=500)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    network_types = ParentalManyToManyField(
        "taxonomy.NetworkType", verbose_name=_("réseaux porteurs"), blank=True, related_name="structures"
    )
    siret = models.CharField(_("SIRET"), max_length=14, blank=True)

    address = models.CharField(_("adresse"), max_length=255, blank=True)
    address_complement = models.CharField(_("complément d’adresse"), max_length=255, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=5, blank=True)
    commune = models.ForeignKey(
        "territories.Commune",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="structures",
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    website = models.URLField(_("site web"), blank=True)

    opening_hours = models.CharField(
        _("horaires d’ouverture"),
        max_length=500,
        blank=True,
        validators=[validate_opening_hours],
        help_text=_(
            "Syntaxe OpenStreetMap, jours fériés français compris : "
            "« Mo-Fr 08:30-12:30,13:30-17:00; PH off »."
        ),
    )
    opening_hours_note = models.CharField(_("précisions sur les horaires"), max_length=255, blank=True)

    notice_text = models.CharField(
        _("avis temporaire"),
        max_length=300,
        blank=True,
        help_text=_("Fermeture exceptionnelle ou horaires modifiés, affiché pendant la période indiquée."),
    )
    notice_starts_on = models.DateField(_("début de l’avis"), null=True, blank=True)
    notice_ends_on = models.DateField(_("fin de l’avis"), null=True, blank=True)
    notice_opening_hours = models.CharField(
        _("horaires pendant l’avis"),
        max_length=500,
        blank=True,
        validators=[validate_opening_hours],
        help_text=_(
            "Laisser vide si la structure est fermée pendant la période ; sinon, les horaires modifiés."
        ),
    )

    reception_modes = ChoiceListField(_("modes d’accueil"), choices=ReceptionMode.choices)
    accessibility = ChoiceListField(_("accessibilité"), choices=Accessibility.choices)
    accessibility_notes = models.TextField(_("précisions sur l’accessibilité"), blank=True)
    accessibility_url = models.URLField(_("fiche accessibilité (acceslibre)"), blank=True)
    languages = ChoiceListField(_("langues parlées"), choices=Language.choices)

    served_communes = ParentalManyToManyField(
        "territories.Commune", verbose_name=_("communes desservies"), blank=True, related_name="served_by"
    )
    served_epcis = ParentalManyToManyField(
        "territories.EPCI",
        verbose_name=_("intercommunalités desservies"),
        blank=True,
        related_name="served_by",
    )
    served_territories = ParentalManyToManyField(
        "territories.SocialActionTerritory",
        verbose_name=_("territoires d’action sociale desservis"),
        blank=True,
        related_name="served_by",
    )
    served_departements = ParentalManyToManyField(
        "territories.Departement",
        verbose_name=_("départements desservis"),
        blank=True,
        related_name="served_by",
    )
    served_nationally = models.BooleanField(
        _("tout le territoire national"),
        default=False,
        help_text=_(
            "Service national joignable de partout (plateforme téléphonique, service en ligne) : la "
            "structure est proposée aux habitants de toutes les communes."
        ),
    )

    content_panels = [
        *DirectoryPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("network_types"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_complement"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adresse"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Coordonnées")
        ),
        MultiFieldPanel(
            [FieldPanel("opening_hours"), FieldPanel("opening_hours_note"), FieldPanel("reception_modes")],
            heading=_("Horaires et accueil"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("notice_text"),
                FieldRowPanel([FieldPanel("notice_starts_on"), FieldPanel("notice_ends_on")]),
                FieldPanel("notice_opening_hours"),
            ],
            heading=_("Avis temporaire"),
        ),
        InlinePanel("contacts", label=_("Contacts"), heading=_("Contacts")),
        FieldPanel("description"),
    ]
    coverage_panels = [
        FieldPanel("served_communes"),
        FieldPanel("served_epcis"),
        FieldPanel("served_territories"),
        FieldPanel("served_departements"),
        FieldPanel("served_nationally"),
    ]
    access_panels = [
        FieldPanel("accessibility"),
        FieldPanel("accessibility_notes"),
        FieldPanel("accessibility_url"),
        FieldPanel("languages"),
        FieldPanel("siret"),
    ]
    network_panels = [
        FieldPanel("network_notes"),
        FieldRowPanel([FieldPanel("last_verified_at"), FieldPanel("review_interval_months")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(coverage_panels, heading=_("Territoire desservi")),
            ObjectList(access_panels, heading=_("Accessibilité et langues")),
            ObjectList(network_panels, heading=_("Réseau et fraîcheur")),
            ObjectList(ReferralSettings.referral_panels, heading=_("Orientations")),
            ObjectList(DirectoryPage.promote_panels, heading=_("Promotion")),
            ObjectList(DirectoryPage.settings_panels, heading=_("Paramètres")),
        ]
    )

    objects = StructurePageManager()

    search_fields = [
        *DirectoryPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.FilterField("commune"),
        index.RelatedFields("commune", [index.SearchField("name")]),
    ]

    # Wagtail read API: public fields only (never network_notes; contacts filtered to public ones).
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("network_types", serializer=VocabularyField()),
        APIField("siret"),
        APIField("address"),
        APIField("address_complement"),
        APIField("postal_code"),
        APIField("commune", serializer=CommuneField()),
        APIField("latitude"),
        APIField("longitude"),
        APIField("phone"),
        APIField("email"),
        APIField("website"),
        APIField("opening_hours"),
        APIField("opening_hours_note"),
        APIField("notice_text"),
        APIField("notice_starts_on"),
        APIField("notice_ends_on"),
        APIField("notice_opening_hours"),
        APIField("reception_modes"),
        APIField("accessibility"),
        APIField("accessibility_notes"),
        APIField("accessibility_url"),
        APIField("languages"),
        APIField("public_contacts", serializer=PublicContactsField()),
        APIField("served_communes", serializer=TerritoryCodesField()),
        APIField("served_epcis", serializer=TerritoryCodesField()),
        APIField("served_departements", serializer=TerritoryCodesField()),
        APIField("served_nationally"),
        APIField("last_verified_at"),
        APIField("review_interval_months"),
    ]

    parent_page_types = ["network.PartnerPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("structure")
        verbose_name_plural = _("structures")

    def notice_is_active(self, today=None):
        today = today or timezone.localdate()
        return notice_in_force(self.notice_text, self.notice_starts_on, self.notice_ends_on, today)

    def effective_opening_hours(self, at=None):
        """The hours in force at `at`: the notice's hours (closed when empty) during an active notice."""
        at = at or timezone.now()
        return effective_hours(
            self.opening_hours,
            self.notice_text,
            self.notice_starts_on,
            self.notice_ends_on,
            self.notice_opening_hours,
            timezone.localdate(at),
        )

    def opening_state(self, at=None):
        return state_at(self.effective_opening_hours(at), at)

    def next_opening(self, at=None):
        """When the structure next opens after `at` (a Paris datetime), or None: open now, hours unknown,
        or no opening within the hours' horizon. After a closing notice, the usual hours take over."""
        at = (at or timezone.now()).astimezone(PARIS)
        state = self.opening_state(at)
        if state is None or state.is_open or state.is_unknown:
            return None
        moment = _aware(state.next_change)
        if self.notice_is_active(at.date()) and self.notice_ends_on:
            after = datetime.combine(self.notice_ends_on + timedelta(days=1), time(0), tzinfo=PARIS)
            if moment is None or moment > after:
                usual = state_at(self.opening_hours, after)
                if usual is not None and not usual.is_unknown:
                    moment = after if usual.is_open else _aware(usual.next_change)
        return moment

    def public_contacts(self):
        return [contact for contact in self.contacts.all() if contact.visibility == Visibility.PUBLIC]

    def contacts_for(self, user):
        from infopublic.network.access import is_network_member

        return list(self.contacts.all()) if is_network_member(user) else self.public_contacts()

    @property
    def point(self):
        if self.latitude is not None and self.longitude is not None:
            return (self.latitude, self.longitude)
        if self.commune_id and self.commune.point:
            return self.commune.point
        return None


class StructureContact(Orderable):
    structure = ParentalKey(StructurePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(
        _("fonction ou service"),
        max_length=200,
        help_text=_("Un rôle plutôt qu’une personne : « Secrétariat », « Assistante sociale de secteur »."),
    )
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    note = models.CharField(_("précision"), max_length=255, blank=True)
    visibility = models.CharField(
        _("visibilité"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("note"),
        FieldPanel("visibility"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name

    @property
    def is_network_only(self):
        return self.visibility == Visibility.NETWORK
