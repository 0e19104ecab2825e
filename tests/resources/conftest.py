import pytest

from tests.factories.resources import (
    GuideIndexPageFactory,
    MeetingIndexPageFactory,
    ThemeIndexPageFactory,
)


@pytest.fixture
def guide_index(home_page):
    return GuideIndexPageFactory(parent=home_page, slug="oppaat")


@pytest.fixture
def theme_index(home_page):
    return ThemeIndexPageFactory(parent=home_page, slug="teemat")


@pytest.fixture
def meeting_index(home_page):
    return MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")


@pytest.fixture
def restrict():
    """restrict(page, groups=None): a view restriction (logged-in users, or the groups)."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    def _restrict(page, groups=None):
        if groups:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=groups))
            return restriction
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )

    return _restrict


@pytest.fixture
def visitor(db):
    """A visitor without cookies at the default site's own address, as the page cache's
    warming asks for pages (the host is part of the cache key)."""
    from django.test import Client
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    return Client(HTTP_HOST=host)


@pytest.fixture
def contact_settings(home_page):
    """The footer's settings row, as `load_demo_data` leaves it. Without it the first
    page rendered creates it, and that save moves the page cache's generation."""
    from wagtail.models import Site

    from home.models import ContactSettings

    return ContactSettings.for_site(Site.objects.get(is_default_site=True))
