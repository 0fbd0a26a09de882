from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DerivedConfig(AppConfig):
    name = "infopublic.derived"
    label = "derived"
    verbose_name = _("Données dérivées")

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import versions

        request_started.connect(versions.request_started, dispatch_uid="derived-request-started")
        request_finished.connect(versions.request_finished, dispatch_uid="derived-request-finished")
