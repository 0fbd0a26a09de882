from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button, HeaderButton

from infopublic.directory.models import DirectoryPage
from infopublic.network.access import is_coordinator
from infopublic.network.models import PartnerPage

from . import admin_urls
from .freshness import VERIFIED_ACTION
from .models import ErrorReport
from .panels import dashboard_panels


@hooks.register("register_admin_urls")
def register_workshop_urls():
    return [path("atelier/", include(admin_urls, namespace="workshop_admin"))]


@hooks.register("register_log_actions")
def register_workshop_log_actions(actions):
    actions.register_action(VERIFIED_ACTION, _("Information à jour"), _("Information confirmée à jour"))


def _verify_attrs(page):
    url = reverse("workshop_admin:verify", args=[page.pk])
    return url, {
        "data-controller": "w-action",
        "data-action": "w-action#post",
        "data-w-action-url-value": url,
    }


def _verifiable(page, user):
    return issubclass(page.specific_class or object, DirectoryPage) and page.specific.can_be_verified_by(user)


@hooks.register("register_page_header_buttons")
def verify_header_button(page, user, view_name=None, next_url=None):
    if _verifiable(page, user):
        url, attrs = _verify_attrs(page)
        yield HeaderButton(_("Information à jour"), url=url, icon_name="check", attrs=attrs, priority=5)


@hooks.register("register_page_listing_more_buttons")
def verify_listing_button(page, user, next_url=None):
    if _verifiable(page, user):
        url, attrs = _verify_attrs(page)
        yield Button(_("Information à jour"), url=url, icon_name="check", attrs=attrs, priority=3)


@hooks.register("construct_homepage_panels")
def add_workshop_panels(request, panels):
    user = request.user
    partners, reports = PartnerPage.objects.managed_by(user), ErrorReport.objects.visible_to(user)
    panels.extend(dashboard_panels(user, partners, reports))


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user) or PartnerPage.objects.managed_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_workshop_menu():
    items = [
        EditorMenuItem(
            _("Fiches à vérifier"), reverse_lazy("workshop_admin:to_review"), icon_name="date", order=10
        ),
        EditorMenuItem(
            _("Signalements"), reverse_lazy("workshop_admin:reports"), icon_name="warning", order=20
        ),
        CoordinatorMenuItem(
            _("Fraîcheur par partenaire"),
            reverse_lazy("workshop_admin:freshness"),
            icon_name="tasks",
            order=30,
        ),
        CoordinatorMenuItem(
            _("Besoins non couverts"), reverse_lazy("workshop_admin:needs"), icon_name="help", order=40
        ),
        CoordinatorMenuItem(
            _("Nouveau partenaire"), reverse_lazy("workshop_admin:onboard"), icon_name="plus", order=50
        ),
    ]
    return SubmenuMenuItem(_("Atelier"), Menu(items=items), icon_name="tasks", order=250)
