"""Settings shared by every environment.

Every value that differs between machines comes from an environment variable documented in the README.
"""

import importlib.util
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

from .environment import env_bool, env_list

# The search engine (database or Elasticsearch) and Wagtail's own search backend.
from .search import *  # noqa: F403

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "search",
    "infopublic.derived",
    "infopublic.territories",
    "infopublic.taxonomy",
    "infopublic.network",
    "infopublic.directory",
    "infopublic.workshop",
    "infopublic.referrals",
    "infopublic.opendata",
    "infopublic.demo",
    "infopublic.health",
    "infopublic.pagecache",
    "infopublic.rights",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "infopublic.middleware.RequestSizeLimitMiddleware",
    "infopublic.middleware.NulByteMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, locale, CSRF, authentication and CSP middleware: a hit for an anonymous visitor
    # skips them (their headers are stored with the page; the CSRF one runs around a page with forms).
    "infopublic.pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "infopublic.network.idle.IdleSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "infopublic.middleware.ScopedCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that a locked-out login attempt is answered before anything else runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "infopublic.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "infopublic.network.context_processors.network",
            ],
        },
    },
]

WSGI_APPLICATION = "infopublic.wsgi.application"

# Database: DATABASE_URL, defaulting to a SQLite file in the project.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent publishes on the embedded database: readers never block the writer (WAL), a writer waits
    # for the lock instead of failing at once, and transactions take the write lock when they start.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work (django-tasks): "immediate" runs a task as soon as it is enqueued, in the same process (the
# default for development and tests); "database" queues it in the database for `manage.py db_worker`
# (production). Search index replays, emails and Wagtail's own tasks go through it.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_settings(name):
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND doit valoir {' ou '.join(TASK_BACKENDS)}, pas « {name} ».")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = task_settings(os.environ.get("TASKS_BACKEND", "immediate"))

# Anonymous page cache (infopublic/pagecache): whole public pages for visitors without a session, in the
# shared cache, dropped on every publish. PAGE_CACHE_ENABLED=0 turns it off (to measure without it).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/sante/",
    "/connexion/",
    "/deconnexion/",
    "/reseau/",
    "/selection/",
    "/fiches/",
]

# Cache: REDIS_URL when set, else local memory.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's Redis cache, made to degrade to the database when Redis is down (infopublic/cache.py).
            "BACKEND": "infopublic.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "infopublic",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Network members sign in on the public site; the Wagtail admin keeps its own login page.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_space"
LOGOUT_REDIRECT_URL = "/"

# Shared desk computers: a session ends after this many seconds without a request (default 2 hours).
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", str(2 * 60 * 60)))
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failures for one username from one address,
# that pair is locked out for AXES_COOLOFF_TIME hours.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"

# Internationalisation: the site and the admin speak French. Our source strings are written in French and
# marked with gettext; with French the only language there is no catalogue of our own (no LOCALE_PATHS):
# Django's and Wagtail's own strings come from their shipped French catalogues.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("fr", "Français")]

# Static and media files.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# Leaflet's files come from the django-leaflet package (not in INSTALLED_APPS: its admin needs GeoDjango).
LEAFLET_STATIC_DIR = Path(importlib.util.find_spec("leaflet").origin).parent / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static", LEAFLET_STATIC_DIR]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: EMAIL_HOST etc.; the console backend prints messages when no host is configured.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Infopublic <ne-pas-repondre@infopublic.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail.
WAGTAIL_SITE_NAME = "Infopublic"
# Largest request body accepted (uploads, imports), refused before it is read; keep nginx's
# client_max_body_size at the same value.
# A confirmed import of more structures than this is written by the task worker, its progress in the admin.
OPENDATA_IMPORT_INLINE_ROWS = int(os.environ.get("OPENDATA_IMPORT_INLINE_ROWS", "100"))
MAX_REQUEST_BODY_BYTES = int(os.environ.get("MAX_UPLOAD_MB", "20")) * 1024 * 1024

# Editors see who else is editing a page, and are warned before overwriting a newer publish.
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10000
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# Security defaults shared by every environment; production hardens them.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (django-csp, through infopublic.middleware.ScopedCSPMiddleware). The public site
# runs only scripts from its own static files; the admins, which still write inline scripts, get
# 'unsafe-inline' for scripts under these prefixes only. Inline styles stay allowed (style attributes).
CSP_INLINE_SCRIPT_PATHS = ["/admin/", "/django-admin/"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "https://tile.openstreetmap.org", "https://*.tile.openstreetmap.org"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Maps (django-leaflet): OpenStreetMap tiles centred on Saône-et-Loire.
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (46.65, 4.45),
    "DEFAULT_ZOOM": 9,
    "TILES": [
        (
            "OpenStreetMap",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            {"attribution": "&copy; les contributeurs d’OpenStreetMap", "maxZoom": 19},
        )
    ],
}

# The département whose territories and demo network are loaded by default.
INFOPUBLIC_DEPARTEMENT = os.environ.get("INFOPUBLIC_DEPARTEMENT", "71")

# A referral's answer link carries a token in its path: masked in every log line (the error responses' lines
# name the path), and in the error reports (debug page, admins' email). See infopublic/referrals/reporting.py.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"answer_link_tokens": {"()": "infopublic.referrals.reporting.MaskAnswerLinkTokens"}},
    # Django's own "django.server" formatter and handler (runserver's request lines), with the filter.
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["answer_link_tokens"]},
        "django.server": {
            "level": "INFO",
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["answer_link_tokens"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "infopublic": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Filtered where the records are made, before any handler (Django's own mail_admins included).
        "django.request": {"filters": ["answer_link_tokens"]},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
DEFAULT_EXCEPTION_REPORTER = "infopublic.referrals.reporting.TokenMaskingExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "infopublic.referrals.reporting.TokenMaskingReporterFilter"

# ---------------------------------------------------------------------------
# Partners' workshop (infopublic.workshop): rate limits of the public forms.
# At most N submissions per client address and window (seconds), counted in the cache.
WORKSHOP_REPORT_RATE_LIMIT = int(os.environ.get("WORKSHOP_REPORT_RATE_LIMIT", "5"))
WORKSHOP_RATE_WINDOW = int(os.environ.get("WORKSHOP_RATE_WINDOW", "3600"))
WORKSHOP_UNMET_NEED_RATE_LIMIT = int(os.environ.get("WORKSHOP_UNMET_NEED_RATE_LIMIT", "30"))
# Behind a reverse proxy that sets X-Forwarded-For, count the first forwarded address.
WORKSHOP_TRUST_X_FORWARDED_FOR = env_bool("WORKSHOP_TRUST_X_FORWARDED_FOR", False)

# ---------------------------------------------------------------------------
# Referrals (infopublic.referrals, docs/referrals.md): personal data, encrypted at rest.
# django-fernet-encrypted-fields derives its keys from SECRET_KEY (and SECRET_KEY_FALLBACKS) with each salt of
# FIELD_ENCRYPTION_SALT_KEYS (comma-separated, newest first): add a new salt in front to rotate, keep the old
# ones until `manage.py referrals_reencrypt` has rewritten every row.
SALT_KEY = env_list("FIELD_ENCRYPTION_SALT_KEYS", "infopublic-development-salt")
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
# An answer link (signed, sent to the receiving structure) works this many days; it can be renewed.
REFERRALS_LINK_MAX_AGE_DAYS = int(os.environ.get("REFERRALS_LINK_MAX_AGE_DAYS", "8"))
# A referral nobody answered expires after this many days.
REFERRALS_EXPIRY_DAYS = int(os.environ.get("REFERRALS_EXPIRY_DAYS", "30"))
# Every referral loses its personal data after this many days (about 6 months).
REFERRALS_ANONYMISE_AFTER_DAYS = int(os.environ.get("REFERRALS_ANONYMISE_AFTER_DAYS", "183"))
