"""Settings shared by every environment. Values come from the environment;
nothing secret and no DEBUG here (see dev.py, test.py, production.py)."""

from pathlib import Path

import environ
from celery.schedules import crontab

from .database import with_sqlite_concurrency
from .languages import (
    ADMIN_LANGUAGES,
    CONTENT_LANGUAGES,
    INTERFACE_LANGUAGES,  # noqa: F401 (read as settings.INTERFACE_LANGUAGES)
    RTL_LANGUAGES,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "resources",
    "volunteers.outbox",
    "volunteers.volunteers",
    "volunteers.participants",
    "volunteers.matching",
    "volunteers.reports",
    "volunteers.privacy",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtailmedia",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.untranslated.UntranslatedPageFallbackMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded first-run default; CI and production set DATABASE_URL
# to PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
with_sqlite_concurrency(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Internationalisation: Finnish first. Every content language is routable (/ar/…) and
# LocaleMiddleware activates it from the prefix, so the interface follows the content.
LANGUAGE_CODE = "fi"
LANGUAGES = CONTENT_LANGUAGES
LANGUAGES_BIDI = RTL_LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = CONTENT_LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in CONTENT_LANGUAGES if code in ADMIN_LANGUAGES
]

# Audio recordings for chapters and key phrases (wagtailmedia): audio files only, so
# editors are not offered video uploads that no page shows.
WAGTAILMEDIA = {"AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "oga", "wav"]}

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Tukiverkko"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents always pass Wagtail's privacy checks
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "txt", "mp3", "m4a", "ogg"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# The privacy notice participants and volunteers consent under; consents record it.
PRIVACY_NOTICE_VERSION = "2026-01"

# Email
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Tukiverkko <noreply@tukiverkko.invalid>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery on Redis. Without REDIS_URL (the first run) tasks run in-process so the
# site works with nothing but Python; with it a real worker consumes them.
REDIS_URL = env.str("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True  # tasks are idempotent; redeliver if a worker dies mid-task
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Must exceed the longest task (matching at 5,000×5,000 is ~20 s), or Redis
# redelivers a task that is still running.
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=15 * 60)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT + 5 * 60}
CELERY_RESULT_EXPIRES = 24 * 60 * 60
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Health check: how long /healthz waits for the broker before calling it down.
HEALTHCHECK_BROKER_TIMEOUT = 2.0

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Wagtail and django-tasks log every page save and background task at INFO;
    # that drowns out what operators need to see.
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Caches: the default is per-process memory, which is enough for one process. The
# sign-up rate limit counts in the cache, so a production site with several
# processes should point CACHE_URL at a shared cache (e.g. redis://host:6379/2, a
# different Redis database from the broker).
if env.str("CACHE_URL", default=""):
    CACHES = {"default": env.cache("CACHE_URL")}

# Volunteers: sign-up and screening.
PRIVACY_NOTICE_VERSION = env.str("PRIVACY_NOTICE_VERSION", default="2026-01")
# An unconfirmed sign-up is deleted this many days after it was made.
SIGNUP_CONFIRMATION_DAYS = env.int("SIGNUP_CONFIRMATION_DAYS", default=7)
# Sign-up POSTs per client IP (django-ratelimit syntax); empty turns the limit off.
SIGNUP_RATELIMIT = env.str("SIGNUP_RATELIMIT", default="10/h") or None
# Requirements with an end date remind coordinators this many days before it.
REQUIREMENT_REMINDER_DAYS = env.int("REQUIREMENT_REMINDER_DAYS", default=30)

# Retention (GDPR): a participant's data is anonymised this many months after her
# exit date, a volunteer's this many months after she withdrew or was rejected.
PARTICIPANT_RETENTION_MONTHS = env.int("PARTICIPANT_RETENTION_MONTHS", default=24)
VOLUNTEER_RETENTION_MONTHS = env.int("VOLUNTEER_RETENTION_MONTHS", default=12)

CELERY_BEAT_SCHEDULE = {
    "expire-unconfirmed-signups": {
        "task": "volunteers.tasks.expire_unconfirmed_signups_task",
        "schedule": 60 * 60,  # hourly: a sign-up never outlives its limit by much
    },
    "requirement-expiry-reminders": {
        "task": "volunteers.tasks.requirement_expiry_reminders_task",
        "schedule": 24 * 60 * 60,
    },
    # Match follow-up. Exactly one `celery -A cms beat` runs; the jobs are idempotent
    # anyway (FollowUpAlert rows), so a second run of the same day sends nothing.
    "match-followups": {
        "task": "volunteers.tasks.match_followups_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # Retention (volunteers/privacy/retention.py): anonymises whoever is past her period.
    "privacy-retention": {
        "task": "privacy.tasks.apply_retention_task",
        "schedule": crontab(hour=3, minute=15),
    },
    "weekly-digest": {
        "task": "volunteers.tasks.weekly_digest_task",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
}


# Matching: automatic triggers (a volunteer approved, a participant matchable) wait
# this long so that a burst of them leads to one run.
MATCHING_DEBOUNCE_SECONDS = env.int("MATCHING_DEBOUNCE_SECONDS", default=30)
