from django.urls import path

from . import views

urlpatterns = [
    path("selection/", views.selection_sheet, name="selection_sheet"),
    path("selection/ajouter/", views.selection_add, name="selection_add"),
    path("selection/retirer/", views.selection_remove, name="selection_remove"),
    path("selection/vider/", views.selection_clear, name="selection_clear"),
    path("selection/commune/", views.selection_commune, name="selection_commune"),
    path("fiche-orientation/", views.shared_sheet, name="shared_sheet"),
    path("glossaire/", views.glossary, name="glossary"),
    path("thematiques/", views.theme_index, name="theme_index"),
    path("thematiques/<slug:value>/", views.theme_detail, name="theme_detail"),
    path("territoires/", views.territory_index, name="territory_index"),
    path("territoires/<str:code>/", views.territory_detail, name="territory_detail"),
]
