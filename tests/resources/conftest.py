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
