"""System checks: production must share its cache between workers."""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches)
def shared_cache_in_production(app_configs, **kwargs):
    """Several workers each with their own cache would serve stale pages and count rate limits apart."""
    if not getattr(settings, "INFOPUBLIC_REQUIRE_SHARED_CACHE", False):
        return []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [
            checks.Error(
                "La production exige un cache partagé entre les processus (REDIS_URL).",
                hint="Définissez REDIS_URL, par exemple redis://127.0.0.1:6379/0.",
                obj=backend,
                id="infopublic.E001",
            )
        ]
    return []
