from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


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
        from infopublic.network.models import PartnerPage

        context = super().get_context(request, *args, **kwargs)
        context["partners"] = PartnerPage.objects.child_of(self).live().order_by("title")
        return context
