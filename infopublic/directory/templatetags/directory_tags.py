"""Display helpers of the directory: hours in plain French, opening state, glossary markup, JSON-LD."""

import json

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe

from ..amounts import package_version
from ..humanize import describe_opening_hours, describe_state, format_long_date
from .glossary import mark_acronyms

register = template.Library()

JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def opening_hours_fr(expression):
    """The hours as lines of plain French; None when the expression is too rich to be worded."""
    return describe_opening_hours(expression)


@register.inclusion_tag("components/opening_state.html")
def opening_state(structure, at=None):
    state = structure.opening_state(at)
    return {"state": state, "text": describe_state(state, at)}


@register.filter(is_safe=True)
def glossarize(value):
    """Wrap the first occurrence of each glossary acronym in `<abbr title="…">`."""
    if value is None:
        return ""
    html = str(value) if isinstance(value, SafeData) else escape(str(value))
    return mark_safe(mark_acronyms(html))


@register.simple_tag
def structure_json_ld(structure, request=None):
    """schema.org description of a structure, public fields only (never contacts or network notes)."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": structure.title,
    }
    if structure.summary:
        data["description"] = structure.summary
    if request is not None:
        data["url"] = structure.get_full_url(request)
    if structure.address or structure.commune_id:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": structure.address,
            "postalCode": structure.postal_code,
            "addressLocality": structure.commune.name if structure.commune_id else "",
            "addressCountry": "FR",
        }
    if structure.phone:
        data["telephone"] = structure.phone
    if structure.email:
        data["email"] = structure.email
    if structure.opening_hours:
        data["openingHours"] = structure.opening_hours
    if structure.latitude is not None and structure.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": structure.latitude,
            "longitude": structure.longitude,
        }
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_LD_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.simple_tag
def amounts_source():
    """The installed openfisca-france version: part of the key of cached fragments showing bound amounts."""
    return package_version()


@register.filter
def long_date(day):
    return format_long_date(day)


@register.filter
def choice_labels(page, field_name):
    """Labels of a ChoiceListField's values: `page|choice_labels:"reception_modes"`."""
    return page._meta.get_field(field_name).labels(getattr(page, field_name))


@register.filter
def contacts_for(structure, user):
    """The contacts this user may see: network-only ones for network members only."""
    return structure.contacts_for(user)


@register.filter
def as_list(value):
    return [value]


@register.simple_tag
def delivering_structures(scheme, request):
    """The scheme's live structures, nearest first when the request names a commune: `resolution` (the
    Resolution of `?commune=` typed, `?code_insee=` picked: one commune, or candidates to choose from),
    `commune` (the one commune or None), `structures`."""
    from infopublic.territories.models import Commune
    from infopublic.territories.resolver import Resolution

    structures = list(scheme.delivering_structures.live().public().select_related("commune"))
    resolution = Commune.objects.resolve_params(request.GET) if request is not None else Resolution()
    commune = resolution.commune
    for structure in structures:
        point = structure.point
        structure.distance_km = commune.distance_km(*point) if commune and commune.point and point else None
    structures.sort(key=lambda s: (s.distance_km is None, s.distance_km or 0, s.title))
    return {"resolution": resolution, "commune": commune, "structures": structures}
