from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("api/data-inclusion/structures/", views.structures, name="structures"),
    path("api/data-inclusion/services/", views.services, name="services"),
]
