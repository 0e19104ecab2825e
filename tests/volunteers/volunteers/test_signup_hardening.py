"""Sign-up hardening: no timing or email-count leak of a known address, a confirm
button instead of confirming on GET, a rate limit shared by every process that
believes X-Forwarded-For only behind a trusted proxy."""

import os
import subprocess
import sys
import time
import uuid
from datetime import timedelta

import pytest
import redis
from django.conf import settings as django_settings
from django.core.cache import cache
from django.urls import reverse
from freezegun import freeze_time

from cms.settings.caches import redis_cache as redis_cache_settings
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers.models import Volunteer, VolunteerStatus

from .signup_data import valid_signup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_unlimited")]
URL = "/en/volunteer/sign-up/"


def _timed_post(client, data):
    started = time.monotonic()
    response = client.post(URL, data)
    return response, time.monotonic() - started


def test_a_known_address_takes_as_long_as_a_new_one(client, home_page, kemi, settings):
    settings.SIGNUP_MIN_SECONDS = 0.6
    new, new_time = _timed_post(client, valid_signup(kemi))
    Volunteer.objects.update(status=VolunteerStatus.APPROVED)
    known, known_time = _timed_post(client, valid_signup(kemi))
    assert new.status_code == known.status_code == 302
    assert new.url == known.url
    # Both wait for the same floor, far above the work either does.
    assert new_time >= 0.6
    assert known_time >= 0.6
    assert OutgoingEmail.objects.filter(purpose="signup-duplicate").count() == 1


def test_an_unconfirmed_address_gets_at_most_one_email_an_hour(client, home_page, kemi):
    with freeze_time("2026-03-02 09:00:00", tick=True) as clock:
        for _ in range(4):
            assert client.post(URL, valid_signup(kemi)).status_code == 302
        assert OutgoingEmail.objects.filter(to="aijala@example.org").count() == 1
        clock.tick(timedelta(minutes=61))
        client.post(URL, valid_signup(kemi))
        client.post(URL, valid_signup(kemi))
        assert OutgoingEmail.objects.filter(to="aijala@example.org").count() == 2
    assert Volunteer.objects.count() == 1


def test_a_known_confirmed_address_is_told_at_most_once_an_hour(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    Volunteer.objects.update(status=VolunteerStatus.CONFIRMED)
    for _ in range(3):
        client.post(URL, valid_signup(kemi))
    assert OutgoingEmail.objects.filter(purpose="signup-duplicate").count() == 1


def test_opening_the_confirmation_link_does_not_confirm(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    volunteer = Volunteer.objects.get()
    url = reverse("volunteers:confirm", args=[volunteer.confirmation_token])
    page = client.get(url)  # what a mail scanner does
    assert page.status_code == 200
    assert 'method="post"' in page.text
    assert "<button" in page.text
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.SUBMITTED


def test_the_confirm_button_confirms_once(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    volunteer = Volunteer.objects.get()
    url = reverse("volunteers:confirm", args=[volunteer.confirmation_token])
    assert client.post(url).status_code == 200
    assert client.post(url).status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.CONFIRMED
    assert [(e.from_status, e.to_status) for e in volunteer.status_events.all()] == [
        ("submitted", "confirmed")
    ]


def test_an_unknown_token_is_not_found_for_the_button_either(client, home_page):
    assert client.post("/volunteer/sign-up/confirm/nope/").status_code == 404


def test_the_confirm_page_is_translated(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    token = Volunteer.objects.get().confirmation_token
    assert "Vahvista" in client.get(f"/volunteer/sign-up/confirm/{token}/").text
    assert "تأكيد" in client.get(f"/ar/volunteer/sign-up/confirm/{token}/").text


@pytest.mark.parametrize(
    ("cache_url", "location"),
    [("", "redis://127.0.0.1:6379/5"), ("redis://127.0.0.1:6379/2", "redis://127.0.0.1:6379/2")],
)
def test_with_redis_configured_the_site_caches_in_redis(cache_url, location):
    """Without CACHE_URL the shared cache is the Redis of REDIS_URL, so the sign-up
    limit counts the same in every web process; with a Redis CACHE_URL, that one. Both
    answer a miss while that Redis is down (tests/home/test_cache_outage.py)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/5",
        "CACHE_URL": cache_url,
    }
    code = (
        "from django.conf import settings; c = settings.CACHES['default']; "
        "print(c['BACKEND'], c['LOCATION'], c['OPTIONS']['IGNORE_EXCEPTIONS'])"
    )
    out = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["django_redis.cache.RedisCache", location, "True"]


@pytest.fixture
def redis_cache(settings):
    if not django_settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")
    prefix = f"test-signup-{uuid.uuid4().hex[:8]}"
    settings.CACHES = {
        "default": {**redis_cache_settings(django_settings.REDIS_URL), "KEY_PREFIX": prefix}
    }
    yield prefix
    cache.clear()


def test_the_rate_limit_counts_in_the_shared_cache(client, home_page, kemi, settings, redis_cache):
    settings.SIGNUP_RATELIMIT = "2/h"
    for n in range(2):
        assert client.post(URL, valid_signup(kemi, email=f"p{n}@example.org")).status_code == 302
    # Another process sees the same counter: it lives in Redis, not in this process.
    keys = redis.Redis.from_url(django_settings.REDIS_URL).keys(f"{redis_cache}:*")
    assert keys
    assert client.post(URL, valid_signup(kemi, email="x@example.org")).status_code == 429


def test_a_forged_forwarded_for_does_not_dodge_the_limit(client, home_page, kemi, settings):
    settings.SIGNUP_RATELIMIT = "2/h"
    settings.TRUSTED_PROXY_COUNT = 0
    cache.clear()
    for n in range(2):
        client.post(
            URL,
            valid_signup(kemi, email=f"p{n}@example.org"),
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )
    response = client.post(
        URL, valid_signup(kemi, email="x@example.org"), HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert response.status_code == 429
    cache.clear()


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(client, home_page, kemi, settings):
    settings.SIGNUP_RATELIMIT = "2/h"
    settings.TRUSTED_PROXY_COUNT = 1
    cache.clear()
    for n in range(2):
        client.post(
            URL, valid_signup(kemi, email=f"p{n}@example.org"), HTTP_X_FORWARDED_FOR="203.0.113.1"
        )
    response = client.post(
        URL, valid_signup(kemi, email="x@example.org"), HTTP_X_FORWARDED_FOR="203.0.113.2"
    )
    assert response.status_code == 302
    cache.clear()
