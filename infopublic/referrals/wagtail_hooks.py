from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from infopublic.workshop.wagtail_hooks import CoordinatorMenuItem

from . import admin_urls


@hooks.register("register_admin_urls")
def register_referrals_urls():
    return [path("orientations/", include(admin_urls, namespace="referrals_admin"))]


@hooks.register("register_admin_menu_item")
def register_referrals_menu():
    items = [
        CoordinatorMenuItem(
            _("Statistiques"), reverse_lazy("referrals_admin:statistics"), icon_name="table", order=10
        ),
        CoordinatorMenuItem(
            _("Effacement sur demande"), reverse_lazy("referrals_admin:erasure"), icon_name="bin", order=20
        ),
    ]
    return SubmenuMenuItem(_("Fiches de liaison"), Menu(items=items), icon_name="mail", order=260)
