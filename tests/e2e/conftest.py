"""Browser tests: Playwright drives the system Chromium (never a downloaded one)."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; the Django ORM calls the
# tests make between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def playwright_instance():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture
def browser_page(playwright_instance, tmp_path):
    """A page in a fresh Chromium profile (its own user-data dir) at desktop size."""
    context = playwright_instance.chromium.launch_persistent_context(
        user_data_dir=str(tmp_path / "chromium-profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport=DESKTOP,
    )
    context.set_default_timeout(15_000)
    page = context.pages[0] if context.pages else context.new_page()
    yield page
    context.close()


# demo.load() builds a few hundred pages and is the slowest setup in the suite, so each
# test process (each xdist worker) loads it once and keeps a copy of every table in a
# schema of its own test database; later tests get the same rows copied back.
SNAPSHOT_SCHEMA = "demo_snapshot"
_demo_logins = []


def _model_tables(connection):
    # Quoted names from Django's own introspection: safe to put into SQL.
    names = connection.introspection.django_table_names(only_existing=True)
    return [connection.ops.quote_name(name) for name in sorted(names)]


def _take_snapshot(connection, tables):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}")
        for table in tables:
            cursor.execute(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{table} AS TABLE public.{table}")


def _restore_snapshot(connection, tables):
    """Every model table holds exactly the rows it held right after demo.load()."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.core.management.color import no_style
    from django.db import transaction

    everything = ", ".join(f"public.{table}" for table in tables)
    with transaction.atomic(), connection.cursor() as cursor:
        # Django's foreign keys are deferrable, so the tables can be filled in any order.
        cursor.execute(f"TRUNCATE {everything}")
        for table in tables:
            cursor.execute(f"INSERT INTO public.{table} SELECT * FROM {SNAPSHOT_SCHEMA}.{table}")  # noqa: S608
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(sql)
    # The flush after the previous test re-created the content types with other ids, and
    # the cache (Wagtail's site root paths among others) may describe the old rows.
    ContentType.objects.clear_cache()
    cache.clear()


@pytest.fixture
def demo_site(transactional_db):
    """The demo data in the live server's database; returns the demo logins."""
    from django.db import connection

    tables = _model_tables(connection)
    if connection.vendor != "postgresql":
        from home import demo

        return demo.load()
    if not _demo_logins:
        from home import demo

        logins = demo.load()
        _take_snapshot(connection, tables)
        _demo_logins.extend(logins)
    else:
        _restore_snapshot(connection, tables)
    return list(_demo_logins)


def log_in(page, base_url, username, password, language_prefix=""):
    page.goto(f"{base_url}{language_prefix}/accounts/login/")
    page.get_by_label("Username" if language_prefix == "/en" else "Käyttäjätunnus").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
