from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "infopublic.taxonomy"
    label = "taxonomy"
    verbose_name = _("Taxonomie")

    def ready(self):
        from . import signals

        signals.connect()
