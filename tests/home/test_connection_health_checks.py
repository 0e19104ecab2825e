"""Kept-alive database connections are health-checked (no 500 after a restart)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.settings.database import with_connection_health_checks

BASE_DIR = Path(__file__).resolve().parents[2]


def _database_settings(module: str, **env) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default'], default=str))"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": module, "SECRET_KEY": "x", **env}
    environment.setdefault("ALLOWED_HOSTS", "example.org")
    out = subprocess.run(  # noqa: S603 (our own interpreter running the constant code above)
        [sys.executable, "-c", code], cwd=BASE_DIR, env=environment, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", ["cms.settings.production", "cms.settings.dev"])
def test_connections_kept_alive_are_health_checked(module):
    database = _database_settings(module, CONN_MAX_AGE="60")
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True


def test_a_connection_age_in_the_database_url_is_health_checked_too():
    url = os.environ.get("DATABASE_URL", "postgres://u@localhost:5432/d")
    separator = "&" if "?" in url else "?"
    database = _database_settings(
        "cms.settings.production", DATABASE_URL=f"{url}{separator}conn_max_age=600"
    )
    assert database["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize("age", [60, None])
def test_health_checks_follow_any_kept_connection(age):
    assert with_connection_health_checks({"CONN_MAX_AGE": age})["CONN_HEALTH_CHECKS"] is True
    assert "CONN_HEALTH_CHECKS" not in with_connection_health_checks({"CONN_MAX_AGE": 0})
