"""A readable diff between two revisions of a fiche, built on Wagtail's own revision comparison."""

import re
from dataclasses import dataclass
from html import unescape

from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

_DELETION = re.compile(r'<(?P<tag>\w+) class="deletion">(.*?)</(?P=tag)>', re.S)
_ADDITION = re.compile(r'<(?P<tag>\w+) class="addition">(.*?)</(?P=tag)>', re.S)
_BLOCK_END = re.compile(r"</(p|li|div|h\d|tr)>|<br\s*/?>|<li>", re.I)


@dataclass
class FieldChange:
    label: str
    html: SafeString

    @property
    def text(self):
        """The change as plain text: [-removed-] {+added+}."""
        text = _DELETION.sub(lambda match: f"[-{match.group(2)}-]", self.html)
        text = _ADDITION.sub(lambda match: f"{{+{match.group(2)}+}}", text)
        text = _BLOCK_END.sub("\n", text)
        lines = (" ".join(line.split()) for line in unescape(strip_tags(text)).splitlines())
        return "\n".join(line for line in lines if line)


def _child_item(child):
    """One contact, amount, step…: added, deleted, or the fields of it that changed."""
    if child.is_addition() or child.is_deletion():
        css = "addition" if child.is_addition() else "deletion"
        action = _("Ajout") if child.is_addition() else _("Suppression")
        values = format_html_join(
            " · ",
            "{} : {}",
            (
                (comparison.field_label(), html)
                for comparison in child.get_field_comparisons()
                if (html := comparison.htmldiff())
            ),
        )
        return format_html('<li>{} : <span class="{}">{}</span></li>', action, css, values)
    changed = [comparison for comparison in child.get_field_comparisons() if comparison.has_changed()]
    if not changed:
        return ""
    values = format_html_join(
        " · ", "{} : {}", ((comparison.field_label(), comparison.htmldiff()) for comparison in changed)
    )
    return format_html("<li>{} : {}</li>", _("Modification"), values)


def _htmldiff(comparison):
    if getattr(comparison, "is_child_relation", False):
        items = [_child_item(child) for child in comparison.get_child_comparisons()]
        return format_html("<ul>{}</ul>", mark_safe("".join(item for item in items if item)))  # noqa: S308
    return comparison.htmldiff()


def changed_fields(page, revision_a, revision_b):
    """The fields (inline objects such as contacts and amounts included) that differ from a to b."""
    old, new = revision_a.as_object(), revision_b.as_object()
    panel = page.get_edit_handler().get_bound_panel(instance=page, request=None, form=None)
    changes = []
    for comparison_class in panel.get_comparison():
        comparison = comparison_class(old, new)
        if comparison.has_changed():
            changes.append(FieldChange(str(comparison.field_label()), _htmldiff(comparison)))
    return changes
