from django.urls import path

from . import views

urlpatterns = [
    path("selection/", views.selection_sheet, name="selection_sheet"),
    path("selection/ajouter/", views.selection_add, name="selection_add"),
    path("selection/retirer/", views.selection_remove, name="selection_remove"),
    path("selection/vider/", views.selection_clear, name="selection_clear"),
    path("selection/commune/", views.selection_commune, name="selection_commune"),
    path("reseau/mon-espace/", views.my_space, name="my_space"),
    path("reseau/selections/enregistrer/", views.selection_save, name="selection_save"),
    path("reseau/selections/<int:pk>/ouvrir/", views.selection_open, name="selection_open"),
    path("reseau/selections/<int:pk>/supprimer/", views.selection_delete, name="selection_delete"),
    path("autour-de-moi/", views.nearby_commune, name="nearby_commune"),
    path("fiche-orientation/", views.shared_sheet, name="shared_sheet"),
    path("glossaire/", views.glossary, name="glossary"),
    path("thematiques/", views.theme_index, name="theme_index"),
    path("thematiques/<slug:value>/", views.theme_detail, name="theme_detail"),
    path("territoires/", views.territory_index, name="territory_index"),
    path("territoires/<str:code>/", views.territory_detail, name="territory_detail"),
]
