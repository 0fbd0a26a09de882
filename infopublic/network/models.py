"""Partners of the network: each one roots the subtree of pages it maintains."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from .access import is_coordinator


class PartnerPageQuerySet(PageQuerySet):
    """Who may work on which partner: the one place for these rules."""

    def editable_by(self, user):
        """Partner pages the user may edit through a group permission on the partner page itself."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            group_permissions__group__user=user, group_permissions__permission__codename="change_page"
        ).distinct()

    def managed_by(self, user):
        """The partners whose workshop (fiches to review, reports) the user manages: all of them for
        coordinators and superusers, else the ones the user edits."""
        if user.is_superuser or is_coordinator(user):
            return self.all()
        return self.editable_by(user)


class PartnerPage(Page):
    class Kind(models.TextChoices):
        DEPARTEMENT = "departement", _("Département")
        CCAS_CIAS = "ccas-cias", _("CCAS / CIAS")
        FRANCE_SERVICES = "france-services", _("France services")
        ASSOCIATION = "association", _("Association")
        CAF = "caf", _("CAF")
        CPAM = "cpam", _("CPAM / MSA")
        COMMUNE = "commune", _("Commune ou intercommunalité")
        STATE = "etat", _("Service de l’État")
        OTHER = "autre", _("Autre")

    kind = models.CharField(_("type de partenaire"), max_length=30, choices=Kind.choices)
    intro = models.TextField(_("présentation"), blank=True)
    body = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    website = models.URLField(_("site web"), blank=True)
    email = models.EmailField(_("courriel"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    # The partner's own editors' group and collection, bound once by setup_partner: renaming a partner
    # never moves its rights to another partner's group (names are labels, not keys).
    editor_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("groupe des éditeurs"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_page",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_page",
    )

    objects = PageManager.from_queryset(PartnerPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    api_fields = [
        APIField("kind"),
        APIField("intro"),
        APIField("body"),
        APIField("website"),
        APIField("email"),
        APIField("phone"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.StructurePage", "directory.SchemePage", "directory.GuidePage"]

    class Meta:
        verbose_name = _("partenaire")
        verbose_name_plural = _("partenaires")
        permissions = [
            ("view_network_information", _("Voir les informations réservées au réseau")),
            ("coordinate_network", _("Coordonner le réseau")),
        ]

    def editor_group_name(self):
        """The name given to the editors' group when it is created (the group keeps it afterwards)."""
        return f"Éditeurs · {self.title}"[:150]
