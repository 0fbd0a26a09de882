from django.urls import path

from . import views

urlpatterns = [
    path("sante/", views.health, name="health"),
    path("sante/vie/", views.liveness, name="liveness"),
]
