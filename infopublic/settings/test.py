import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "infopublic-test-only"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
# Throttling is tested explicitly; the test client's login() does not pass a request to axes.
AXES_ENABLED = False
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The anonymous page cache is tested on its own (tests/production/test_page_cache.py): elsewhere a test that
# changes rows with queryset updates, or the clock, must see its change at once.
PAGE_CACHE_ENABLED = False
