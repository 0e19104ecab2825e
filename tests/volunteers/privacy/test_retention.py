"""Retention under a frozen clock: participants are anonymised 24 months after exit,
volunteers 12 months after leaving (settings), by the beat task, which lists what
it did for coordinators."""

import datetime

import pytest
from django.conf import settings
from freezegun import freeze_time

from tests.factories.participants import ParticipantFactory
from tests.factories.volunteers import VolunteerFactory
from volunteers.participants.models import Participant
from volunteers.privacy.models import PrivacyRecord
from volunteers.privacy.tasks import apply_retention_task
from volunteers.volunteers.models import Volunteer, VolunteerStatus, VolunteerStatusEvent

pytestmark = pytest.mark.django_db

EXITED = datetime.date(2024, 3, 15)


def exited(**kwargs):
    return ParticipantFactory(
        first_name="Leila",
        entry_date=datetime.date(2023, 1, 1),
        exit_date=EXITED,
        exit_reason="completed",
        **kwargs,
    )


def left_volunteer(status, at):
    volunteer = VolunteerFactory(first_name="Kaisa", status=status)
    with freeze_time(at):
        VolunteerStatusEvent.objects.create(
            volunteer=volunteer, from_status="approved", to_status=status, at=at
        )
    return volunteer


def test_defaults_are_24_and_12_months():
    assert (settings.PARTICIPANT_RETENTION_MONTHS, settings.VOLUNTEER_RETENTION_MONTHS) == (24, 12)


def test_participant_is_kept_until_24_months_after_exit():
    her = exited()
    with freeze_time("2026-03-14 12:00"):
        assert apply_retention_task() == {}
    her.refresh_from_db()
    assert her.first_name == "Leila" and her.anonymised_at is None


def test_participant_is_anonymised_24_months_after_exit():
    her = exited()
    active = ParticipantFactory(first_name="Aktiivinen")
    with freeze_time("2026-03-15 12:00"):
        result = apply_retention_task()
    her.refresh_from_db()
    assert her.first_name == f"#{her.pk}" and her.anonymised_at is not None
    assert Participant.objects.get(pk=active.pk).first_name == "Aktiivinen"
    assert result["participants"] == [her.pk]
    record = PrivacyRecord.objects.get(kind="retention")
    assert record.details["participants"] == [her.pk] and record.by is None
    assert "1" in record.summary


def test_volunteer_is_anonymised_12_months_after_leaving():
    tz = datetime.UTC
    gone = left_volunteer(VolunteerStatus.WITHDRAWN, datetime.datetime(2025, 6, 1, 9, tzinfo=tz))
    recent = left_volunteer(VolunteerStatus.REJECTED, datetime.datetime(2025, 8, 1, 9, tzinfo=tz))
    approved = VolunteerFactory(first_name="Mukana", status=VolunteerStatus.APPROVED)
    with freeze_time("2026-06-02 03:15"):
        result = apply_retention_task()
    assert result["volunteers"] == [gone.pk]
    assert Volunteer.objects.get(pk=gone.pk).first_name == f"#{gone.pk}"
    assert Volunteer.objects.get(pk=recent.pk).first_name == "Kaisa"
    assert Volunteer.objects.get(pk=approved.pk).first_name == "Mukana"


def test_a_second_run_does_nothing_and_records_nothing():
    exited()
    with freeze_time("2026-04-01"):
        apply_retention_task()
        assert apply_retention_task() == {}
    assert PrivacyRecord.objects.filter(kind="retention").count() == 1


@pytest.mark.parametrize("months", [6])
def test_the_period_is_a_setting(settings, months):
    settings.PARTICIPANT_RETENTION_MONTHS = months
    her = exited()
    with freeze_time("2024-09-15"):
        apply_retention_task()
    her.refresh_from_db()
    assert her.anonymised_at is not None


def test_the_task_is_on_the_beat_schedule():
    entry = settings.CELERY_BEAT_SCHEDULE["privacy-retention"]
    assert entry["task"] == apply_retention_task.name
