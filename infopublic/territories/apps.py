from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoriesConfig(AppConfig):
    name = "infopublic.territories"
    label = "territories"
    verbose_name = _("Territoires")

    def ready(self):
        from . import signals

        signals.connect()
