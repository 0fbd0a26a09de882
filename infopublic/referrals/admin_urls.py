from django.urls import path

from . import admin_views

app_name = "referrals_admin"

urlpatterns = [
    path("statistiques/", admin_views.statistics, name="statistics"),
    path("statistiques/export.csv", admin_views.statistics_export, name="statistics_export"),
    path("effacement/", admin_views.erasure, name="erasure"),
]
