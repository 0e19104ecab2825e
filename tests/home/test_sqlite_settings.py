"""The first-run SQLite database: WAL mode and a busy timeout, so that autosave and a
request writing at the same moment wait for each other instead of answering 500
"database is locked"."""

import environ
from django.db.backends.sqlite3.base import DatabaseWrapper

from cms.settings.database import with_sqlite_concurrency


def connect(path):
    settings = with_sqlite_concurrency(environ.Env.db_url_config(f"sqlite:///{path}"))
    settings.update(
        {"ATOMIC_REQUESTS": False, "AUTOCOMMIT": True, "CONN_MAX_AGE": 0, "TIME_ZONE": None}
    )
    settings.setdefault("CONN_HEALTH_CHECKS", False)
    wrapper = DatabaseWrapper(settings, alias="sqlite-check")
    wrapper.ensure_connection()
    return wrapper


def pragma(wrapper, name):
    with wrapper.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():
        wrapper = connect(tmp_path / "db.sqlite3")
        check(wrapper)


def check(wrapper):
    assert pragma(wrapper, "journal_mode") == "wal"
    assert pragma(wrapper, "busy_timeout") >= 20000
    wrapper.close()


def test_postgresql_settings_are_left_alone():
    database = {"ENGINE": "django.db.backends.postgresql", "NAME": "x"}
    assert with_sqlite_concurrency(dict(database)) == database
