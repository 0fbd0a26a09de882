from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

from infopublic.network.access import is_network_member

from ..models import FicheFollow
from ..sanitize import clean_text

register = template.Library()


def months_between(earlier, later):
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


@register.inclusion_tag("workshop/fiche_tools.html", takes_context=True)
def fiche_workshop(context, page):
    """Freshness badge, "Signaler une erreur" and, for members, "Suivre" for a fiche."""
    request = context.get("request")
    user = getattr(request, "user", None)
    member = is_network_member(user)
    today = timezone.localdate()
    verified = getattr(page, "last_verified_at", None)
    return {
        "page": page,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "verified_at": verified,
        "months": months_between(verified, today) if verified else None,
        "overdue": page.is_review_overdue(today) if hasattr(page, "is_review_overdue") else False,
        "member": member,
        "following": member and FicheFollow.objects.filter(user=user, page=page).exists(),
    }


@register.filter
def workshop_text(value):
    """Show a stored submitted text: cleaned again (defence in depth), line breaks kept."""
    return mark_safe(clean_text(value).replace("\n", "<br>"))  # noqa: S308 - bleach-cleaned just above
