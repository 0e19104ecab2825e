import datetime

import pytest
from django.utils import timezone

from resources.models import Municipality
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory, VenueFactory
from volunteers.reports import period
from volunteers.reports.sections import Filters

JANUARY = period.month(2026, 1)


def aware(day, hour=17):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def kemi(db):
    return Municipality.objects.get(name="Kemi")


@pytest.fixture
def tornio(db):
    return Municipality.objects.get(name="Tornio")


@pytest.fixture
def january():
    return Filters(JANUARY)


@pytest.fixture
def meeting_index(home_page):
    return MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")


@pytest.fixture
def make_meeting(meeting_index):
    def _make(day=datetime.date(2026, 1, 15), **kwargs):
        kwargs.setdefault("venue", VenueFactory(municipality="Kemi"))
        start = aware(day)
        return ThemeMeetingPageFactory(
            parent=meeting_index, start=start, end=start + datetime.timedelta(hours=2), **kwargs
        )

    return _make
