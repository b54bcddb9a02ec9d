"""Cakupan settings: one module, everything that differs between machines comes
from environment variables.

Development defaults: DEBUG on, an SQLite file beside manage.py, a throwaway
secret key. With ``DJANGO_DEBUG=0`` the process refuses to start unless
``SECRET_KEY`` and ``ALLOWED_HOSTS`` are set.
"""

import getpass
import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from coverage_site.clientip import parse_networks

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0/true/false/yes/no, not {raw!r}.")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
if DEBUG:
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tables2",
    "django_filters",
    "simple_history",
    "axes",
    "coverage_site",
    "regions",
    "awards",
    "meeting",
    "articles",
    "jobs",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise, so static files carry the policy too.
    "coverage_site.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (static files come precompressed from whitenoise);
    # Django pads the output with random bytes against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # Before CommonMiddleware, as django-cors-headers asks (api/: read-only GETs).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "coverage_site.middleware.URLLanguageMiddleware",
    # A NUL in the path, query or cookies is a 400 before anything reads the
    # database (after the language, so the 400 page speaks the visitor's).
    "coverage_site.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "coverage_site.urls"
WSGI_APPLICATION = "coverage_site.wsgi.application"
ASGI_APPLICATION = "coverage_site.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "regions.context_processors.verdicts",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL=postgres://user@host:port/name switches
# to PostgreSQL through psycopg 3 with no code change.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# SQLite (development): a web request and a job worker write the same file.
# A transaction that reads and then writes would fail at once with "database
# is locked" when the other wrote in between; IMMEDIATE takes the write lock
# at BEGIN, and the timeout makes the second writer wait for it instead.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )

# PostgreSQL's JIT compiler spends up to a second compiling the dashboard's
# correlated subqueries (their cost estimates look large) that run in a few
# milliseconds: off, as usual for web workloads.
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _database.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

# A read replica (PostgreSQL streaming replication): DATABASE_REPLICA_URL
# sends the dashboard's page reads there; writes, sessions, logins, the admin
# and any request that writes stay on the primary (coverage_site/routers.py).
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL,
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        DATABASES["replica"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    DATABASE_ROUTERS = ["coverage_site.routers.PrimaryReplicaRouter"]
    MIDDLEWARE.insert(1, "coverage_site.routers.PrimaryForWritesMiddleware")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The reverse proxies in front of the app servers (DJANGO_TRUSTED_PROXIES:
# comma-separated addresses or networks, e.g. "127.0.0.1,10.0.0.0/24"; none
# by default). Only a request that comes from one of them has its
# X-Forwarded-For read, from the right: the first address that is not one
# of ours is the client (coverage_site/clientip.py).
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", [])
try:
    TRUSTED_PROXY_NETWORKS = parse_networks(TRUSTED_PROXIES)
except ValueError as _error:
    raise ImproperlyConfigured(f"DJANGO_TRUSTED_PROXIES: {_error}") from _error

# Login throttling: after 5 failed attempts for the same username from the
# same client address, that pair is locked out for an hour. The address is
# the real client's (behind a trusted proxy, from X-Forwarded-For), never the
# proxy's, and never the username alone: wrong passwords sent from elsewhere
# cannot lock a user out.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "coverage_site.middleware.request_client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Indonesian first, English available. Figures carry plain dates: the country
# spans three time zones and a coverage figure is "as of a day", not an instant.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Hashed static files (css/cakupan.3f2a….css) are served with a one-year,
# immutable Cache-Control by whitenoise; files without a hash in their name
# get this many seconds.
WHITENOISE_MAX_AGE = int(os.environ.get("WHITENOISE_MAX_AGE", "3600"))

# Uploaded files (award evidence documents: awards.models.Evidence). They
# are not served at a public address: the awards admin hands them to the
# panel and the organisers only. Keep the folder out of version control.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# Cache of pages and page aggregates (regions/cache.py). Production
# (DJANGO_DEBUG=0): Redis at REDIS_URL, by default the local one's database
# 0, shared by every worker and server, so a worker recycled by gunicorn or
# a new server starts warm and one rebuild serves all. Development and
# tests (or REDIS_URL=locmem): local memory in each process, with the data
# version in a file all the workers of this server share. Keys carry the
# database's identity: sites on one Redis never read each other's pages.
REDIS_URL = os.environ.get("REDIS_URL", "" if DEBUG else "redis://127.0.0.1:6379/0")
if REDIS_URL == "locmem":
    REDIS_URL = ""
if REDIS_URL:
    _db = DATABASES["default"]
    _identity = f"{_db['ENGINE']}|{_db.get('HOST', '')}|{_db.get('PORT', '')}|{_db['NAME']}"
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cakupan-" + hashlib.sha256(_identity.encode()).hexdigest()[:12],
            # A Redis that does not answer costs a second, not a page:
            # regions/cache.py then builds the page without the cache.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    CAKUPAN_DATA_VERSION_DIR = ""
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cakupan",
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }
    CAKUPAN_DATA_VERSION_DIR = os.environ.get("CAKUPAN_DATA_VERSION_DIR") or str(
        Path(tempfile.gettempdir()) / f"cakupan-{getpass.getuser()}"
    )
CAKUPAN_CACHE_TIMEOUT = int(os.environ.get("CAKUPAN_CACHE_TIMEOUT", "900"))
# Part of every cache key (regions.cache.release): the deployed release, e.g.
# the commit; empty = a digest of the code, templates and translations.
CAKUPAN_RELEASE = os.environ.get("CAKUPAN_RELEASE", "")

# Long work off the request (jobs/): Celery, with Redis as broker and result
# store. Its own Redis database (1), so clearing the cache (database 0 of
# REDIS_URL) never drops queued work. acks_late + reject_on_worker_lost: a
# message is acknowledged when its task ends, so a worker killed mid-job
# hands it back; the job then finds itself "running" and records the crash
# (jobs/services.py). In development (DJANGO_DEBUG on) a job whose broker
# cannot be reached runs inside the request instead (CAKUPAN_JOBS_INLINE).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/1"
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or CELERY_BROKER_URL
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
# Web processes send to this queue and workers take from it: sites sharing
# one Redis keep their jobs apart with a queue each.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "cakupan")
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_RESULT_EXPIRES = 86400
CELERY_TASK_SERIALIZER = CELERY_RESULT_SERIALIZER = "json"
CAKUPAN_JOBS_INLINE = env_bool("CAKUPAN_JOBS_INLINE", DEBUG)
# A running job whose worker has not reported for this many seconds is
# marked failed (the worker died); its file stays, so it can be retried.
CAKUPAN_JOB_STALE_SECONDS = int(os.environ.get("CAKUPAN_JOB_STALE_SECONDS", "120"))
# An export made by a job stays downloadable for this many days.
CAKUPAN_JOB_OUTPUT_DAYS = int(os.environ.get("CAKUPAN_JOB_OUTPUT_DAYS", "7"))

# CAKUPAN_CACHE=0 builds every page from the database (the benchmark's
# "uncached" pass). Whole rendered pages are cached for visitors without a
# session in production (in development and tests every response is
# rendered, so templates and context stay inspectable), for these URL
# namespaces.
CAKUPAN_CACHE = env_bool("CAKUPAN_CACHE", True)
CAKUPAN_PAGE_CACHE = env_bool("CAKUPAN_PAGE_CACHE", not DEBUG)
CAKUPAN_PAGE_CACHE_NAMESPACES = ["regions", "articles", "awards"]
# How many stale pages may be rebuilt at once, across every web process
# sharing the cache: after an edit, the others are served the last page
# and left for a later request to rebuild, so that rebuilds never take
# every worker (and core) from the visitors. Half the cores by default.
CAKUPAN_PAGE_REBUILDS = int(
    os.environ.get("CAKUPAN_PAGE_REBUILDS", "0") or max(1, (os.cpu_count() or 2) // 2)
)
MIDDLEWARE.append("regions.cache.PageCacheMiddleware")

# A panel member or an award organiser who logs in lands on their
# assessments, not on the admin index (awards/landing.py).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1,
    "awards.landing.PanelLandingMiddleware",
)

# Production sits behind a TLS-terminating proxy (nginx, a load balancer)
# that sets X-Forwarded-Proto; DJANGO_HTTPS=0 serves plain HTTP (a trial run
# of `make serve` on one machine).
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    HTTPS = env_bool("DJANGO_HTTPS", True)
    SECURE_SSL_REDIRECT = HTTPS
    SESSION_COOKIE_SECURE = HTTPS
    CSRF_COOKIE_SECURE = HTTPS
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "3600")) if HTTPS else 0
    # The site's own subdomains (if any) are HTTPS-only too;
    # DJANGO_HSTS_INCLUDE_SUBDOMAINS=0 leaves them out.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    # Asking browsers to preload HSTS for the domain is the decision of
    # whoever owns the registrable domain (hstspreload.org takes only a
    # bare domain with a max-age of at least a year, and leaving the list
    # takes months): off unless DJANGO_HSTS_PRELOAD=1. Hence security.W021
    # is silenced below.
    SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD", False)
    # Tracebacks of failed requests go to stderr (gunicorn's error log).
    LOGGING = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    }

LOGIN_URL = "admin:login"
# Where a login lands when its ?next= is missing or unsafe (another host):
# the admin, the only place one logs in to.
LOGIN_REDIRECT_URL = "admin:index"

# `check --deploy` warnings deliberately not acted on:
# - security.W021 (SECURE_HSTS_PRELOAD off): see DJANGO_HSTS_PRELOAD above.
SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Content-Security-Policy of every response (coverage_site/middleware.py):
# only this origin, no inline script or style anywhere, the admin included.
# img-src data: for images given as data: URLs, blob: for the
# charts' "Unduh PNG". CSP_REPORT_URI adds a report-uri directive; the
# policy itself is not configurable.
CSP_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "").strip()
if CSP_REPORT_URI:
    CSP_POLICY += f"; report-uri {CSP_REPORT_URI}"

# Permissions-Policy of every response (same middleware): the site uses no
# camera, microphone, location, payment or other device feature; the
# browser refuses them to this page and to anything embedded in it.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

# SecurityMiddleware: X-Content-Type-Options: nosniff and
# Referrer-Policy: same-origin on every response (Django's defaults, stated).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# The open-data API (api/, /api/v1/): read-only, anonymous clients
# throttled per address (API_ANON_RATE, default 120 requests a minute),
# JSON or CSV (?format=csv), OpenAPI 3 from drf-spectacular.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "api.renderers.CSVRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonAddressThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "COERCE_DECIMAL_TO_STRING": False,
    "UNAUTHENTICATED_USER": None,
    "URL_FORMAT_OVERRIDE": "format",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Cakupan API",
    "DESCRIPTION": (
        "Open data of BPJS Ketenagakerjaan coverage by region: the region register "
        "(Kemendagri and BPS codes), published coverage figures, targets, budgets, "
        "Paritrana Award results, reviewed source articles and their accepted claims. "
        "Every figure, target and budget carries its citation. Read-only; every list "
        "also answers CSV with ?format=csv."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": False,
    "ENUM_NAME_OVERRIDES": {},
}
# Other origins may read the API with GET (and the browser's preflight
# OPTIONS), nothing else, and without credentials.
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
