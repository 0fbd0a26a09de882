"""Site-wide template helpers: the orientation selection and the main navigation."""

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


KIND_LABELS = {
    "scheme": _("Dispositif"),
    "structure": _("Structure"),
    "guide": _("Guide"),
    "contact": _("Contact"),
}
# Facet name of the search result -> HTTP parameter of the search page.
FACET_PARAMETERS = {"themes": "theme", "publics": "public", "kinds": "type", "territories": "territoire"}
FACET_HEADINGS = {
    "themes": _("Thématiques"),
    "publics": _("Publics"),
    "kinds": _("Type de résultat"),
    "territories": _("Territoires"),
}


@register.filter
def kind_label(kind):
    return KIND_LABELS.get(kind, kind)


@register.filter
def facet_heading(name):
    return FACET_HEADINGS.get(name, name)


@register.simple_tag(takes_context=True)
def facet_link(context, name, value):
    """The search URL with `value` toggled for this facet (page reset): {"url", "active", "linkable"}."""
    request = context["request"]
    parameter = FACET_PARAMETERS.get(name)
    if parameter is None:
        return {"url": "", "active": False, "linkable": False}
    params = request.GET.copy()
    params.pop("page", None)
    values = params.getlist(parameter)
    active = value in values
    params.setlist(parameter, [v for v in values if v != value] if active else [*values, value])
    return {"url": f"?{params.urlencode()}", "active": active, "linkable": True}


@register.simple_tag
def hit_places(hits):
    """Map markers for the hits that are structures with a location: [{title, url, point}].

    The coordinates come with each hit (indexed from the structure, else its commune): no query."""
    return [
        {"title": hit.title, "url": hit.url, "point": (hit.latitude, hit.longitude)}
        for hit in hits
        if hit.kind == "structure" and hit.latitude is not None and hit.longitude is not None
    ]


@register.simple_tag
def selectable_hit(hit):
    """A minimal object for the selection button when the hit is a scheme or a structure."""
    if hit.kind in {"scheme", "structure"} and hit.page_id:
        return {"pk": hit.page_id, "title": hit.title}
    return None


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
