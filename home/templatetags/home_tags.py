"""Site-wide template helpers: the orientation selection and the main navigation.

The search results page has its own tags in `search.templatetags.search_results`.
"""

from django import template
from django.utils.html import json_script
from django.utils.translation import gettext_lazy as _

from infopublic.directory.models import StructurePage

from .. import selection, signals

register = template.Library()


@register.simple_tag(takes_context=True)
def selection_ids(context):
    request = context.get("request")
    return selection.selected_ids(request) if request is not None and hasattr(request, "session") else []


@register.filter
def is_selected(page, ids):
    pk = page["pk"] if isinstance(page, dict) else page.pk
    return pk in ids


@register.filter
def is_selectable_page(page):
    """Whether a linked page (a guide's link) is a live scheme or structure, to offer its selection button."""
    return bool(
        page and page.live and issubclass(page.specific_class or type(None), selection.SELECTABLE_MODELS)
    )


@register.filter
def is_structure(page):
    return isinstance(page, StructurePage)


@register.simple_tag
def directory_version():
    """Part of the cache key of fragments that list fiches (see home.signals)."""
    return signals.directory_version()


@register.simple_tag
def js_messages():
    """The French texts of infopublic.js, translated on the server like every other text."""
    messages = {
        "add": _("Ajouter à la sélection"),
        "remove": _("Retirer de la sélection"),
        "added": _("Ajouté à la sélection (%(count)s)"),
        "removed": _("Retiré de la sélection (%(count)s)"),
        "suggestions": _("Suggestions"),
        "communes": _("Communes suggérées"),
        "suggestionOne": _("%(count)s suggestion, flèches haut et bas pour choisir"),
        "suggestionOther": _("%(count)s suggestions, flèches haut et bas pour choisir"),
        "chosen": _("Commune choisie : %(name)s."),
        "whoWelcomes": _("Voir qui accueille ses habitants"),
        "locating": _("Recherche de votre position…"),
        "noPosition": _("Position indisponible : tapez le nom ou le code postal de la commune."),
        "map": _("Carte"),
        "attribution": _("© les contributeurs d’OpenStreetMap"),
    }
    return json_script({key: str(value) for key, value in messages.items()}, "js-messages")
