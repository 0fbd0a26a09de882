from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HealthConfig(AppConfig):
    name = "infopublic.health"
    label = "health"
    verbose_name = _("État du service")

    def ready(self):
        from . import system_checks  # noqa: F401 - registers the checks
