from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EPCI, Commune, SocialActionTerritory


class SocialActionTerritoryViewSet(SnippetViewSet):
    model = SocialActionTerritory
    icon = "globe"
    list_display = ["name", "departement"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("departement"),
        FieldPanel("communes"),
        FieldPanel("description"),
    ]


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "site"
    list_display = ["name", "code", "postal_codes", "epci", "population"]
    list_filter = ["departement", "epci"]
    search_fields = ["name", "code", "postal_codes"]
    panels = [
        FieldPanel("name"),
        FieldPanel("code", read_only=True),
        FieldPanel("departement", read_only=True),
        FieldPanel("epci"),
        FieldPanel("postal_codes"),
        FieldPanel("population"),
        FieldPanel("latitude"),
        FieldPanel("longitude"),
    ]


class EPCIViewSet(SnippetViewSet):
    model = EPCI
    icon = "group"
    list_display = ["name", "code", "kind", "population"]
    search_fields = ["name", "code"]
    panels = [
        FieldPanel("name"),
        FieldPanel("code", read_only=True),
        FieldPanel("kind"),
        FieldPanel("population"),
    ]


class TerritoriesViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Territoires")
    menu_icon = "globe"
    menu_order = 310
    items = (SocialActionTerritoryViewSet, CommuneViewSet, EPCIViewSet)


register_snippet(TerritoriesViewSetGroup)
