"""After a publish a real Celery worker renders the public pages again, so the next
anonymous visitor gets a stored copy (resources/page_cache_warming.py, issue 17)."""

import pytest

from resources import page_cache, page_cache_warming
from tests.resources.public_site import build_public_site, republish
from tests.waiting import wait_for

pytestmark = pytest.mark.worker


@pytest.fixture
def site(transactional_db, home_page, contact_settings):
    return build_public_site(home_page)


@pytest.fixture
def rendered(monkeypatch):
    """Every address a warm run has rendered, in order, as (generation, path)."""
    asked = []
    original = page_cache_warming.render

    def render(handler, site, path):
        generation = page_cache.generation()
        status = original(handler, site, path)
        asked.append((generation, path))
        return status

    monkeypatch.setattr(page_cache_warming, "render", render)
    return asked


@pytest.fixture
def warming(settings, site, rendered, celery_worker):
    """Warming on (after the site is built), a short debounce, a worker running."""
    settings.PAGE_CACHE_WARM = True
    settings.PAGE_CACHE_WARM_DELAY = 1.0
    return rendered


def test_after_a_publish_the_page_and_the_front_page_are_served_without_queries(
    site, warming, visitor, django_assert_num_queries
):
    chapter = republish(site["chapter"], title="Uusi otsikko")
    assert wait_for(lambda: (page_cache.generation(), chapter.url) in warming)
    assert wait_for(lambda: (page_cache.generation(), "/volunteer/sign-up/") in warming)
    with django_assert_num_queries(0):
        page = visitor.get(chapter.url)
        front = visitor.get("/")
    assert page.status_code == front.status_code == 200
    assert "Uusi otsikko" in page.text


def test_the_sign_up_form_is_served_from_the_cache_with_the_visitors_own_token(
    site, warming, visitor, django_assert_num_queries
):
    republish(site["chapter"], title="Uusi otsikko")
    assert wait_for(lambda: (page_cache.generation(), "/volunteer/sign-up/") in warming)
    with django_assert_num_queries(0):
        response = visitor.get("/volunteer/sign-up/")
    assert response.status_code == 200
    assert page_cache.CSRF_PLACEHOLDER not in response.text
    assert visitor.cookies["csrftoken"].value


def test_a_restricted_page_is_never_rendered_nor_stored(site, warming, visitor):
    republish(site["chapter"], title="Uusi otsikko")
    assert wait_for(lambda: (page_cache.generation(), "/volunteer/sign-up/") in warming)
    private = site["private_guide"].url
    assert not [path for _generation, path in warming if path.startswith(private)]
    response = visitor.get(private)
    assert response.status_code == 302  # to the login, rendered afresh
    assert "/accounts/login/" in response["Location"]


def test_a_burst_of_twenty_publishes_leads_to_one_warm_run(site, warming):
    chapter = site["chapter"]
    for n in range(20):
        chapter = republish(chapter, title=f"Versio {n}")
    assert wait_for(lambda: (page_cache.generation(), "/") in warming)
    # Longer than the debounce: a second run, if any, would have started by now.
    wait_for(lambda: False, timeout=3)
    front_page_renders = [path for _generation, path in warming if path == "/"]
    assert len(front_page_renders) == 1
