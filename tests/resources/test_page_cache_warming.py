"""Which addresses a warm run renders after a change (resources/page_cache_warming.py),
and that a publish never waits for, or fails because of, the broker (issue 17)."""

import time

import pytest
from wagtail.models import Page, Site

from resources import page_cache_warming
from tests.broker import app_on_broker, free_port
from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    return build_public_site(home_page)


def addresses(limit=200):
    return page_cache_warming.addresses(Site.objects.get(is_default_site=True), limit)


def page_paths(paths):
    return [path for path in paths if "/volunteer/" not in path]


def test_front_pages_of_every_language_come_first_then_deeper_pages(site):
    paths = page_paths(addresses())
    assert paths[0] == "/"
    assert site["english_chapter"].url in paths
    assert site["chapter"].url in paths
    assert site["meeting"].url in paths
    # Depth first, then the tree path: a page never comes before a shallower one.
    levels = [path.removeprefix("/en").count("/") for path in paths]
    assert levels == sorted(levels)


def test_no_restricted_page_nor_anything_under_it_is_warmed(site):
    paths = addresses()
    private = site["private_guide"]
    assert private.url not in paths
    assert not [path for path in paths if path.startswith(private.url)]
    theme_index = Page.objects.get(slug="teemat")
    assert not [path for path in paths if path.startswith(theme_index.url)]


def test_the_limit_keeps_the_shallowest_pages(site):
    paths = page_paths(addresses(limit=2))
    assert paths == page_paths(addresses())[:2]
    assert paths[0] == "/"


def test_the_sign_up_form_is_warmed_in_each_language_of_the_site(site):
    paths = addresses(limit=1)
    assert "/volunteer/sign-up/" in paths
    assert "/en/volunteer/sign-up/" in paths


@pytest.fixture
def tasks_discovered():
    """The tasks modules imported before the test, as in a process that served a while
    (the first import sets Django up again, which would replace caplog's handler)."""
    from cms.celery import app

    app.loader.import_default_modules()


def test_a_publish_while_the_broker_is_down_succeeds_at_once_and_is_logged(
    transactional_db, site, settings, tasks_discovered, caplog
):
    settings.PAGE_CACHE_WARM = True
    page = Page.objects.get(pk=site["chapter"].pk).specific
    page.title = "Julkaistu vaikka Redis on poissa"
    with app_on_broker(f"redis://127.0.0.1:{free_port()}/0"):
        started = time.monotonic()
        page.save_revision().publish()
        took = time.monotonic() - started
    assert Page.objects.get(pk=page.pk).title == "Julkaistu vaikka Redis on poissa"
    assert took < 5, took
    assert "Could not queue page cache warming" in caplog.text
