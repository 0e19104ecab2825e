"""Tests: PostgreSQL and Redis when DATABASE_URL / REDIS_URL say so (make test and CI
do); fast password hashing; mail kept in memory unless a worker test needs a file."""

import os

from .base import *  # noqa: F403
from .base import CELERY_BROKER_TRANSPORT_OPTIONS, REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
# A worker subprocess cannot share locmem mail: its tests use the file backend
# (EMAIL_FILE_PATH, read in base).
SMS_BACKEND = env.str("SMS_BACKEND", default="volunteers.outbox.sms.locmem.SmsBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
DEMO_DATA_ALLOWED = True

# pytest-xdist runs the suite in several processes (gw0, gw1, ...) against one Redis
# database. Each process's broker queues, results and control messages get their own
# key prefix, so one process's app.control.purge() or worker never takes another's
# tasks. A worker subprocess started by a test inherits PYTEST_XDIST_WORKER and so
# the same prefix. (The cache and the rate-limit counters stay per-process memory.)
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and XDIST_WORKER:
    REDIS_KEY_PREFIX = f"tukiverkko-test-{XDIST_WORKER}:"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "global_keyprefix": REDIS_KEY_PREFIX,
    }
    CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"global_keyprefix": REDIS_KEY_PREFIX}

# Per-process memory cache even when REDIS_URL is set: the tests' sign-ups all come
# from 127.0.0.1, and a cache shared by every test process would make one test's
# sign-ups count against another's rate limit. (tests/accounts test the shared one.)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Warming the page cache would queue a task on every page save of every test; the
# tests of warming (tests/resources/test_page_cache_warming*.py) turn it on.
PAGE_CACHE_WARM = False

# Most tests log staff in with force_login and no second step; the tests of
# two-step verification (tests/accounts/test_mfa.py) turn it on.
MFA_REQUIRED = False

# The sign-up's constant-time floor would add half a second to every sign-up test;
# tests/volunteers/volunteers/test_signup_hardening.py sets it where it is the subject.
SIGNUP_MIN_SECONDS = 0
