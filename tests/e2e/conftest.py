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


@pytest.fixture
def demo_site(transactional_db):
    """The demo data in the live server's database."""
    from home import demo

    return demo.load()


def log_in(page, base_url, username, password, language_prefix=""):
    page.goto(f"{base_url}{language_prefix}/accounts/login/")
    page.get_by_label("Username" if language_prefix == "/en" else "Käyttäjätunnus").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
