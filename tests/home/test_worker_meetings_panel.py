"""A project worker's dashboard lists the theme meetings of the next two weeks that
mothers of her caseload are registered or waiting for: each meeting once, with how
many of HER mothers are registered and waiting, linked to the meeting view."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms import roles
from tests.factories.participants import ParticipantFactory, make_meeting
from volunteers.participants.models import MeetingRegistration

pytestmark = pytest.mark.django_db

HEADING = "Your mothers&#x27; theme meetings"
Status = MeetingRegistration.Status


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def her_panel(text):
    """The panel's own section (the caseload panel above lists this week's meetings)."""
    start = text.index(HEADING)
    return text[start : text.index("</section>", start)]


def meeting_in(home_page, days, title):
    meeting = make_meeting(home_page, days_ago=-days)
    meeting.title = title
    meeting.save_revision().publish()
    return meeting


def registered(meeting, worker, n, status=Status.REGISTERED):
    for _ in range(n):
        MeetingRegistration.objects.create(
            meeting=meeting, participant=ParticipantFactory(worker=worker), status=status
        )


def row(meeting):
    return f'data-caseload-meeting="{meeting.pk}"'


def test_she_sees_the_meetings_her_mothers_are_registered_for_with_her_counts(
    client, login, home_page, make_user
):
    worker = login(roles.PROJECT_WORKERS)
    colleague = make_user(roles.PROJECT_WORKERS)
    meeting = meeting_in(home_page, 3, "Kela ja perhe-etuudet")
    registered(meeting, worker, 2)
    registered(meeting, worker, 1, Status.WAITING)
    registered(meeting, worker, 1, Status.CANCELLED)
    registered(meeting, colleague, 3)
    registered(meeting, colleague, 2, Status.WAITING)
    text = dashboard(client)
    assert HEADING in text
    assert row(meeting) in text
    assert "Kela ja perhe-etuudet" in her_panel(text)
    assert f'href="/admin/registrations/{meeting.pk}/"' in text
    assert 'data-mine="registered">2 registered<' in text
    assert 'data-mine="waiting">1 on the waiting list<' in text
    # Never her colleague's mothers, nor the cancelled one.
    assert "5 registered" not in text
    assert "3 on the waiting list" not in text


def test_meetings_only_other_workers_mothers_attend_are_not_hers(
    client, login, home_page, make_user
):
    worker = login(roles.PROJECT_WORKERS)
    colleague = make_user(roles.PROJECT_WORKERS)
    theirs = meeting_in(home_page, 2, "Kollegan kokoontuminen")
    registered(theirs, colleague, 4)
    cancelled_only = meeting_in(home_page, 4, "Peruttu ilmoittautuminen")
    registered(cancelled_only, worker, 1, Status.CANCELLED)
    far = meeting_in(home_page, 20, "Kaukainen kokoontuminen")
    registered(far, worker, 1)
    past = make_meeting(home_page, days_ago=3)
    registered(past, worker, 1)
    text = dashboard(client)
    for meeting in (theirs, cancelled_only, far, past):
        assert row(meeting) not in text
    assert "Kollegan kokoontuminen" not in her_panel(text)
    assert "None of your mothers is registered for a theme meeting in the next two weeks." in text


def test_a_translated_meeting_is_one_row(client, login, home_page):
    from wagtail.models import Locale, Page

    worker = login(roles.PROJECT_WORKERS)
    meeting = meeting_in(home_page, 5, "Neuvola")
    copy = meeting.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    copy = Page.objects.get(pk=copy.pk).specific
    copy.title = "Child health clinic"
    copy.save_revision().publish()
    registered(meeting, worker, 2)
    text = dashboard(client)
    assert text.count("data-caseload-meeting=") == 1
    # Her admin speaks English: the meeting's English copy, counting the source's rows.
    assert "Child health clinic" in her_panel(text)
    assert 'data-mine="registered">2 registered<' in text


def test_a_cancelled_meeting_stays_listed_and_says_so(client, login, home_page):
    worker = login(roles.PROJECT_WORKERS)
    meeting = meeting_in(home_page, 2, "Peruttu tapaaminen")
    registered(meeting, worker, 1)
    meeting.cancelled = True
    meeting.save_revision().publish()
    text = dashboard(client)
    assert row(meeting) in text
    assert 'data-meeting-cancelled="' in text


def test_the_coordinators_dashboard_is_unchanged(client, login, home_page):
    coordinator = login(roles.COORDINATORS)
    meeting = meeting_in(home_page, 3, "Koordinaattorin kokoontuminen")
    registered(meeting, coordinator, 2)
    text = dashboard(client)
    assert HEADING not in text
    assert "data-caseload-meeting=" not in text


def test_the_panel_takes_the_same_queries_however_many_meetings(client, login, home_page):
    worker = login(roles.PROJECT_WORKERS)
    registered(meeting_in(home_page, 1, "Eka"), worker, 1)
    dashboard(client)
    with CaptureQueriesContext(connection) as few:
        dashboard(client)
    for days in range(2, 7):
        meeting = meeting_in(home_page, days, f"Lisä {days}")
        registered(meeting, worker, 2)
        registered(meeting, worker, 1, Status.WAITING)
    with CaptureQueriesContext(connection) as many:
        assert dashboard(client).count("data-caseload-meeting=") == 6
    assert len(many) == len(few)


def test_the_window_is_two_weeks(client, login, home_page):
    worker = login(roles.PROJECT_WORKERS)
    inside = meeting_in(home_page, 13, "Kahden viikon sisällä")
    registered(inside, worker, 1)
    now = timezone.now()
    assert inside.start < now + datetime.timedelta(days=14)
    assert row(inside) in dashboard(client)
