"""French typography in templates: `{{ day|french_date }}`, `{{ name|of_place }}`, `{{ n|count_results }}`."""

from django import template

from .. import typography

register = template.Library()


@register.filter
def french_date(value, arg=""):
    """`1er avril 2026`; `{{ day|french_date:"sans année" }}` → `1er avril`."""
    return typography.french_date(value, with_year=not arg)


@register.filter
def of_place(name):
    return typography.of_place(str(name or ""))


@register.filter
def at_place(name):
    return typography.at_place(str(name or ""))


@register.filter
def count_results(count):
    return typography.count_results(int(count or 0))
