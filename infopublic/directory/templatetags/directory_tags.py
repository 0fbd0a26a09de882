"""Display helpers of the directory: hours in plain French, opening state, glossary markup, JSON-LD."""

import dataclasses
import json

from django import template
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe

from ..amounts import package_version
from ..hours import notice_in_force
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
    if state is not None and not (state.is_open or state.is_unknown or state.next_change):
        # Closed by a temporary notice: say when the usual hours take over.
        reopening = structure.next_opening(at)
        if reopening is not None:
            state = dataclasses.replace(state, next_change=reopening)
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
def scheme_doors(scheme, request):
    """Where to apply, on a scheme page ("Où s’adresser"): the doors serving the commune of `?commune=`
    (name, postal code or INSEE code), nearest first; without a commune, every door grouped by territory
    (see doors.py)."""
    from ..doors import scheme_doors as doors_for

    if request is None:
        return doors_for(scheme, "")
    params = request.GET
    return doors_for(scheme, params.get("commune", ""), request.user, params.get("code_insee", ""))


@register.simple_tag
def hit_notices(hits):
    """{page id: notice text} of the structures among search hits whose temporary notice is in force
    (one query for the page of results)."""
    from ..models import StructurePage

    ids = {hit.page_id for hit in hits if hit.kind in {"structure", "contact"} and hit.page_id}
    if not ids:
        return {}
    today = timezone.localdate()
    rows = (
        StructurePage.objects.filter(pk__in=ids)
        .exclude(notice_text="")
        .values_list("pk", "notice_text", "notice_starts_on", "notice_ends_on")
    )
    return {pk: text for pk, text, starts, ends in rows if notice_in_force(text, starts, ends, today)}


@register.filter
def get_item(mapping, key):
    """`mapping|get_item:key`, None when absent."""
    return mapping.get(key) if hasattr(mapping, "get") else None
