"""Which addresses a warm run renders after a change (resources/page_cache_warming.py),
and that a publish never waits for, or fails because of, the broker (issue 17)."""

import time

import pytest
from wagtail.models import Page, Site

from resources import page_cache, page_cache_warming
from resources.models import GuideChapterPage
from tests.broker import app_on_broker, free_port
from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page, contact_settings):
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


def test_a_warm_run_stores_the_public_pages_for_the_next_visitor(
    site, visitor, django_assert_num_queries
):
    run = page_cache_warming.warm(page_cache.generation())
    assert run.summary()["warmed"] == len(addresses()) and not run.skipped
    with django_assert_num_queries(0):
        assert visitor.get(site["chapter"].url).status_code == 200
        assert visitor.get(site["english_chapter"].url).status_code == 200


def test_a_page_that_fails_to_render_is_skipped_and_the_run_goes_on(
    site, monkeypatch, visitor, django_assert_num_queries
):
    broken = site["chapter"]
    serve = GuideChapterPage.serve

    def serve_or_fail(page, request, *args, **kwargs):
        if page.pk == broken.pk:
            raise RuntimeError("a block that cannot render")
        return serve(page, request, *args, **kwargs)

    monkeypatch.setattr(GuideChapterPage, "serve", serve_or_fail)
    run = page_cache_warming.warm(page_cache.generation())
    assert run.skipped == [broken.url]
    assert run.warmed == len(addresses()) - 1
    with django_assert_num_queries(0):
        assert visitor.get(site["meeting"].url).status_code == 200


def test_a_run_for_a_generation_that_moved_on_renders_nothing(site):
    queued_for = page_cache.generation()
    page_cache.invalidate()
    assert page_cache_warming.warm(queued_for) is None


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
    assert "pages render on their first visit instead" in caplog.text


def test_an_editor_publishing_in_the_admin_while_the_broker_is_down_gets_no_error(
    transactional_db, site, settings, client, make_user
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    settings.PAGE_CACHE_WARM = True
    chapter = site["chapter"]
    client.force_login(make_user("Editors"))
    form = nested_form_data(
        {
            "title": "Julkaistu hallinnasta",
            "slug": chapter.slug,
            "summary": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    with app_on_broker(f"redis://127.0.0.1:{free_port()}/0"):
        started = time.monotonic()
        response = client.post(f"/admin/pages/{chapter.pk}/edit/", form)
        took = time.monotonic() - started
    assert response.status_code == 302, response.content[:3000]
    assert took < 5, took
    assert Page.objects.get(pk=chapter.pk).specific.live_revision.content["title"] == (
        "Julkaistu hallinnasta"
    )
