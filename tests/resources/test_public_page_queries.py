"""Public pages cost few queries: each public page type, on a cold cache, for an
anonymous visitor and for a logged-in volunteer (issue 17).

A cold cache is the worst case a visitor meets: after a publish, or on a new server.
The ceilings are what the page costs today; a change that adds a query per request
(an unmemoised locale, a second restriction check, an uncached setting) fails here.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db

VIEWS = {"search": "/search/?q=luku", "sign_up": "/volunteer/sign-up/"}
# (anonymous, logged-in volunteer) ceilings per page type; before issue 17 in brackets.
# The ceilings are exact: each is what the page costs now.
CEILINGS = {
    "front": (4, 11),  # (19, 31)
    "guide_index": (6, 9),  # (25, 31)
    "guide": (4, 7),  # (21, 27)
    "chapter": (4, 7),  # (23, 29)
    "english_chapter": (4, 7),  # (27, 33)
    "meeting_index": (6, 9),  # (26, 32)
    "meeting": (5, 8),  # (26, 32)
    "search": (5, 8),  # (18, 24)
    "sign_up": (4, 7),  # (21, 27)
}


@pytest.fixture
def urls(home_page):
    site = build_public_site(home_page)
    return {name: site[name].url for name in CEILINGS if name in site} | VIEWS


def cold_queries(client, url):
    """The queries of one request for `url` after the cache was emptied."""
    client.get(url)  # per-process state (template loading, content types) is warm
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"][:300] for query in context.captured_queries]


@pytest.mark.parametrize("page_type", CEILINGS)
def test_anonymous_page_stays_under_its_query_ceiling(client, urls, page_type):
    queries = cold_queries(client, urls[page_type])
    assert len(queries) <= CEILINGS[page_type][0], "\n".join(queries)


@pytest.mark.parametrize("page_type", CEILINGS)
def test_logged_in_page_stays_under_its_query_ceiling(client, urls, make_user, page_type):
    client.force_login(make_user("Volunteers"))
    queries = cold_queries(client, urls[page_type])
    assert len(queries) <= CEILINGS[page_type][1], "\n".join(queries)


def test_the_navigation_costs_no_query_and_is_built_once_per_state(
    client, urls, make_user, monkeypatch
):
    """The navigation's index pages come with the site's first query
    (home/site_context.py), so building the links costs no query even on a cold
    cache; then they are kept per language and restriction state, and a logged-in
    reader's next page does not build them again."""
    from resources.templatetags import resources_tags

    built = []
    build = resources_tags.nav_links

    def counting(request):
        with CaptureQueriesContext(connection) as context:
            links = build(request)
        built.append(len(context.captured_queries))
        return links

    client.force_login(make_user("Volunteers"))
    client.get(urls["chapter"])  # the first request stores the site's contact settings
    monkeypatch.setattr(resources_tags, "nav_links", counting)
    for name in ("chapter", "sign_up"):
        cache.clear()
        client.get(urls[name])
        client.get(urls[name])
    assert built == [0, 0]
