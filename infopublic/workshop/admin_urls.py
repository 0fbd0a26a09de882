from django.urls import path

from . import admin_views

app_name = "workshop_admin"

urlpatterns = [
    path("fiches/", admin_views.to_review, name="to_review"),
    path("fiches/<int:page_id>/a-jour/", admin_views.verify, name="verify"),
    path("signalements/", admin_views.report_list, name="reports"),
    path("signalements/<int:report_id>/", admin_views.report_edit, name="report_edit"),
    path("fraicheur/", admin_views.freshness, name="freshness"),
    path("partenaires/<int:partner_id>/validation/", admin_views.toggle_moderation, name="toggle_moderation"),
    path("besoins/", admin_views.needs_report, name="needs"),
    path("besoins/export.csv", admin_views.needs_export, name="needs_export"),
    path("partenaires/nouveau/", admin_views.onboard, name="onboard"),
]
