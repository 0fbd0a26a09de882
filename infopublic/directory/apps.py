from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "infopublic.directory"
    label = "directory"
    verbose_name = _("Annuaire")

    def ready(self):
        from . import signals  # noqa: F401
