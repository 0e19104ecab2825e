"""Guide chapters and theme packages in the browser: accessible in Finnish and Arabic
(right-to-left), at desktop width and at 375 px."""

import pytest

from tests.a11y import assert_accessible
from tests.e2e.conftest import DESKTOP, MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CHAPTER = "/oppaat/kotoudu-kotona/terveys-ja-neuvola/"
PACKAGE = "/teemamateriaalit/perheen-raha-arki/"
LANGUAGES = [("", "fi", "ltr"), ("/ar", "ar", "rtl")]
SIZES = [pytest.param(DESKTOP, id="desktop"), pytest.param(MOBILE, id="375px")]


def check_page(page, expected_language, expected_direction):
    html = page.locator("html")
    assert html.get_attribute("lang") == expected_language
    assert html.get_attribute("dir") == expected_direction
    assert_accessible(page)


@pytest.mark.parametrize(("prefix", "language", "direction"), LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_guide_chapter_is_accessible(
    browser_page, live_server, demo_site, prefix, language, direction, size
):
    page = browser_page
    page.set_viewport_size(size)
    page.goto(f"{live_server.url}{prefix}{CHAPTER}")
    assert page.locator("nav.toc [aria-current=page]").count() == 1
    assert page.locator("a[rel=next]").count() == 1
    check_page(page, language, direction)


@pytest.mark.parametrize(("prefix", "language", "direction"), LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_theme_package_is_accessible(
    browser_page, live_server, demo_site, prefix, language, direction, size
):
    passwords = {name: password for name, password, _role in demo_site}
    page = browser_page
    page.set_viewport_size(size)
    log_in(page, live_server.url, "partner", passwords["partner"], language_prefix="/en")
    page.goto(f"{live_server.url}{prefix}{PACKAGE}")
    assert page.locator("table.agenda tbody tr").count() >= 3
    check_page(page, language, direction)


def test_language_switcher_leads_from_finnish_to_the_arabic_chapter(
    browser_page, live_server, demo_site
):
    page = browser_page
    page.goto(f"{live_server.url}{CHAPTER}")
    page.locator(".language-switcher a[hreflang=ar]").click()
    page.wait_for_load_state()
    assert page.url == f"{live_server.url}/ar{CHAPTER}"
    assert page.locator("html").get_attribute("dir") == "rtl"
