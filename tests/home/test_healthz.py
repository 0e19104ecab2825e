import json

import pytest

from cms.settings.caches import redis_cache

pytestmark = pytest.mark.django_db


def test_healthz_ok_when_database_and_broker_answer(client, settings):
    if not settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "broker": "ok",
        "cache": "in-process",  # the tests' cache: this process's memory
    }


def test_healthz_ok_when_the_redis_cache_answers(client, settings):
    settings.CACHES = {"default": redis_cache(settings.REDIS_URL)}
    body = json.loads(client.get("/healthz").content)
    assert (body["status"], body["cache"]) == ("ok", "ok")


def test_healthz_says_the_cache_is_down_and_the_site_still_serves(client, settings):
    # The cache holds only what can be computed again: without it the site is slower,
    # not down (tests/home/test_cache_outage.py), so a load balancer keeps sending.
    settings.CACHES = {"default": redis_cache("redis://127.0.0.1:1/0")}
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["cache"] == "unavailable"
    assert body["status"] == "degraded"


def test_healthz_503_when_redis_is_unreachable(client, settings):
    # Port 1 on loopback: nothing listens there, so the connection is refused at once.
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["broker"] == "unavailable"


def test_healthz_reveals_no_secrets_or_versions(client, settings):
    settings.REDIS_URL = "redis://:hunter2@127.0.0.1:1/0"
    body = client.get("/healthz").content.decode()
    assert set(json.loads(body)) == {"status", "database", "broker", "cache"}
    assert "hunter2" not in body
    assert "127.0.0.1" not in body


def test_healthz_in_process_broker_is_healthy_on_first_run(client, settings):
    settings.REDIS_URL = ""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content)["broker"] == "in-process"


def test_healthz_says_a_cache_it_cannot_check_is_not_checked(client, settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        }
    }
    body = json.loads(client.get("/healthz").content)
    assert (body["status"], body["cache"]) == ("ok", "not checked")
