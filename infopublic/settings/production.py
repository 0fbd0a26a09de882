import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY doit être défini en production (variable d'environnement).")
if not os.environ.get("FIELD_ENCRYPTION_SALT_KEYS"):
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_SALT_KEYS doit être défini en production (chiffrement des fiches de liaison)."
    )

# Persistent database connections (checked before reuse): every request reads the source versions
# (infopublic.derived), a cached page included: opening a connection per request would cost more.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
X_FRAME_OPTIONS = "DENY"
AXES_ENABLED = True

# Several workers and a task worker: background work goes through the database queue unless told otherwise.
TASKS = task_settings(os.environ.get("TASKS_BACKEND", "database"))  # noqa: F405

# Several workers: a per-process cache is refused by a system check (infopublic.E001).
INFOPUBLIC_REQUIRE_SHARED_CACHE = True
