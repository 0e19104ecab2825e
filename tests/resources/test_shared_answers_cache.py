"""Anonymous answers of Django views that are the same for every visitor come from the
page cache too (issue 17: the sign-up form and search were 10–28× a bare view): the
sign-up form with each visitor's own CSRF token, a search per query. Neither is ever
served stale, to a logged-in reader, or with another visitor's token."""

import re
import warnings

import pytest
from django.core.cache.backends.base import CacheKeyWarning
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms import roles
from resources import page_cache
from resources.models import Municipality
from tests.factories.resources import GuideChapterPageFactory, GuidePageFactory
from tests.volunteers.volunteers.signup_data import valid_signup
from volunteers.volunteers.models import Volunteer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_unlimited")]
SIGN_UP = "/en/volunteer/sign-up/"


def _token(response) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)


def test_second_visitor_gets_the_sign_up_form_from_the_cache(home_page, kemi):
    Client().get(SIGN_UP)
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(SIGN_UP)
    assert response.status_code == 200
    assert "Sign up as a volunteer" in response.text
    assert len(queries.captured_queries) == 0


def test_cached_sign_up_form_carries_each_visitors_own_token_and_cookie(home_page, kemi):
    first = Client(enforce_csrf_checks=True)
    second = Client(enforce_csrf_checks=True)
    first_form, second_form = first.get(SIGN_UP), second.get(SIGN_UP)
    assert page_cache.CSRF_PLACEHOLDER not in second_form.text
    assert "csrftoken" in second_form.cookies
    assert _token(first_form) != _token(second_form)
    # The second visitor's sign-up, from the cached copy, passes the CSRF check.
    data = valid_signup(kemi, csrfmiddlewaretoken=_token(second_form))
    response = second.post(SIGN_UP, data)
    assert response.status_code == 302
    assert Volunteer.objects.get().email == "aijala@example.org"


def test_a_new_municipality_is_in_the_next_sign_up_form(home_page, kemi):
    Client().get(SIGN_UP)
    Municipality.objects.create(name="Ylitornio", latitude=66.3, longitude=23.67)
    assert "Ylitornio" in Client().get(SIGN_UP).text


def test_logged_in_volunteer_never_gets_the_anonymous_sign_up_copy(home_page, kemi, make_user):
    Client().get(SIGN_UP)
    client = Client()
    client.force_login(make_user(roles.VOLUNTEERS, first_name="Aino"))
    response = client.get(SIGN_UP)
    assert page_cache.CSRF_PLACEHOLDER not in response.text
    assert _token(response)
    # Nor is the logged-in copy stored for visitors.
    assert "Aino" not in Client().get(SIGN_UP).text


@pytest.fixture
def guides(guide_index, restrict):
    public = GuidePageFactory(parent=guide_index, title="Kotoudu kotona")
    GuideChapterPageFactory(parent=public, title="Neuvola ja terveys")
    private = GuidePageFactory(parent=guide_index, title="Ammattilaisen opas")
    restrict(private, groups=roles.INTRANET_READERS)
    GuideChapterPageFactory(parent=private, title="Salainen ohje: neuvola ja trauma")
    return public, private


def test_a_repeated_anonymous_search_comes_from_the_cache(client, guides):
    first = client.get("/search/", {"q": "neuvola"})
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/search/", {"q": "neuvola"})
    assert second.content == first.content
    assert len(queries.captured_queries) == 0
    # Another query, or another page of results, is its own answer.
    assert "Kotoudu kotona" in client.get("/search/", {"q": "kotoudu"}).text


def test_a_published_page_is_in_the_next_anonymous_search(client, guides, guide_index):
    client.get("/search/", {"q": "neuvola"})
    GuidePageFactory(parent=guide_index, title="Uusi opas neuvola")
    assert "Uusi opas neuvola" in client.get("/search/", {"q": "neuvola"}).text


def test_a_members_search_is_never_served_to_a_visitor(client, guides, make_user):
    member = Client()
    member.force_login(make_user(roles.PARTNER_PROFESSIONALS))
    assert "Salainen ohje" in member.get("/search/", {"q": "neuvola"}).text
    assert "Salainen ohje" not in client.get("/search/", {"q": "neuvola"}).text


def test_a_page_made_private_leaves_the_next_anonymous_search(client, guides, restrict):
    public, _private = guides
    assert "Neuvola ja terveys" in client.get("/search/", {"q": "neuvola"}).text
    restrict(Page.objects.get(pk=public.pk), groups=roles.INTRANET_READERS)
    assert "Neuvola ja terveys" not in client.get("/search/", {"q": "neuvola"}).text


def test_a_long_search_is_stored_under_a_short_cache_key(client, guides):
    # Cache backends refuse or warn about keys over 250 characters (memcached).
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        first = client.get("/search/", {"q": "neuvola " * 24})
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/search/", {"q": "neuvola " * 24})
    assert first.status_code == second.status_code == 200
    assert len(queries.captured_queries) == 0
