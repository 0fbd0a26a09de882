from django.urls import path

from . import views

app_name = "workshop"

urlpatterns = [
    path("fiches/<int:page_id>/signaler/", views.report_create, name="report_create"),
    path("fiches/<int:page_id>/signaler/merci/", views.report_thanks, name="report_thanks"),
    path("fiches/<int:page_id>/suivre/", views.follow_toggle, name="follow_toggle"),
    path("reseau/mes-signalements/", views.my_reports, name="my_reports"),
    path("reseau/fiches-suivies/", views.followed, name="followed"),
    path("reseau/besoin-non-couvert/", views.unmet_need_create, name="unmet_need_create"),
]
