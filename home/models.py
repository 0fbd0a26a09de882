from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

LATEST_UPDATES = 6


class HomePage(Page):
    intro = models.CharField(
        _("accroche"),
        max_length=255,
        blank=True,
        default="Trouver le bon dispositif, la bonne structure, le bon contact.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["network.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d’accueil")
        verbose_name_plural = _("pages d’accueil")

    def get_context(self, request, *args, **kwargs):
        from infopublic.directory.models import GuidePage, SchemePage, StructurePage
        from infopublic.network.models import PartnerPage
        from infopublic.taxonomy.models import Category

        context = super().get_context(request, *args, **kwargs)
        context["partners"] = PartnerPage.objects.child_of(self).live().public().order_by("title")
        context["categories"] = Category.objects.order_by("sort_order", "label")
        context["latest_updates"] = (
            Page.objects.live()
            .public()
            .type(StructurePage, SchemePage, GuidePage)
            .select_related("content_type")
            .order_by("-last_published_at")[:LATEST_UPDATES]
        )
        return context


class SavedSelection(models.Model):
    """An orientation selection a network member keeps under a name, to hand out again.

    Only page ids and the name the member gives: nothing about the person it was built for."""

    MAX_PER_USER = 30

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("membre"),
        on_delete=models.CASCADE,
        related_name="saved_selections",
    )
    name = models.CharField(_("nom"), max_length=80)
    page_ids = models.JSONField(_("fiches"), default=list)
    updated_at = models.DateTimeField(_("enregistrée le"), auto_now=True)

    class Meta:
        verbose_name = _("sélection enregistrée")
        verbose_name_plural = _("sélections enregistrées")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="home_unique_selection_name")]

    def __str__(self):
        return self.name
