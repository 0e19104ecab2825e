"""Smoke test: every demo role logs in through the real login form and sees its start."""

import pytest

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_anonymous_front_page_is_welcoming_and_accessible(browser_page, live_server, demo_site):
    page = browser_page
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Tervetuloa Tukiverkkoon"
    assert page.locator("html").get_attribute("lang") == "fi"
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)


@pytest.mark.parametrize(
    ("username", "sees_admin_link"),
    [
        ("editor", True),
        ("coordinator", True),
        ("worker", True),
        ("volunteer", False),
        ("partner", False),
        ("reader", True),
    ],
)
def test_each_demo_role_logs_in_and_sees_its_start(
    browser_page, live_server, demo_site, username, sees_admin_link
):
    passwords = {name: password for name, password, _role in demo_site}
    page = browser_page
    log_in(page, live_server.url, username, passwords[username], language_prefix="/en")
    assert page.url.rstrip("/") == live_server.url
    heading = page.locator("h1").inner_text()
    assert heading.startswith("Tervetuloa")  # the front page is Finnish by default
    admin_links = page.locator("header a[href='/admin/']")
    assert admin_links.count() == (1 if sees_admin_link else 0)
    assert page.get_by_role("button", name="Kirjaudu ulos").count() == 1
    assert_accessible(page)
