"""Training sessions: attendance fulfils the "training" screening requirement."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import roles
from tests.conftest import prefer_language
from tests.factories.volunteers import RequirementItemFactory, VolunteerFactory
from tests.refusals import assert_refused, refused_to
from volunteers.volunteers import training
from volunteers.volunteers.eligibility import volunteer_missing
from volunteers.volunteers.models import (
    RequirementItem,
    RequirementKind,
    TrainingAttendance,
    TrainingSession,
    VolunteerStatus,
)

pytestmark = pytest.mark.django_db
K = RequirementKind


@pytest.fixture(autouse=True)
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


def _missing(volunteer):
    return [reason for reasons in volunteer_missing(volunteer).values() for reason in reasons]


def _session(days_ago=10, topic="Perehdytys"):
    return TrainingSession.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        topic=topic,
        trainer="Kouluttaja Koivu",
    )


def _training_items(volunteer):
    return list(volunteer.requirements.filter(kind=K.TRAINING))


def test_attending_marks_the_training_requirement_done_on_the_session_date(coordinator):
    volunteer = VolunteerFactory(roles=["friend"], status=VolunteerStatus.INTERVIEWED)
    session = _session()
    assert "missing: training" in _missing(volunteer)
    training.record_attendance(session, volunteer, by=coordinator)
    [item] = _training_items(volunteer)
    assert item.done_on == session.date
    assert item.recorded_by == coordinator
    assert "Perehdytys" in item.note
    assert "missing: training" not in _missing(volunteer)


def test_recording_the_same_attendance_twice_keeps_one_requirement(coordinator):
    volunteer = VolunteerFactory()
    session = _session()
    training.record_attendance(session, volunteer, by=coordinator)
    training.record_attendance(session, volunteer, by=coordinator)
    assert len(_training_items(volunteer)) == 1


def test_moving_the_session_moves_the_requirement_date(coordinator):
    volunteer = VolunteerFactory()
    session = _session(days_ago=10)
    training.record_attendance(session, volunteer, by=coordinator)
    session.date = timezone.localdate() - datetime.timedelta(days=20)
    session.save()
    assert _training_items(volunteer)[0].done_on == session.date


def test_removing_attendance_withdraws_only_the_requirement_it_produced(coordinator):
    volunteer = VolunteerFactory(roles=["friend"])
    by_hand = RequirementItemFactory(
        volunteer=volunteer, kind=K.TRAINING, done_on=timezone.localdate() - datetime.timedelta(400)
    )
    session = _session()
    other = _session(days_ago=5, topic="Kertaus")
    training.record_attendance(session, volunteer, by=coordinator)
    training.record_attendance(other, volunteer, by=coordinator)
    training.remove_attendance(session, volunteer)
    remaining = _training_items(volunteer)
    assert {i.pk for i in remaining} == {by_hand.pk, other.attendances.get().requirement_id}


def test_removing_the_only_training_leaves_the_requirement_missing(coordinator):
    volunteer = VolunteerFactory(roles=["friend"], status=VolunteerStatus.TRAINED)
    session = _session()
    training.record_attendance(session, volunteer, by=coordinator)
    training.remove_attendance(session, volunteer)
    assert _training_items(volunteer) == []
    assert "missing: training" in _missing(volunteer)
    # The screening status is a coordinator's move; it is not rewound behind her back.
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.TRAINED


def test_deleting_a_session_withdraws_its_requirements(coordinator):
    volunteer = VolunteerFactory()
    session = _session()
    training.record_attendance(session, volunteer, by=coordinator)
    session.delete()
    assert _training_items(volunteer) == []


@pytest.fixture
def coordinator_client(client, make_user, english):
    client.force_login(prefer_language(make_user(roles.COORDINATORS), "en"))
    return client


def _inline(prefix, rows, initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{i}-{key}"] = value
        data.setdefault(f"{prefix}-{i}-ORDER", str(i + 1))
    return data


def test_a_coordinator_records_a_session_with_attendees_in_the_admin(coordinator_client):
    volunteer = VolunteerFactory(first_name="Aino")
    day = timezone.localdate() - datetime.timedelta(days=3)
    data = {"date": day.isoformat(), "topic": "Kulttuurit", "trainer": "Liisa"}
    data |= _inline("attendances", [{"volunteer": str(volunteer.pk), "id": ""}])
    response = coordinator_client.post(reverse("training_admin:add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    [item] = _training_items(volunteer)
    assert item.done_on == day
    assert item.recorded_by is not None
    attendance = TrainingAttendance.objects.get()
    # Removing the row in the admin withdraws the requirement.
    data = {"date": day.isoformat(), "topic": "Kulttuurit", "trainer": "Liisa"}
    data |= _inline(
        "attendances",
        [{"volunteer": str(volunteer.pk), "id": str(attendance.pk), "DELETE": "1"}],
        initial=1,
    )
    response = coordinator_client.post(
        reverse("training_admin:edit", args=[attendance.session_id]), data
    )
    assert response.status_code == 302
    assert not RequirementItem.objects.filter(kind=K.TRAINING).exists()


@pytest.mark.parametrize(
    "group", [None, roles.VOLUNTEERS, roles.PARTNER_PROFESSIONALS, roles.PROJECT_WORKERS]
)
def test_outsiders_cannot_open_training_or_other_volunteering(client, make_user, group):
    _session()
    client.force_login(make_user(group))
    for name in ("training_admin:index", "training_admin:add", "other_volunteering_admin:index"):
        response = client.get(reverse(name))
        assert_refused(response, to=refused_to(group))
        if response.status_code == 302:
            assert "/login/" in response["Location"] or response["Location"].startswith("/admin/")


def test_her_training_and_other_volunteering_are_in_her_export_and_erased(client, coordinator):
    import json

    from volunteers.volunteers.models import OtherVolunteering

    volunteer = VolunteerFactory(first_name="Sanna")
    training.record_attendance(_session(topic="Perehdytys"), volunteer, by=coordinator)
    OtherVolunteering.objects.create(
        volunteer=volunteer,
        date=timezone.localdate(),
        kind="event",
        duration_minutes=90,
        description="Kevätjuhla Sannan kanssa",
    )
    client.force_login(coordinator)
    export = reverse("privacy:export", args=["volunteer", volunteer.pk, "json"])
    data = json.loads(client.get(export).content)["data"]
    assert data["training_sessions"][0]["topic"] == "Perehdytys"
    assert data["other_volunteering"][0]["duration_minutes"] == "90"
    erase = reverse("privacy:erase", args=["volunteer", volunteer.pk])
    assert client.post(erase, {"confirm": str(volunteer.pk)}).status_code == 302
    # The hours stay for the statistics; the free text that may name her does not.
    assert OtherVolunteering.objects.get().description == ""
