"""The public pages in all ten content languages at phone width, and the audio player
by keyboard (issue 15)."""

import pytest
from django.conf import settings

from tests.a11y import serious_violations
from tests.e2e.conftest import MOBILE

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CHAPTER = "/oppaat/kotoudu-kotona/terveys-ja-neuvola/"
PAGES = ["/", CHAPTER, "/teematapaamiset/", "/volunteer/sign-up/"]


def test_public_pages_have_no_serious_violations_in_any_language_on_a_phone(
    browser_page, live_server, demo_site
):
    page = browser_page
    page.set_viewport_size(MOBILE)
    missing, found = [], []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        prefix = "" if code == "fi" else f"/{code}"
        for path in PAGES:
            response = page.goto(f"{live_server.url}{prefix}{path}")
            if response.status != 200:
                missing.append(f"{prefix}{path}: {response.status}")
                continue
            found += [
                f"{prefix}{path}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:2]}"
                for v in serious_violations(page)
            ]
    assert not found, "\n".join(found)
    # Every language has each page (its interface catalogue and its content).
    assert not missing, "\n".join(missing)


def _focus_audio_by_tab(page, limit=200):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "AUDIO":
            return page.locator(":focus")
    raise AssertionError("no audio player was reached with the Tab key")


def test_the_audio_player_is_reached_and_played_by_keyboard(browser_page, live_server, demo_site):
    page = browser_page
    page.goto(f"{live_server.url}/ar{CHAPTER}")
    player = _focus_audio_by_tab(page)
    assert player.evaluate("el => el.paused") is True
    page.keyboard.press("Space")
    page.wait_for_function("() => !document.activeElement.paused")
    page.keyboard.press("Space")
    page.wait_for_function("() => document.activeElement.paused")


def test_arabic_chapter_marks_finnish_words_and_screenshot(
    browser_page, live_server, demo_site, tmp_path
):
    page = browser_page
    page.set_viewport_size(MOBILE)
    page.goto(f"{live_server.url}/ar{CHAPTER}")
    word = page.locator(".key-phrase dt [lang]", has_text="neuvola").first
    assert (word.get_attribute("lang"), word.get_attribute("dir")) == ("fi", "ltr")
    page.screenshot(path=str(tmp_path / "arabic-chapter.png"), full_page=True)
