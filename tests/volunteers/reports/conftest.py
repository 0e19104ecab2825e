import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from resources.models import Municipality
from tests.factories.participants import ParticipantFactory
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory, VenueFactory
from volunteers.participants.models import MeetingAttendance, MeetingRegistration
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


@pytest.fixture
def interpreted_meetings(make_meeting, kemi, tornio):
    """A Somali-group meeting in Kemi on 15 January with a Swedish translation:

    - six Kemi mothers whose registration asked for an Arabic interpreter, present with
      one (the attendance screen keeps every tick on the source copy, whichever copy
      it was made on); a seventh with a cancelled Tigrinya
      registration and an open Arabic one; an eighth from Tornio, Arabic;
    - five present with an interpreter and no registration, and one whose registration
      asked for none: counted under the group's language, Somali;
    - not counted: one registered for Arabic who came without an interpreter, one
      registered for Arabic who was absent.

    An Arabic-group meeting on 20 January: two mothers registered for a Sorani
    interpreter. A Somali-group meeting in February (outside January): five Arabic."""
    somali = make_meeting(language_group="so")
    somali_sv = somali.copy_for_translation(
        Locale.objects.get(language_code="sv"), copy_parents=True
    )
    somali_sv.save_revision().publish()
    arabic = make_meeting(language_group="ar", day=datetime.date(2026, 1, 20))
    february = make_meeting(language_group="so", day=datetime.date(2026, 2, 3))

    def came(meeting, interpreter=None, used=True, present=True, place=kemi):
        person = ParticipantFactory(municipality=place)
        if interpreter is not None:
            MeetingRegistration.objects.create(
                meeting=meeting, participant=person, interpreter_language=interpreter
            )
        MeetingAttendance.objects.create(
            meeting=meeting, participant=person, present=present, interpreter_used=used
        )
        return person

    for _ in range(6):
        came(somali, "ar")
    switched = came(somali, "ar")
    MeetingRegistration.objects.create(
        meeting=somali, participant=switched, interpreter_language="ti", status="cancelled"
    )
    came(somali, "ar", place=tornio)
    for _ in range(5):
        came(somali)
    came(somali, "")
    came(somali, "ar", used=False)
    came(somali, "ar", present=False)
    for _ in range(2):
        came(arabic, "ckb")
    for _ in range(5):
        came(february, "ar")
