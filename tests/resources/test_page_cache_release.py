"""A deploy never serves pages the old code rendered (issue 17): the page cache's keys
carry the code's release, so after new templates, code or translations are deployed
the next anonymous request is rendered by them, not taken from a copy the old code
stored (a copy that would otherwise live until the next publish, or a day)."""

import pytest
from django.core.cache import cache

from resources import code_release, page_cache
from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db


def test_a_new_release_does_not_serve_the_old_releases_copy(client, home_page, monkeypatch):
    chapter = build_public_site(home_page)["chapter"]
    client.get(chapter.url)
    # What the old code stored for this address (a template since changed).
    key = page_cache.fragment_key("page", "testserver", chapter.url, "")
    cache.set(key, {"content": b"rendered by the old release", "headers": {}})
    assert client.get(chapter.url).content == b"rendered by the old release"
    monkeypatch.setattr(code_release, "current", lambda: "the-next-release")
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert b"rendered by the old release" not in response.content
    assert chapter.title in response.text


def test_release_changes_when_a_template_or_translation_changes(tmp_path):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<h1>{{ page.title }}</h1>")
    catalogue = tmp_path / "django.mo"
    catalogue.write_bytes(b"\x00")
    before = code_release.digest([tmp_path])
    assert code_release.digest([tmp_path]) == before
    page.write_text("<h1 class='title'>{{ page.title }}</h1>")
    after_template = code_release.digest([tmp_path])
    catalogue.write_bytes(b"\x01")
    assert len({before, after_template, code_release.digest([tmp_path])}) == 3


def test_release_follows_the_release_setting_and_the_shown_notice_version(settings):
    def release(**changes):
        for name, value in changes.items():
            setattr(settings, name, value)
        code_release.current.cache_clear()
        return code_release.current()

    try:
        first = release(RELEASE="4f2c1e0", PRIVACY_NOTICE_VERSION="2026-01")
        assert release() == first
        assert release(RELEASE="9d8e7f6") != first
        # The sign-up form names the version while no notice page is published.
        assert release(RELEASE="4f2c1e0", PRIVACY_NOTICE_VERSION="2027-05") != first
    finally:
        code_release.current.cache_clear()
