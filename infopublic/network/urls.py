from django.urls import path

from . import accounts

urlpatterns = [
    path("connexion/", accounts.login, name="login"),
    path("deconnexion/", accounts.logout, name="logout"),
]
