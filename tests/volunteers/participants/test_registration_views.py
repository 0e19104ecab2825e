"""The registration screens: a worker registers mothers of her caseload, the
coordinator's meeting view counts them, outsiders get nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms import roles
from tests.factories.participants import ParticipantChildFactory, ParticipantFactory
from tests.factories.resources import ThemeMeetingPageFactory
from tests.refusals import assert_refused, refused_to
from volunteers.participants import registrations
from volunteers.participants.models import InterpreterBooking, MeetingRegistration

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_municipalities")]


@pytest.fixture
def meeting(meeting_index):
    return ThemeMeetingPageFactory(parent=meeting_index, seats=10, childcare_places=4)


@pytest.fixture
def worker(make_user):
    return make_user(roles.PROJECT_WORKERS)


def test_a_worker_registers_a_mother_with_children_and_an_interpreter(client, meeting, worker):
    amina = ParticipantFactory(worker=worker, first_name="Amina")
    kids = [
        ParticipantChildFactory(participant=amina, birth_year=timezone.localdate().year - age)
        for age in (2, 4)
    ]
    client.force_login(worker)
    response = client.post(
        f"/admin/registrations/{meeting.pk}/register/",
        {
            "participant": amina.pk,
            "children": [k.pk for k in kids],
            "interpreter_language": "ar",
        },
    )
    assert response.status_code == 302
    registration = MeetingRegistration.objects.get()
    assert registration.status == MeetingRegistration.Status.REGISTERED
    assert registration.interpreter_language == "ar"
    html = client.get(f"/admin/registrations/{meeting.pk}/").content.decode()
    assert 'data-count="registered">1<' in html
    assert 'data-count="children">2<' in html
    assert 'data-interpreter="ar">1<' in html
    assert 'data-age="2">1<' in html and 'data-age="4">1<' in html
    assert "Amina" in html


def test_registering_twice_in_the_form_shows_a_message(client, meeting, worker):
    amina = ParticipantFactory(worker=worker, first_name="Amina")
    registrations.register(meeting, amina, worker)
    client.force_login(worker)
    response = client.post(
        f"/admin/registrations/{meeting.pk}/register/", {"participant": amina.pk}
    )
    assert response.status_code == 200
    assert "on jo ilmoitettu tähän tapaamiseen" in response.content.decode()
    assert MeetingRegistration.objects.count() == 1


def test_a_worker_cannot_pick_another_workers_mother(client, meeting, worker, make_user):
    other = ParticipantFactory(worker=make_user(roles.PROJECT_WORKERS))
    client.force_login(worker)
    response = client.post(
        f"/admin/registrations/{meeting.pk}/register/", {"participant": other.pk}
    )
    assert response.status_code == 200  # the form refuses the choice
    assert MeetingRegistration.objects.count() == 0


def test_a_worker_sees_the_counts_but_not_another_workers_mothers(
    client, meeting, worker, make_user
):
    colleague = make_user(roles.PROJECT_WORKERS)
    registrations.register(
        meeting, ParticipantFactory(worker=colleague, first_name="Salainen"), colleague
    )
    client.force_login(worker)
    html = client.get(f"/admin/registrations/{meeting.pk}/").content.decode()
    assert 'data-count="registered">1<' in html
    assert "Salainen" not in html


def test_an_outsider_cannot_cancel_another_workers_registration(client, meeting, worker, make_user):
    registration = registrations.register(meeting, ParticipantFactory(worker=worker), worker)
    client.force_login(make_user(roles.PROJECT_WORKERS))
    response = client.post(f"/admin/registrations/{meeting.pk}/cancel/{registration.pk}/")
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == MeetingRegistration.Status.REGISTERED


@pytest.mark.parametrize("group", [roles.VOLUNTEERS, roles.EDITORS, roles.REPORT_READERS])
def test_other_roles_cannot_open_registrations(client, meeting, make_user, group):
    client.force_login(make_user(group))
    response = client.get(f"/admin/registrations/{meeting.pk}/")
    assert_refused(response, to=refused_to(group))


def test_the_coordinator_marks_an_interpreter_booked(client, meeting, worker, make_user):
    registrations.register(
        meeting, ParticipantFactory(worker=worker), worker, interpreter_language="ar"
    )
    coordinator = make_user(roles.COORDINATORS)
    client.force_login(coordinator)
    client.post(
        f"/admin/registrations/{meeting.pk}/interpreters/", {"language": "ar", "booked": "1"}
    )
    assert InterpreterBooking.objects.get(meeting=meeting, language="ar").booked
    client.force_login(worker)
    response = client.post(
        f"/admin/registrations/{meeting.pk}/interpreters/", {"language": "ar", "booked": "0"}
    )
    assert_refused(response, to="dashboard")
    assert InterpreterBooking.objects.get(meeting=meeting, language="ar").booked


def test_attendance_starts_from_the_registrations(client, meeting, worker):
    amina = ParticipantFactory(worker=worker, first_name="Amina")
    kids = [ParticipantChildFactory(participant=amina) for _ in range(2)]
    registrations.register(meeting, amina, worker, children=kids, interpreter_language="ar")
    client.force_login(worker)
    response = client.get(f"/admin/attendance/{meeting.pk}/")
    forms = response.context["formset"].forms
    assert [f.initial for f in forms] == [
        {
            "participant": amina.pk,
            "present": True,
            "children_in_childcare": 2,
            "interpreter_used": True,
        }
    ]


def test_the_meeting_list_costs_the_same_queries_however_many_meetings(
    client, meeting_index, make_user
):
    coordinator = make_user(roles.COORDINATORS)
    client.force_login(coordinator)
    ThemeMeetingPageFactory(parent=meeting_index)
    client.get("/admin/registrations/")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/registrations/")
    for _ in range(5):
        ThemeMeetingPageFactory(parent=meeting_index)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/registrations/")
    assert response.status_code == 200
    assert len(many) == len(few)
