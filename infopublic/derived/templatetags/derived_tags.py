from django import template

from ..versions import version_key

register = template.Library()


@register.simple_tag
def data_version(*sources):
    """Part of the cache key of a fragment built from `sources` ("pages", "vocabularies"…)."""
    return version_key(*sources)
