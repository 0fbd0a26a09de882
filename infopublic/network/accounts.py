"""The public sign-in of network members (/connexion/) and sign-out, apart from the Wagtail admin's.

Django's own LoginView and LogoutView: `next` is followed only when it is a local URL, django-axes counts the
failures (its backend and middleware see every `authenticate` call), sign-out is a POST with a CSRF token.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from infopublic.territories.typography import duration


class MemberLoginView(auth_views.LoginView):
    template_name = "account/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["idle_time"] = duration(settings.SESSION_IDLE_TIMEOUT)
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Vous êtes connecté."))
        return response


class MemberLogoutView(auth_views.LogoutView):
    """POST only (Django 5): a link or a prefetch cannot sign anyone out."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(
            request, _("Vous êtes déconnecté. Pensez à fermer le navigateur sur un poste partagé.")
        )
        return response


login = never_cache(MemberLoginView.as_view())
logout = MemberLogoutView.as_view()
