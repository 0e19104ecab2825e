"""Once a meeting is held (its attendance recorded), one action records each assigned
helper's childcare time as other volunteering, once; she sees it in her hours."""

import datetime

import pytest
from django.utils import timezone

from cms import roles
from cms.vocabularies import VolunteerRole
from tests.factories.participants import AttendanceFactory
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory
from tests.factories.volunteers import approved_volunteer
from tests.refusals import assert_refused
from volunteers.volunteers.models import MeetingHelper, OtherVolunteering

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_municipalities")]


@pytest.fixture
def meeting(home_page):
    meeting_index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    start = timezone.now() - datetime.timedelta(days=2)
    return ThemeMeetingPageFactory(
        parent=meeting_index, start=start, end=start + datetime.timedelta(minutes=150)
    )


@pytest.fixture
def helpers(meeting, make_user):
    # Assigned before the meeting was held (assign() refuses a meeting that is over).
    people = [
        approved_volunteer(
            user=make_user(roles.VOLUNTEERS), roles=[VolunteerRole.CHILDCARE], first_name=name
        )
        for name in ("Siiri", "Saara")
    ]
    return [MeetingHelper.objects.create(meeting=meeting, volunteer=v) for v in people]


def held(meeting):
    AttendanceFactory(meeting=meeting)


def record(client, meeting):
    return client.post(f"/admin/meeting-helpers/{meeting.pk}/hours/", follow=True)


def test_recording_adds_each_helpers_childcare_time_of_the_meetings_length(
    coordinator_client, meeting, helpers
):
    held(meeting)
    response = record(coordinator_client, meeting)
    assert "Lastenhoitoaika kirjattu 2 lastenhoitajalle" in response.content.decode()
    rows = OtherVolunteering.objects.order_by("volunteer__first_name")
    assert [(r.volunteer.first_name, r.kind, r.duration_minutes) for r in rows] == [
        ("Saara", "childcare", 150),
        ("Siiri", "childcare", 150),
    ]
    assert {r.date for r in rows} == {timezone.localtime(meeting.start).date()}


def test_she_sees_the_recorded_childcare_time_in_her_hours(client, coordinator, meeting, helpers):
    from volunteers.volunteers import meeting_helpers

    held(meeting)
    meeting_helpers.record_hours(meeting, coordinator)
    client.force_login(helpers[0].volunteer.user)
    html = client.get("/volunteer/me/hours/").content.decode()
    # Other volunteering per month: the meeting's 150 minutes.
    assert "<td>150</td>" in html


def test_recording_twice_adds_nothing(coordinator_client, meeting, helpers):
    held(meeting)
    record(coordinator_client, meeting)
    response = record(coordinator_client, meeting)
    assert OtherVolunteering.objects.count() == 2
    assert "oli jo kirjattu" in response.content.decode()


def test_before_the_attendance_is_recorded_nothing_is_recorded(
    coordinator_client, meeting, helpers
):
    response = record(coordinator_client, meeting)
    assert "kun tapaamisen läsnäolot on kirjattu" in response.content.decode()
    assert not OtherVolunteering.objects.exists()


def test_the_button_shows_when_the_meeting_is_held_and_hours_wait(
    coordinator_client, meeting, helpers
):
    page = f"/admin/registrations/{meeting.pk}/"
    button = f"/admin/meeting-helpers/{meeting.pk}/hours/"
    assert button not in coordinator_client.get(page).content.decode()
    held(meeting)
    assert button in coordinator_client.get(page).content.decode()
    record(coordinator_client, meeting)
    assert button not in coordinator_client.get(page).content.decode()


def test_a_project_worker_cannot_record_the_helpers_hours(client, worker, meeting, helpers):
    held(meeting)
    client.force_login(worker)
    response = client.post(f"/admin/meeting-helpers/{meeting.pk}/hours/")
    assert_refused(response, to="dashboard")
    assert not OtherVolunteering.objects.exists()
