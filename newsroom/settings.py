"""Settings for the newsroom archive.

Everything that differs between machines comes from the environment
(twelve-factor): ``DATABASE_URL``, ``SECRET_KEY``, ``DEBUG`` and
``ALLOWED_HOSTS``. Without ``DATABASE_URL`` the archive runs on an embedded
SQLite file under ``var/``.
"""

import os
import secrets
import tempfile
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]


def env_bool(name, default=False):
    value = os.environ.get(name, "")
    if value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no).")


def env_list(name, default):
    value = os.environ.get(name, "")
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    if value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None


def local_secret_key():
    """A random key kept in ``var/secret_key``, for machines that set none.

    Production sets ``SECRET_KEY`` in the environment; a laptop or a test run
    gets a key of its own that survives restarts (sessions stay valid).
    """
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(exist_ok=True)
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

# Origins (scheme and host) from which the admin's forms may be posted, for a
# proxy that changes the Host header, e.g. "https://archive.example.org".
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# HTTPS=1: the site is served over HTTPS, usually by a proxy that terminates
# TLS and says so with "X-Forwarded-Proto: https" (it must set that header
# itself, never pass a client's on). Plain HTTP is redirected, browsers are
# told to use HTTPS only (HSTS), cookies are sent over HTTPS only.
HTTPS = env_bool("HTTPS", default=False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", default=True)

INSTALLED_APPS = [
    "newsroom",  # first: its runserver checks the static files, then is whitenoise's
    "newsroom.desk.apps.DeskAdminConfig",  # django.contrib.admin with the desk's site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "newsroom.desk.apps.TagsConfig",  # django-taggit, under the "Articles" heading
    "simple_history",
    "rangefilter",
    "people",
    "articles",
]

MIDDLEWARE = [
    "newsroom.unavailable.HealthCheckMiddleware",  # /healthz, before host checks and HTTPS redirects
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.middleware.RejectNulCharactersMiddleware",
    "newsroom.unavailable.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
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

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    VAR_DIR.mkdir(exist_ok=True)
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "newsroom.sqlite3"}}

# SQLite seconds a writer waits for another to finish before giving up.
SQLITE_BUSY_TIMEOUT = 20
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # An import, the admin and the web server may share the file. Writers
    # queue instead of failing: every transaction takes the write lock when it
    # begins (IMMEDIATE), so none has to upgrade a read lock half-way, which
    # SQLite refuses at once ("database is locked") whatever the timeout; in
    # WAL mode readers never wait for a writer, nor a writer for readers.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": SQLITE_BUSY_TIMEOUT,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
    }
    if TESTING:
        # The suite's database is a file like production's (WAL, two
        # connections at once), not SQLite's in-memory default.
        DATABASES["default"]["TEST"] = {
            "NAME": str(Path(tempfile.gettempdir()) / f"newsroom-test-{os.getpid()}.sqlite3")
        }
        # A throw-away file: no need to survive a power cut.
        DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The public site speaks English and Hindi (locale/hi/LC_MESSAGES/django.po): the browser's
# Accept-Language chooses, and the language switch in the header (a cookie) overrides it.
LANGUAGES = [("en", "English"), ("hi", "हिन्दी")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Where collectstatic puts the files whitenoise serves in production.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
# Developing and testing, whitenoise looks files up per request (no
# collectstatic needed); in production it serves the collected, hashed files.
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
STATICFILES_DIRS = [BASE_DIR / "newsroom" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed names in production; plain names while developing
        # and testing, where no collectstatic manifest exists.
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

LOGIN_URL = "admin:login"

TAGGIT_CASE_INSENSITIVE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Downloads (CSV, the JSON of entity pages) anonymous clients may run at once,
# site-wide, and where the lock files that count them live (see newsroom/downloads.py).
NEWSROOM_DOWNLOAD_SLOTS = env_int("NEWSROOM_DOWNLOAD_SLOTS", 1)
NEWSROOM_LOCK_DIR = Path(os.environ.get("NEWSROOM_LOCK_DIR") or VAR_DIR / "locks")
if TESTING:  # a run of the suite counts its own downloads
    NEWSROOM_LOCK_DIR = Path(tempfile.gettempdir()) / f"newsroom-test-locks-{os.getpid()}"

# Extraction: the country an article means when it names a national office or
# body without saying whose ("the Defence Minister", "रक्षा मंत्रालय"), as a
# newspaper writes of its own country. ISO 3166-1 code of a country in the
# gazetteer; empty for none.
NEWSROOM_HOME_COUNTRY = os.environ.get("NEWSROOM_HOME_COUNTRY", "IN")
