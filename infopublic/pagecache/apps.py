from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "infopublic.pagecache"
    label = "pagecache"
    verbose_name = _("Cache des pages publiques")

    def ready(self):
        from . import signals

        signals.connect()
