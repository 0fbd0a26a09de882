"""The same state as `/sante/`, on the admin dashboard of those who run the site."""

from django.template.loader import render_to_string

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .checks import run_checks


class HealthPanel(Component):
    name = "health"
    order = 50

    def render_html(self, parent_context=None):
        healthy, results = run_checks()
        return render_to_string("health/admin_panel.html", {"healthy": healthy, "results": results})


@hooks.register("construct_homepage_panels")
def add_health_panel(request, panels):
    if request.user.is_superuser:
        panels.append(HealthPanel())
