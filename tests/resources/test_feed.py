"""The iCalendar feed of upcoming meetings."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories.resources import ThemeMeetingPageFactory

pytestmark = pytest.mark.django_db


def events(response):
    calendar = Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_feed_parses_and_contains_the_upcoming_meetings(client, meeting_index):
    meeting = ThemeMeetingPageFactory(parent=meeting_index, title="Talous arjessa")
    ThemeMeetingPageFactory(parent=meeting_index, title="Neuvola tutuksi")
    response = client.get("/calendar/meetings.ics")
    assert response["Content-Type"].startswith("text/calendar")
    parsed = events(response)
    assert set(parsed) == {"Talous arjessa", "Neuvola tutuksi"}
    assert parsed["Talous arjessa"].decoded("dtstart") == meeting.start.replace(microsecond=0)
    assert meeting.venue.address in str(parsed["Talous arjessa"]["location"])


def test_feed_leaves_out_past_meetings(client, meeting_index):
    ThemeMeetingPageFactory(
        parent=meeting_index, title="Mennyt", start=timezone.now() - datetime.timedelta(days=2)
    )
    assert events(client.get("/calendar/meetings.ics")) == {}


def test_anonymous_feed_leaves_out_restricted_meetings(client, meeting_index, restrict):
    hidden = ThemeMeetingPageFactory(parent=meeting_index, title="Sisäinen tapaaminen")
    restrict(hidden)
    assert "Sisäinen tapaaminen" not in events(client.get("/calendar/meetings.ics"))


def test_event_uid_is_shared_by_translations(client, meeting_index):
    meeting = ThemeMeetingPageFactory(parent=meeting_index)
    (event,) = events(client.get("/calendar/meetings.ics")).values()
    assert str(event["uid"]).startswith(str(meeting.translation_key))


def test_event_uids_stay_the_same_when_the_sites_address_changes(client, meeting_index):
    ThemeMeetingPageFactory(parent=meeting_index, title="Talous arjessa")
    first = events(client.get("/calendar/meetings.ics", HTTP_HOST="127.0.0.1:8000"))
    second = events(client.get("/calendar/meetings.ics", HTTP_HOST="tukiverkko.example:8161"))
    assert str(first["Talous arjessa"]["uid"]) == str(second["Talous arjessa"]["uid"])
