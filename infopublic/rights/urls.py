from django.urls import path

from . import views

app_name = "rights"

urlpatterns = [
    path("reseau/verifier-les-droits/", views.desk_check, name="desk"),
    path("verifier-mes-droits/", views.public_check, name="public"),
    path("verifier-les-droits/selection/", views.add_to_selection, name="add_to_selection"),
]
