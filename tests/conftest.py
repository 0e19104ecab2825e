"""Shared fixtures: the site, users per role, and a real Celery worker."""

import pytest
from django.conf import settings

from resources.models.places import ensure_seed_municipalities
from tests.factories.users import UserFactory
from tests.factories.volunteers import MunicipalityFactory


@pytest.fixture
def home_page(db):
    """The demo front page as the default site's root, with the role groups."""
    from home.demo import ensure_home_page
    from home.groups import setup_groups

    setup_groups()
    return ensure_home_page()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the default language (Finnish).

    A request leaves its language active in the thread; without this, what a test
    reads would depend on which test ran before it.
    """
    from django.utils import translation

    translation.activate("fi")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache (a per-process memory in tests).

    Public pages and the site chrome are cached (resources/page_cache.py); a page
    kept by one test must not answer for the same address in the next.
    """
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def english():
    """The interface in English for a test that reads messages in English.

    Finnish is the default language, so without this messages come out in Finnish.
    """
    from django.utils import translation

    with translation.override("en"):
        yield


def prefer_language(user, language):
    """Set the user's Wagtail admin language (the admin speaks Finnish by default)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def make_user(db):
    """make_user("Coordinators") -> a user in that group (None: no group)."""
    from django.contrib.auth.models import Group

    from home.groups import setup_groups

    setup_groups()

    def _make(group_name=None, **kwargs):
        user = UserFactory(**kwargs)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return _make


# The staff users most tests need; a module that needs another shape (an email, a
# name, a language) defines its own fixture of the same name, which wins.
@pytest.fixture
def coordinator(make_user):
    return make_user("Coordinators")


@pytest.fixture
def worker(make_user):
    return make_user("Project workers")


@pytest.fixture
def coordinator_client(client, coordinator):
    """The test client, logged in as a coordinator."""
    client.force_login(coordinator)
    return client


@pytest.fixture
def seeded_municipalities(db):
    """The municipalities a migration seeds: a transactional test (a real worker, a
    browser) elsewhere in the run may have emptied the table."""
    ensure_seed_municipalities()


@pytest.fixture
def meeting_index(home_page):
    """The theme meetings' index page, where meeting pages live."""
    from tests.factories.resources import MeetingIndexPageFactory

    return MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")


@pytest.fixture
def kemi(db):
    return MunicipalityFactory(name="Kemi")


@pytest.fixture
def signup_unlimited(settings):
    """No per-address sign-up limit: tests that sign up more than ten times an hour."""
    settings.SIGNUP_RATELIMIT = None


@pytest.fixture
def other_worker(make_user):
    """A project worker whose caseload is not `worker`'s."""
    return make_user("Project workers")


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker (in a thread of this process) consuming the real Redis.

    Tests that use it run with committed transactions, as production does, so the
    worker's own database connection sees what the test wrote.
    """
    if not settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")
    from celery.contrib.testing.worker import start_worker

    from cms.celery import app

    # Tasks left in the queue by earlier tests (which ran without a worker) would
    # point at rows that no longer exist.
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, loglevel="WARNING") as worker:
        yield worker
