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
    "front": (5, 14),  # (19, 31)
    "guide_index": (9, 12),  # (25, 31)
    "guide": (6, 9),  # (21, 27)
    "chapter": (6, 9),  # (23, 29)
    "english_chapter": (6, 9),  # (27, 33)
    "meeting_index": (10, 13),  # (26, 32)
    "meeting": (7, 10),  # (26, 32)
    "search": (7, 10),  # (18, 24)
    "sign_up": (7, 10),  # (21, 27)
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


def test_logged_in_reader_pays_no_query_for_the_cached_site_chrome(client, urls, make_user):
    """The navigation, the language switcher and the footer are kept once per language
    and change. Cold, the switcher's and the footer's data come with the page and the
    site (home/site_context.py) and the navigation costs one query of its own: a
    logged-in reader's next page goes without it."""
    client.force_login(make_user("Volunteers"))
    cold = cold_queries(client, urls["chapter"])
    with CaptureQueriesContext(connection) as context:
        client.get(urls["chapter"])
    assert len(context.captured_queries) <= len(cold) - 1
