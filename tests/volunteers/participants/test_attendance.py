"""The attendance screen: a whole meeting on one screen, saved in a constant number
of queries, limited to the user's caseload, with clear messages for bad rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.admin_lists import queries_of
from tests.factories.participants import (
    AttendanceFactory,
    ParticipantFactory,
    ParticipantLanguageFactory,
    make_meeting,
)
from tests.volunteers.participants.participant_helpers import english_admin
from volunteers.participants.attendance import meeting_participants
from volunteers.participants.models import MeetingAttendance

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(make_user):
    return english_admin(make_user("Coordinators"))


@pytest.fixture
def meeting(home_page):
    return make_meeting(home_page, language_group="ar")


def arabic_speakers(count, **kwargs):
    participants = ParticipantFactory.create_batch(count, **kwargs)
    for participant in participants:
        ParticipantLanguageFactory(participant=participant, language="ar")
    return participants


def attendance_data(participants, *, children=1):
    data = {
        "rows-TOTAL_FORMS": str(len(participants)),
        "rows-INITIAL_FORMS": str(len(participants)),
        "rows-MIN_NUM_FORMS": "0",
        "rows-MAX_NUM_FORMS": "1000",
    }
    for index, participant in enumerate(participants):
        data[f"rows-{index}-participant"] = str(participant.pk)
        data[f"rows-{index}-present"] = "on"
        data[f"rows-{index}-children_in_childcare"] = str(children)
        data[f"rows-{index}-interpreter_used"] = "on"
    return data


def ordered(meeting, user):
    return list(meeting_participants(meeting, user))


def test_screen_lists_the_meetings_language_group(client, coordinator, meeting):
    speakers = arabic_speakers(2)
    ParticipantFactory(first_name="Somalinkielinen")
    client.force_login(coordinator)
    response = client.get(reverse("attendance:meeting", args=[meeting.pk]))
    assert [participant for participant, _form in response.context["rows"]] == sorted(
        speakers, key=lambda p: (p.first_name, p.last_name, p.pk)
    )


def test_saving_records_presence_childcare_and_interpreter(client, coordinator, meeting):
    arabic_speakers(3)
    client.force_login(coordinator)
    participants = ordered(meeting, coordinator)
    response = client.post(
        reverse("attendance:meeting", args=[meeting.pk]), attendance_data(participants, children=2)
    )
    assert response.status_code == 302
    rows = MeetingAttendance.objects.filter(meeting=meeting)
    assert rows.count() == 3
    assert all(r.present and r.interpreter_used and r.children_in_childcare == 2 for r in rows)
    assert {r.recorded_by for r in rows} == {coordinator}


def test_saving_again_updates_the_rows_instead_of_adding(client, coordinator, meeting):
    participants = arabic_speakers(2)
    for participant in participants:
        AttendanceFactory(meeting=meeting, participant=participant, present=False)
    client.force_login(coordinator)
    client.post(
        reverse("attendance:meeting", args=[meeting.pk]),
        attendance_data(ordered(meeting, coordinator)),
    )
    assert MeetingAttendance.objects.filter(meeting=meeting, present=True).count() == 2
    assert MeetingAttendance.objects.count() == 2


def test_saving_twenty_rows_takes_as_many_queries_as_five(
    client, coordinator, home_page, django_assert_num_queries
):
    small_meeting = make_meeting(home_page, slug="pieni")
    big_meeting = make_meeting(home_page, slug="iso", days_ago=2)
    client.force_login(coordinator)
    arabic_speakers(5)
    small = ordered(small_meeting, coordinator)
    client.get(reverse("attendance:index"))  # warm per-process caches
    with CaptureQueriesContext(connection) as five:
        client.post(reverse("attendance:meeting", args=[small_meeting.pk]), attendance_data(small))
    assert MeetingAttendance.objects.filter(meeting=small_meeting).count() == 5
    arabic_speakers(15)
    big = ordered(big_meeting, coordinator)
    assert len(big) == 20
    with django_assert_num_queries(len(five)):
        client.post(reverse("attendance:meeting", args=[big_meeting.pk]), attendance_data(big))
    assert MeetingAttendance.objects.filter(meeting=big_meeting).count() == 20


def test_negative_children_are_refused_next_to_the_row_and_nothing_is_saved(
    client, coordinator, meeting
):
    arabic_speakers(2)
    client.force_login(coordinator)
    response = client.post(
        reverse("attendance:meeting", args=[meeting.pk]),
        attendance_data(ordered(meeting, coordinator), children=-1),
    )
    assert response.status_code == 200
    assert "The number of children cannot be negative." in response.content.decode()
    assert not MeetingAttendance.objects.exists()


def test_children_without_presence_are_refused(client, coordinator, meeting):
    participants = arabic_speakers(1)
    data = attendance_data(participants, children=2)
    del data["rows-0-present"]
    client.force_login(coordinator)
    response = client.post(reverse("attendance:meeting", args=[meeting.pk]), data)
    assert "only for a participant who was present" in response.content.decode()
    assert not MeetingAttendance.objects.exists()


def test_worker_sees_only_her_caseload_on_the_screen(client, make_user, meeting):
    worker = make_user("Project workers")
    mine = arabic_speakers(1, worker=worker)
    arabic_speakers(2, worker=make_user("Project workers"))
    client.force_login(worker)
    response = client.get(reverse("attendance:meeting", args=[meeting.pk]))
    assert [participant for participant, _form in response.context["rows"]] == mine


def test_worker_cannot_record_attendance_for_another_workers_participant(
    client, make_user, meeting
):
    worker = make_user("Project workers")
    mine = arabic_speakers(1, worker=worker)
    others = arabic_speakers(1, worker=make_user("Project workers"))
    data = attendance_data(mine)
    data["rows-0-participant"] = str(others[0].pk)  # a tampered form
    client.force_login(worker)
    client.post(reverse("attendance:meeting", args=[meeting.pk]), data)
    assert not MeetingAttendance.objects.filter(participant=others[0]).exists()


@pytest.mark.parametrize("group", ["Editors", "Report readers"])
def test_roles_without_participants_cannot_open_the_screen(client, make_user, meeting, group):
    arabic_speakers(1)
    client.force_login(make_user(group))
    response = client.get(reverse("attendance:meeting", args=[meeting.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert "Äiti" not in response.content.decode()


def test_saving_is_logged_on_the_meeting(client, coordinator, meeting):
    from wagtail.models import PageLogEntry

    arabic_speakers(2)
    client.force_login(coordinator)
    client.post(
        reverse("attendance:meeting", args=[meeting.pk]),
        attendance_data(ordered(meeting, coordinator)),
    )
    entry = PageLogEntry.objects.get(action="volunteers.participants.attendance")
    assert (entry.page_id, entry.user) == (meeting.pk, coordinator)


def test_opening_the_screen_takes_as_many_queries_for_twenty_as_for_five(
    client, coordinator, meeting, django_assert_num_queries
):
    arabic_speakers(5)
    client.force_login(coordinator)
    url = reverse("attendance:meeting", args=[meeting.pk])
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as five:
        client.get(url)
    arabic_speakers(15)
    with django_assert_num_queries(len(five)):
        response = client.get(url)
    assert len(response.context["rows"]) == 20


# The attendance meeting list: session, user, permissions, the menu and the meetings
# with their venues, whatever their number.
MAX_MEETING_LIST_QUERIES = 13


def test_the_meeting_list_costs_the_same_queries_for_3_meetings_as_for_30(
    client, coordinator, home_page, django_assert_max_num_queries
):
    for days_ago in range(3):
        make_meeting(home_page, days_ago=days_ago)
    client.force_login(coordinator)
    url = reverse("attendance:index")
    client.get(url)  # the staff session's first stamp, per-process caches
    few = queries_of(client, url)
    for days_ago in range(3, 30):
        make_meeting(home_page, days_ago=days_ago)
    with django_assert_max_num_queries(MAX_MEETING_LIST_QUERIES):
        assert queries_of(client, url) == few
    assert len(client.get(url).context["meetings"]) == 30
