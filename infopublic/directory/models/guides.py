"""Guides: the network's wiki-style know-how (procedures, fiches réflexes, news)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from infopublic.directory.api_fields import VocabularyField

from ..blocks import BaseStreamBlock
from ..choices import GuideKind, ReviewInterval
from .common import DirectoryPage

__all__ = ["GuidePage", "GuidePageTag"]


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey("directory.GuidePage", on_delete=models.CASCADE, related_name="tagged_items")


class GuidePage(DirectoryPage):
    kind = models.CharField(
        _("type de guide"), max_length=20, choices=GuideKind.choices, default=GuideKind.PROCEDURE
    )
    summary = models.TextField(_("en bref"), max_length=600, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("thématiques"), blank=True, related_name="guides"
    )
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True, verbose_name=_("mots-clés"))
    # Know-how changes less often than hours or amounts.
    review_interval_months = models.PositiveSmallIntegerField(
        _("fréquence de vérification"), choices=ReviewInterval.choices, default=ReviewInterval.TWELVE_MONTHS
    )

    content_panels = [
        *DirectoryPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("themes"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldPanel("network_notes"),
                FieldRowPanel([FieldPanel("last_verified_at"), FieldPanel("review_interval_months")]),
            ],
            heading=_("Réseau et fraîcheur"),
        ),
    ]
    search_fields = [
        *DirectoryPage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]

    # Wagtail read API: public fields only (never network_notes).
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("body"),
        APIField("themes", serializer=VocabularyField()),
        APIField("tags"),
        APIField("last_verified_at"),
        APIField("review_interval_months"),
    ]

    parent_page_types = ["network.PartnerPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
