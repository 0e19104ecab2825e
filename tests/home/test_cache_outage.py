"""With the cache's Redis down, the site still answers, only slower: pages are
rendered without the page cache, an admin page without the kept sidebar, and a
sign-up is stored (its rate limit is not counted meanwhile). Before, every page was
a 500 while that Redis was down (issue 17 keeps the page cache, the admin sidebar
and the sign-up limit there)."""

import pytest
import redis
from django.urls import reverse

from cms import roles
from cms.settings.caches import redis_cache
from tests.volunteers.volunteers.signup_data import valid_signup
from volunteers.volunteers.models import Volunteer

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: every connection is refused at once.
UNREACHABLE = "redis://127.0.0.1:1/0"


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {"default": redis_cache(UNREACHABLE)}
    settings.SIGNUP_RATELIMIT = "10/h"
    with pytest.raises(redis.exceptions.ConnectionError):
        redis.Redis.from_url(UNREACHABLE).ping()


def test_public_pages_render_without_the_cache(client, home_page, cache_down):
    first = client.get("/")
    second = client.get("/")
    assert first.status_code == second.status_code == 200
    assert home_page.title in second.content.decode()


def test_a_sign_up_is_stored_while_the_cache_is_down(client, home_page, kemi, cache_down):
    form = client.get("/volunteer/sign-up/")
    assert form.status_code == 200
    response = client.post("/volunteer/sign-up/", valid_signup(kemi))
    assert response.status_code == 302, response.status_code
    assert Volunteer.objects.filter(email="aijala@example.org").exists()


def test_an_admin_page_opens_while_the_cache_is_down(client, make_user, cache_down):
    client.force_login(make_user(roles.EDITORS))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert 'id="wagtail-sidebar-props"' in response.content.decode()
