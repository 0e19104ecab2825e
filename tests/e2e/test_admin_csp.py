"""The admin and the public pages work in a browser under the Content-Security-Policy
(issue 16): nothing is refused, the page editor saves, the print button prints."""

import pytest

from tests.factories.resources import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PASSWORD = "csp-testi-salasana-9"


def collect_csp_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return violations


@pytest.fixture
def chapter(home_page):
    guide = GuidePageFactory(parent=GuideIndexPageFactory(parent=home_page, slug="oppaat"))
    return GuideChapterPageFactory(parent=guide, title="Neuvola tutuksi")


def test_the_page_editor_saves_under_the_policy(browser_page, live_server, chapter, make_user):
    user = make_user(None, username="paakayttaja", is_superuser=True, is_staff=True)
    user.set_password(PASSWORD)
    user.save()
    page = browser_page
    violations = collect_csp_violations(page)

    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("paakayttaja")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/admin")

    page.goto(f"{live_server.url}/admin/pages/{chapter.pk}/edit/")
    page.locator("#id_title").fill("Neuvola tutuksi – päivitetty")
    page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    assert page.locator(".messages").inner_text().count("Neuvola tutuksi – päivitetty") == 1
    chapter.refresh_from_db()
    assert chapter.get_latest_revision().content["title"] == "Neuvola tutuksi – päivitetty"

    # An inline panel: Wagtail starts it from an inline script in its own template.
    page.goto(f"{live_server.url}/admin/participants/new/")
    page.locator("#id_languages-ADD").click()
    assert page.locator("#id_languages-0-language").is_visible()
    assert violations == []


def test_the_public_print_button_works_under_the_policy(browser_page, live_server, chapter):
    page = browser_page
    violations = collect_csp_violations(page)
    page.goto(live_server.url + chapter.url)
    page.evaluate("window.print = () => { window.printed = true; }")
    page.locator("[data-print]").click()
    assert page.evaluate("window.printed") is True
    assert violations == []
