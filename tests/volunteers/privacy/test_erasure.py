"""Erasure: her name, contacts, free text and login go; the reports' counts stay;
it needs a confirmation and a coordinator, and it is recorded."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories.matches import make_match
from tests.factories.participants import AttendanceFactory, make_meeting
from tests.factories.volunteers import VolunteerFactory
from tests.refusals import assert_refused
from volunteers.matching.models import MeetingLog
from volunteers.outbox.models import OutgoingEmail
from volunteers.participants import reporting
from volunteers.participants.models import Participant, ParticipantLogEntry
from volunteers.privacy.erasure import erase_participant
from volunteers.privacy.models import PrivacyRecord
from volunteers.volunteers.models import Volunteer

pytestmark = pytest.mark.django_db


def erase_url(subject, pk):
    return reverse("privacy:erase", args=[subject, pk])


def counts():
    """Aggregates the reports read: ESF flow, indicators and visits."""
    return (
        reporting.esf_flow(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
        reporting.esf_indicators(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
        reporting.visits(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
        Participant.objects.filter(municipality__name="Kemi").count(),
    )


def test_confirmation_page_changes_nothing(client, coordinator, mother):
    client.force_login(coordinator)
    response = client.get(erase_url("participant", mother.pk))
    assert response.status_code == 200
    assert 'name="confirm"' in response.content.decode()
    mother.refresh_from_db()
    assert mother.first_name == "Amina" and mother.anonymised_at is None


def test_a_post_without_the_confirmation_erases_nothing(client, coordinator, mother):
    client.force_login(coordinator)
    response = client.post(erase_url("participant", mother.pk), {})
    assert response.status_code == 200
    mother.refresh_from_db()
    assert mother.first_name == "Amina"


def test_coordinator_erases_a_participant(client, coordinator, mother):
    before = counts()
    match = make_match(participant=mother, agreed_contact="+358 40 765 4321")
    MeetingLog.objects.create(
        match=match, date=datetime.date(2025, 3, 1), duration_minutes=60, note="Amina oli iloinen"
    )
    OutgoingEmail.objects.create(to="amina@example.org", subject="Hei Amina", body="Hei")
    client.force_login(coordinator)
    response = client.post(erase_url("participant", mother.pk), {"confirm": str(mother.pk)})
    assert response.status_code == 302

    mother.refresh_from_db()
    assert mother.anonymised_at is not None
    assert (mother.first_name, mother.last_name, mother.phone, mother.email, mother.goals) == (
        f"#{mother.pk}",
        "",
        "",
        "",
        "",
    )
    assert list(mother.needs.all()) == []
    assert mother.home_visits.get().notes == ""
    match.refresh_from_db()
    assert match.agreed_contact == ""
    assert MeetingLog.objects.get().note == ""
    assert not OutgoingEmail.objects.filter(to="amina@example.org").exists()
    # The reports still count her.
    assert counts() == before
    record = PrivacyRecord.objects.get(kind="erasure")
    assert (record.subject, record.subject_ref, record.by) == (
        "participant",
        mother.pk,
        coordinator,
    )
    entry = ParticipantLogEntry.objects.get(action="privacy.erase")
    assert entry.user == coordinator and "Amina" not in entry.label


def test_erasure_keeps_her_attendance_in_the_counts(mother, home_page):
    meeting = make_meeting(home_page)
    AttendanceFactory(participant=mother, meeting=meeting, present=True, children_in_childcare=2)
    meetings = [meeting.pk]
    when_and_language = {meeting.pk: (meeting.start.date().replace(day=1), "ar")}
    before = reporting.attendance_summary(meetings, when_and_language)
    erase_participant(mother, by=None)
    assert reporting.attendance_summary(meetings, when_and_language) == before
    assert (before["mothers"], before["children"]) == (1, 2)


def test_her_worker_cannot_erase(client, worker, mother):
    client.force_login(worker)
    response = client.post(erase_url("participant", mother.pk), {"confirm": str(mother.pk)})
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert_refused(response, to="dashboard")
    mother.refresh_from_db()
    assert mother.anonymised_at is None


def test_worker_of_another_caseload_gets_404(client, other_worker, mother):
    client.force_login(other_worker)
    assert client.get(erase_url("participant", mother.pk)).status_code == 404


def test_coordinator_erases_a_volunteer_and_her_login(client, coordinator, make_user):
    login = make_user("Volunteers", username="sanna@example.org", email="sanna@example.org")
    volunteer = VolunteerFactory(
        first_name="Sanna", email="sanna@example.org", motivation="Haluan auttaa", user=login
    )
    OutgoingEmail.objects.create(to="sanna@example.org", subject="Tervetuloa Sanna", body="x")
    statuses_before = list(Volunteer.objects.values_list("status", flat=True))
    client.force_login(coordinator)
    response = client.post(erase_url("volunteer", volunteer.pk), {"confirm": str(volunteer.pk)})
    assert response.status_code == 302

    volunteer.refresh_from_db()
    assert volunteer.first_name == f"#{volunteer.pk}"
    assert "sanna" not in volunteer.email and volunteer.motivation == "" and volunteer.phone == ""
    assert volunteer.user is None
    assert not get_user_model().objects.filter(pk=login.pk).exists()
    assert not OutgoingEmail.objects.filter(subject__contains="Sanna").exists()
    assert list(Volunteer.objects.values_list("status", flat=True)) == statuses_before
    assert PrivacyRecord.objects.filter(
        kind="erasure", subject="volunteer", by=coordinator
    ).exists()


def test_a_worker_cannot_erase_a_volunteer(client, worker):
    volunteer = VolunteerFactory()
    client.force_login(worker)
    assert (
        client.post(
            erase_url("volunteer", volunteer.pk), {"confirm": str(volunteer.pk)}
        ).status_code
        == 404
    )
    volunteer.refresh_from_db()
    assert volunteer.anonymised_at is None


def test_the_privacy_log_is_for_coordinators_only(client, coordinator, worker, mother):
    erase_participant(mother, by=coordinator)
    client.force_login(coordinator)
    assert client.get(reverse("privacy_records:index")).status_code == 200
    client.force_login(worker)
    assert_refused(client.get(reverse("privacy_records:index")), to="dashboard")
