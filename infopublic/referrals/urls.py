from django.urls import path

from . import views

app_name = "referrals"

urlpatterns = [
    path("reseau/orientations/", views.referral_list, name="list"),
    path("reseau/orientations/nouvelle/", views.create, name="create"),
    path("reseau/orientations/<int:pk>/", views.detail, name="detail"),
    path("reseau/orientations/<int:pk>/repondre/", views.answer, name="answer"),
    path("orientations/reponse/<str:token>/", views.answer_link, name="answer_link"),
]
