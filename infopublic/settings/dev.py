import os

from .base import *  # noqa: F403

DEBUG = True
# Development only: production refuses to start without a real SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-infopublic-dev-only")
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# A template or code change shows at once while developing; PAGE_CACHE_ENABLED=1 tries the page cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)  # noqa: F405
