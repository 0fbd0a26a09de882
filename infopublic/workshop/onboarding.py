"""Onboarding a partner: its page, editors' group and permissions, and an invitation to its first editor."""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from infopublic.network.models import PartnerPage
from infopublic.network.services import setup_partner

from . import emails
from .moderation import require_coordination_approval


class OnboardingError(Exception):
    pass


def home_page():
    """The page partners go under: the default site's root when it accepts partner pages, else the first
    page that does. The accepted types come from `PartnerPage.parent_page_types`: no import of the home app.
    """
    parents = tuple(PartnerPage.allowed_parent_page_models())
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, parents):
        return site.root_page.specific
    home = Page.objects.type(*parents).first()
    if home is None:
        raise OnboardingError(_("Aucune page d’accueil : créez d’abord le site."))
    return home.specific


def invitation_link(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return emails.site_url(reverse("wagtailadmin_password_reset_confirm", args=[uid, token]))


def editor_user(email):
    """The user for this email, created with an unusable password when new."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user:
        return user, False
    user = User(username=email.lower()[:150], email=email.lower())
    user.set_unusable_password()
    user.save()
    return user, True


def invite(user, partner):
    return emails.send(
        "invitation",
        [user],
        {"partner": partner, "link": invitation_link(user)},
        _("Invitation à contribuer à Infopublic pour %(partner)s") % {"partner": partner.title},
    )


@transaction.atomic
def onboard_partner(name, kind, editor_email, *, moderation=False):
    """Create the partner under the home page, set up its space and invite its first editor.

    Returns (partner, user). Raises OnboardingError when a partner of that name exists already.
    """
    if kind not in PartnerPage.Kind.values:
        raise OnboardingError(_("Type de partenaire inconnu : %(kind)s") % {"kind": kind})
    home = home_page()
    slug = slugify(name)[:255] or "partenaire"
    if PartnerPage.objects.filter(title__iexact=name).exists() or home.get_children().filter(slug=slug):
        raise OnboardingError(_("Le partenaire « %(name)s » existe déjà.") % {"name": name})
    partner = home.add_child(instance=PartnerPage(title=name, slug=slug, kind=kind))
    partner.save_revision().publish()
    user, _created = editor_user(editor_email)
    setup_partner(partner, editors=[user])
    if moderation:
        require_coordination_approval(partner)
    transaction.on_commit(lambda: invite(user, partner))
    return partner, user
