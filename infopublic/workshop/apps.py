from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopConfig(AppConfig):
    name = "infopublic.workshop"
    label = "workshop"
    verbose_name = _("Atelier des partenaires")

    def ready(self):
        from . import signals  # noqa: F401
