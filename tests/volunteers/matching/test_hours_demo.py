"""The demo data covers volunteering hours and training sessions."""

import pytest

from home import demo
from volunteers.matching import hours
from volunteers.volunteers.models import (
    OtherVolunteering,
    RequirementKind,
    TrainingAttendance,
    TrainingSession,
    Volunteer,
)

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("hours-demo")]


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            demo.load()
            yield
            transaction.set_rollback(True)


def test_demo_training_sessions_fulfil_the_training_requirement(demo_loaded):
    assert TrainingSession.objects.count() >= 2
    attendances = TrainingAttendance.objects.select_related("requirement", "session")
    assert attendances.count() >= 2
    for attendance in attendances:
        assert attendance.requirement.kind == RequirementKind.TRAINING
        assert attendance.requirement.done_on == attendance.session.date


def test_the_demo_volunteer_has_meeting_and_other_hours(demo_loaded):
    volunteer = Volunteer.objects.get(user__username="volunteer")
    mine = hours.hours_for_volunteer(volunteer)
    assert sum(m.meeting_minutes for m in mine.months) > 0
    assert sum(m.other_minutes for m in mine.months) > 0
    assert mine.matches


def test_the_coordinators_report_has_rows_and_the_demo_loads_twice(demo_loaded):
    assert len(hours.hours_by_volunteer_and_month()) >= 5
    count = OtherVolunteering.objects.count()
    demo.load()
    assert OtherVolunteering.objects.count() == count
    assert TrainingSession.objects.count() == 2
