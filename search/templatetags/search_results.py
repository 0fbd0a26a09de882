"""Template helpers of the search results page: kind labels, facet headings and links, map markers."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()


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
