from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Category, GlossaryTerm, NetworkType, Public, ServiceType, Theme


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossaire")
    list_display = ["acronym", "expansion"]
    search_fields = ["acronym", "expansion", "definition"]
    ordering = ["acronym"]


class VocabularyViewSet(SnippetViewSet):
    icon = "tag"
    list_display = ["label", "value"]
    search_fields = ["label", "value"]


class CategoryViewSet(VocabularyViewSet):
    model = Category


class ThemeViewSet(VocabularyViewSet):
    model = Theme
    list_display = ["label", "category", "value"]
    list_filter = ["category"]


class PublicViewSet(VocabularyViewSet):
    model = Public


class ServiceTypeViewSet(VocabularyViewSet):
    model = ServiceType


class NetworkTypeViewSet(VocabularyViewSet):
    model = NetworkType


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        GlossaryTermViewSet,
        ThemeViewSet,
        CategoryViewSet,
        PublicViewSet,
        ServiceTypeViewSet,
        NetworkTypeViewSet,
    )


register_snippet(TaxonomyViewSetGroup)
