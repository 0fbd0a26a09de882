from django import template

from ..access import receiving_structures, referrals_visible_to
from ..models import OPEN_STATUSES

register = template.Library()

PANEL_SIZE = 5


@register.inclusion_tag("referrals/my_space_panel.html", takes_context=True)
def referrals_panel(context):
    """« Mon espace »: the referrals waiting for my structures' answer, and the latest ones I sent."""
    user = context["request"].user
    visible = referrals_visible_to(user).select_related("structure", "commune", "redirected_to")
    return {
        "waiting": visible.filter(structure__in=receiving_structures(user), status__in=OPEN_STATUSES)[
            :PANEL_SIZE
        ],
        "sent": visible.filter(sender=user)[:PANEL_SIZE],
    }
