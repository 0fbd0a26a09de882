"""Template helpers for communes chosen among several."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def commune_choice_url(context, commune):
    """The current page's query string with this commune picked: `commune=` its name, `code_insee=` its
    code, any `page=` dropped (a choice starts the results again)."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    params["commune"] = commune.name
    params["code_insee"] = commune.code
    return f"?{params.urlencode()}"
