"""Settings shared by every environment. Values come from the environment;
nothing secret and no DEBUG here (see dev.py, test.py, production.py)."""

from pathlib import Path

import environ
from celery.schedules import crontab
from kombu import Queue

from .caches import redis_cache
from .database import with_connection_health_checks, with_sqlite_concurrency
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
    "cms.accounts",
    "volunteers.outbox",
    "volunteers.volunteers",
    "volunteers.participants",
    "volunteers.matching",
    "volunteers.outreach",
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
    # Two-step verification (TOTP apps and one-time recovery codes) and login lockout.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # One answer per request for the locale and view restrictions (resources/request_memo.py).
    "resources.request_memo.RequestMemoMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): has this session passed the second step?
    "django_otp.middleware.OTPMiddleware",
    # Staff sessions end after 30 idle minutes or 12 hours (cms/accounts/sessions.py).
    "cms.accounts.sessions.StaffSessionMiddleware",
    # Staff who must use two-step verification pass it before any other page.
    "cms.accounts.mfa.TwoStepRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Anonymous visitors' public pages from the cache (resources/page_cache.py). After
    # the language is known; before the middleware whose headers it stores with a page.
    "resources.page_cache.AnonymousPageCacheMiddleware",
    # The site, root pages, locales, contact settings and the page's route of a public
    # page in one query each for the lot (home/site_context.py); after the page cache,
    # whose hits need none of it.
    "home.site_context.SiteContextMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.untranslated.UntranslatedPageFallbackMiddleware",
    # Last: turns a locked-out login attempt into the translated lockout page.
    "axes.middleware.AxesMiddleware",
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
# A kept-alive connection is checked before each request reuses it, so a database
# restart costs no request a 500 (cms/settings/database.py).
with_connection_health_checks(DATABASES["default"])
with_sqlite_concurrency(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Axes first: it refuses a locked-out account or address before any password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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
# locale/: the project's own strings (`make messages` keeps it in step with the code).
# locale_overrides/: Finnish and Swedish for Wagtail, wagtail-localize and wagtailmedia
# strings that have none upstream (django.po and, for the admin's JavaScript,
# djangojs.po). makemessages never writes there: it files every string under the
# first path. The first path wins where both translate a msgid.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
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
# Uploaded media (images, documents, audio): the local folder MEDIA_ROOT by default
# (one machine, the first run); MEDIA_STORAGE=s3 puts them on S3-compatible object
# storage (django-storages), so every app server and worker sees the same files.
MEDIA_STORAGE = env.str("MEDIA_STORAGE", default="filesystem")
if MEDIA_STORAGE == "s3":
    MEDIA_STORAGE_BACKEND = {
        "BACKEND": "storages.backends.s3.S3Storage",
        # The keys come from the environment as boto3 reads them (AWS_ACCESS_KEY_ID,
        # AWS_SECRET_ACCESS_KEY); they are never written here.
        "OPTIONS": {
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            # Links to public media (images, audio). The pages' Content-Security-Policy
            # allows them only from the site itself, so in production nginx passes
            # the public folders of /media/ on to the bucket (docs/deploy) and
            # AWS_S3_CUSTOM_DOMAIN is the site's host + "/media": plain links. Without
            # it, links are signed and expiring, to the bucket's own address.
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "url_protocol": env.str("AWS_S3_URL_PROTOCOL", default="https:"),
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
            "file_overwrite": False,  # two uploads of one name never replace each other
            "default_acl": None,  # objects stay private; the bucket's policy decides
        },
    }
    # Documents still pass Wagtail's privacy checks: WAGTAILDOCS_SERVE_METHOD
    # ("serve_view", below) streams them through the app, never a link to the bucket.
elif MEDIA_STORAGE == "filesystem":
    MEDIA_STORAGE_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise ValueError(f"MEDIA_STORAGE must be 'filesystem' or 's3', not {MEDIA_STORAGE!r}")
STORAGES = {
    "default": MEDIA_STORAGE_BACKEND,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Content-Security-Policy (django-csp, cms/headers.py). Public pages: scripts,
# styles, images, fonts and audio from this site only; video players only in frames.
# Style attributes (bar widths in the reports, progress bars) need 'unsafe-inline'
# for styles, which cannot run code; scripts never get it on the public site.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *VIDEO_PLAYER_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Under /admin/ these replace the public directives: Wagtail's admin writes inline
# scripts (widgets, panels, wagtail-localize's editor), shows uploads as blob: images
# and previews pages in its own frames.
CSP_ADMIN_PREFIX = "/admin/"
CSP_ADMIN_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "frame-ancestors": ["'self'"],
}
# Permissions-Policy (django-permissions-policy): nothing here uses the camera,
# microphone, location or payments; embedded video players may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *VIDEO_PLAYER_ORIGINS],
    "fullscreen": ["self", *VIDEO_PLAYER_ORIGINS],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *VIDEO_PLAYER_ORIGINS],
    "usb": [],
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
# No staff email hashes sent to gravatar.com (and no third-party image in the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# The privacy notice participants and volunteers consent under; consents record it.
PRIVACY_NOTICE_VERSION = "2026-01"

# Email
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# Django's file backend (EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend)
# writes each message into this folder: for demos, worker tests and `make scale-check`,
# which counts what every worker sent.
if env.str("EMAIL_FILE_PATH", default=""):
    EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH")
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Tukiverkko <noreply@tukiverkko.invalid>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# SMS (volunteers/outbox/sms/): the console backend prints messages and sends none.
SMS_BACKEND = env.str("SMS_BACKEND", default="volunteers.outbox.sms.console.SmsBackend")
SMS_FILE_PATH = env.str("SMS_FILE_PATH", default=str(BASE_DIR / "var" / "sms"))
SMS_HTTP_URL = env.str("SMS_HTTP_URL", default="https://gatewayapi.eu/rest/mtsms")
SMS_HTTP_TOKEN = env.str("SMS_HTTP_TOKEN", default="")
SMS_HTTP_TIMEOUT = env.float("SMS_HTTP_TIMEOUT", default=10.0)
# The sender name shown on the phone: at most 11 letters or digits.
SMS_SENDER = env.str("SMS_SENDER", default="Tukiverkko")

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
# No task's return value is ever read. Asking the Redis result store to follow one
# makes every enqueue hang for 20 s and then fail while Redis is down.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Two queues: matching runs (seconds to minutes each) on their own, so a long run
# never holds up sign-up confirmations and other emails. A worker started without
# -Q consumes both (make run, make worker, the tests); production runs one worker
# per queue (`-Q celery` and `-Q matching`, README "Deployment").
CELERY_TASK_DEFAULT_QUEUE = "celery"
MATCHING_QUEUE = "matching"
CELERY_TASK_QUEUES = (Queue(CELERY_TASK_DEFAULT_QUEUE), Queue(MATCHING_QUEUE))
CELERY_TASK_ROUTES = {"volunteers.tasks.run_matching_task": {"queue": MATCHING_QUEUE}}

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
        # Axes logs every successful login at INFO; failures and lockouts are WARNING.
        "axes": {"level": "WARNING"},
    },
}

# Caches: the sign-up rate limit counts in the cache, so every process must share
# it. CACHE_URL names a cache explicitly; otherwise the Redis the broker uses (its
# keys carry a prefix of their own); with neither, per-process memory (one process).
# A Redis cache answers a miss while its Redis is down (cms/settings/caches.py).
CACHE_URL = env.str("CACHE_URL", default="")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": redis_cache(CACHE_URL)}
elif CACHE_URL:
    CACHES = {"default": env.cache("CACHE_URL")}
elif REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL)}

# Page cache warming (resources/page_cache_warming.py): after a change moves the page
# cache's generation, a background task renders the public pages again, so the first
# visitor of each gets a stored copy. PAGE_CACHE_WARM_DELAY seconds after the change
# (a burst of saves then warms once), at most PAGE_CACHE_WARM_LIMIT pages a site,
# shallowest first, plus the views named in PAGE_CACHE_WARM_VIEWS in each language.
# Off by default without REDIS_URL: tasks then run in-process, inside the editor's
# publish request (a countdown is ignored), so every publish would wait for hundreds
# of renders, for a cache that only the one process shares anyway.
PAGE_CACHE_WARM = env.bool("PAGE_CACHE_WARM", default=bool(REDIS_URL))
PAGE_CACHE_WARM_DELAY = env.float("PAGE_CACHE_WARM_DELAY", default=5.0)
PAGE_CACHE_WARM_LIMIT = env.int("PAGE_CACHE_WARM_LIMIT", default=200)
PAGE_CACHE_WARM_VIEWS = ["volunteers:sign_up"]

# The release of the code running (a deploy may set the commit): part of the page
# cache's keys. Unset, a digest of the project's files (resources/code_release.py).
RELEASE = env.str("RELEASE", default="")

# Reverse proxies in front of the site that append the client's address to
# X-Forwarded-For. 0 (the default): the address is the connection's own (REMOTE_ADDR)
# and X-Forwarded-For is ignored, since anyone can send it. Behind nginx or a load
# balancer, set it to the number of such proxies; the sign-up rate limit and the
# login lockout then count per real client (cms/accounts/client_ip.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
RATELIMIT_IP_META_KEY = "cms.accounts.client_ip.client_ip"

# Staff accounts (cms/accounts). Two-step verification (TOTP) is required for the
# groups that see personal data (cms/roles.py MFA_REQUIRED_GROUPS) and superusers.
MFA_REQUIRED = env.bool("MFA_REQUIRED", default=True)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Sessions: staff (anyone who may open the admin) are logged out after this many idle
# seconds and this long after logging in, whatever they do; volunteers keep
# SESSION_COOKIE_AGE (14 days) from their last visit.
STAFF_SESSION_IDLE_SECONDS = env.int("STAFF_SESSION_IDLE_SECONDS", default=30 * 60)
STAFF_SESSION_MAX_SECONDS = env.int("STAFF_SESSION_MAX_SECONDS", default=12 * 60 * 60)
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60
# Login lockout (django-axes, counted in the database so every process agrees): an
# account, or an address, with AXES_FAILURE_LIMIT failed logins is locked for
# AXES_COOLOFF_HOURS or until a coordinator unlocks it (Settings > Locked logins).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.accounts.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Wagtail's admin login names its field "username" like Django's.
AXES_USERNAME_FORM_FIELD = "username"

# Volunteers: sign-up and screening.
PRIVACY_NOTICE_VERSION = env.str("PRIVACY_NOTICE_VERSION", default="2026-01")
# An unconfirmed sign-up is deleted this many days after it was made.
SIGNUP_CONFIRMATION_DAYS = env.int("SIGNUP_CONFIRMATION_DAYS", default=7)
# A sign-up answers no sooner than this many seconds, whether the address was new or
# known, so the time taken does not tell which (volunteers/volunteers/views/signup.py).
SIGNUP_MIN_SECONDS = env.float("SIGNUP_MIN_SECONDS", default=0.5)
# Sign-up POSTs per client IP (django-ratelimit syntax); empty turns the limit off.
SIGNUP_RATELIMIT = env.str("SIGNUP_RATELIMIT", default="10/h") or None
# The counts live in the cache: while its Redis is down nothing is counted, and a
# sign-up is let through rather than refused (a refused sign-up is a lost volunteer).
RATELIMIT_FAIL_OPEN = True
# Requirements with an end date remind coordinators this many days before it.
REQUIREMENT_REMINDER_DAYS = env.int("REQUIREMENT_REMINDER_DAYS", default=30)

# Nothing is lost when Redis is down: emails and matching runs are rows first, and
# the dispatcher (beat, every DISPATCH_INTERVAL_SECONDS, and at each worker start)
# hands over what is still waiting (cms/celery.py).
DISPATCH_INTERVAL_SECONDS = env.float("DISPATCH_INTERVAL_SECONDS", default=60)
# A queued email handed to the broker this long ago and still not sent is handed over
# again (the broker lost it); the send task never sends one twice.
OUTBOX_REDISPATCH_SECONDS = env.int("OUTBOX_REDISPATCH_SECONDS", default=10 * 60)

# Retention (GDPR): a participant's data is anonymised this many months after her
# exit date, a volunteer's this many months after she withdrew or was rejected.
PARTICIPANT_RETENTION_MONTHS = env.int("PARTICIPANT_RETENTION_MONTHS", default=24)
VOLUNTEER_RETENTION_MONTHS = env.int("VOLUNTEER_RETENTION_MONTHS", default=12)

CELERY_BEAT_SCHEDULE = {
    "dispatch-pending-work": {
        "task": "cms.dispatch_pending_work_task",
        "schedule": DISPATCH_INTERVAL_SECONDS,
    },
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
    # Match health check-ins (volunteers/matching/checkins.py): idempotent per check-in.
    "match-checkins": {
        "task": "volunteers.matching.open_checkins_task",
        "schedule": crontab(hour=7, minute=15),
    },
    # The day before a meeting: reminders to the registered mothers (idempotent).
    "meeting-reminders": {
        "task": "volunteers.participants.send_meeting_reminders_task",
        "schedule": crontab(hour=12, minute=0),
    },
    # Retention (volunteers/privacy/retention.py): anonymises whoever is past her period.
    "privacy-retention": {
        "task": "privacy.tasks.apply_retention_task",
        "schedule": crontab(hour=3, minute=15),
    },
    # Outreach contacts that did not lead to enrolment, past the coordinators' period.
    "outreach-retention": {
        "task": "outreach.tasks.apply_outreach_retention_task",
        "schedule": crontab(hour=3, minute=30),
    },
    # The volunteer's answer to a proposed match: half-time reminder, then the
    # deadline (volunteers/matching/proposals.py). Idempotent.
    "match-answer-deadlines": {
        "task": "volunteers.tasks.match_answer_deadlines_task",
        "schedule": 60 * 60,
    },
    "weekly-digest": {
        "task": "volunteers.tasks.weekly_digest_task",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
}


# A match approved by a coordinator waits this many days for the volunteer's answer;
# she is reminded at half time, and no answer by then counts as a decline.
MATCH_ANSWER_DAYS = env.int("MATCH_ANSWER_DAYS", default=7)

# Matching: automatic triggers (a volunteer approved, a participant matchable) wait
# this long so that a burst of them leads to one run.
MATCHING_DEBOUNCE_SECONDS = env.int("MATCHING_DEBOUNCE_SECONDS", default=30)
# A queued run handed to the broker this long ago and not started is handed over again.
MATCHING_REDISPATCH_SECONDS = env.int("MATCHING_REDISPATCH_SECONDS", default=5 * 60)
# A running run touches its heartbeat this often; one silent for MATCHING_STALE_SECONDS
# lost its worker and is queued again by the dispatcher (long before Redis's
# visibility timeout would redeliver it).
MATCHING_HEARTBEAT_SECONDS = env.float("MATCHING_HEARTBEAT_SECONDS", default=15)
MATCHING_STALE_SECONDS = env.int("MATCHING_STALE_SECONDS", default=2 * 60)
