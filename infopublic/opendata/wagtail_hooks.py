from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import import_job_view, import_structures_view
from .partners import importable_partners


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("opendata/import/", import_structures_view, name="opendata_import"),
        path("opendata/import/<int:pk>/", import_job_view, name="opendata_import_job"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(importable_partners(request.user))


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Importer des structures"),
        reverse("opendata_import"),
        name="opendata-import",
        icon_name="upload",
        order=900,
    )
