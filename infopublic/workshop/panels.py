"""Panels of the Wagtail dashboard: fiches to review, open reports, partners' freshness."""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from infopublic.network.access import is_coordinator

from .freshness import fiches_to_review, freshness_by_partner

PANEL_LIMIT = 10


class ToReviewPanel(Component):
    name = "workshop_to_review"
    template_name = "workshop/admin/panels/to_review.html"
    order = 90

    def __init__(self, partners):
        self.partners = partners

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        fiches = fiches_to_review(self.partners, today, within_days=31)
        return {
            "fiches": fiches[:PANEL_LIMIT],
            "count": len(fiches),
            "today": today,
            "request": parent_context["request"],
            "csrf_token": parent_context.get("csrf_token"),
        }


class OpenReportsPanel(Component):
    name = "workshop_open_reports"
    template_name = "workshop/admin/panels/open_reports.html"
    order = 95

    def __init__(self, reports):
        self.reports = reports

    def get_context_data(self, parent_context):
        open_reports = self.reports.open().select_related("page")
        return {"reports": open_reports[:PANEL_LIMIT], "count": open_reports.count()}


class FreshnessPanel(Component):
    name = "workshop_freshness"
    template_name = "workshop/admin/panels/freshness.html"
    order = 100

    def get_context_data(self, parent_context):
        return {"rows": freshness_by_partner()}


def dashboard_panels(user, partners, reports):
    panels = []
    if partners.exists():
        panels.append(ToReviewPanel(partners))
    if reports.exists():
        panels.append(OpenReportsPanel(reports))
    if is_coordinator(user):
        panels.append(FreshnessPanel())
    return panels
