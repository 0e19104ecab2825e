"""Tests: PostgreSQL and Redis when DATABASE_URL / REDIS_URL say so (make test and CI
do); fast password hashing; mail kept in memory unless a worker test needs a file."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
DEMO_DATA_ALLOWED = True
# Fault-injection for the worker-crash test: the matching task sleeps this long after
# loading its input, so a test can kill the worker mid-run. Never set in real use.
MATCHING_PAUSE_AFTER_LOAD = env.float("MATCHING_PAUSE_AFTER_LOAD", default=0.0)
