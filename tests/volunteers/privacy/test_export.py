"""GDPR export: one person's data as JSON and as a readable page in her language;
coordinators for anyone, a project worker for her caseload only, others refused;
every export recorded."""

import json

import pytest
from django.urls import reverse

from tests.factories.volunteers import VolunteerFactory
from volunteers.participants.models import ParticipantLogEntry
from volunteers.privacy.models import PrivacyRecord

pytestmark = pytest.mark.django_db


def url(subject, pk, fmt):
    return reverse("privacy:export", args=[subject, pk, fmt])


def test_coordinator_exports_a_participant_as_json(client, coordinator, mother):
    client.force_login(coordinator)
    response = client.get(url("participant", mother.pk, "json"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["data"]["record"][0]["first_name"] == "Amina"
    assert data["data"]["record"][0]["email"] == "amina@example.org"
    assert data["data"]["home_visits"][0]["notes"] == "Amina kertoi miehestään"
    assert data["data"]["tags"][0]["needs"] == "talous"
    assert len(data["data"]["consents"]) == 1


def test_the_page_is_in_her_language(client, coordinator, mother):
    client.force_login(coordinator)
    response = client.get(url("participant", mother.pk, "html"))
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "Haddad" in content and "Amina kertoi miehestään" in content


def test_the_page_is_finnish_when_her_language_has_no_interface(client, coordinator, mother):
    mother.languages.update(language="kmr")
    client.force_login(coordinator)
    content = client.get(url("participant", mother.pk, "html")).content.decode()
    assert '<html lang="fi" dir="ltr">' in content


def test_worker_exports_her_own_caseload(client, worker, mother):
    client.force_login(worker)
    assert client.get(url("participant", mother.pk, "json")).status_code == 200


def test_worker_of_another_caseload_gets_404(client, other_worker, mother):
    client.force_login(other_worker)
    for fmt in ("json", "html"):
        assert client.get(url("participant", mother.pk, fmt)).status_code == 404
    assert not PrivacyRecord.objects.exists()


@pytest.mark.parametrize("group", ["Editors", "Report readers", "Volunteers", None])
def test_others_are_refused(client, make_user, mother, group):
    client.force_login(make_user(group))
    response = client.get(url("participant", mother.pk, "json"))
    assert response.status_code in (302, 403, 404)
    assert b"Amina" not in response.content


def test_coordinator_exports_a_volunteer_in_her_language(client, coordinator):
    volunteer = VolunteerFactory(first_name="Sanna", language="sv", motivation="Haluan auttaa")
    client.force_login(coordinator)
    data = json.loads(client.get(url("volunteer", volunteer.pk, "json")).content)
    assert data["data"]["record"][0]["motivation"] == "Haluan auttaa"
    assert "confirmation_token" not in data["data"]["record"][0]
    page = client.get(url("volunteer", volunteer.pk, "html")).content.decode()
    assert '<html lang="sv"' in page and "Sanna" in page


def test_a_worker_cannot_export_a_volunteer(client, worker):
    volunteer = VolunteerFactory()
    client.force_login(worker)
    assert client.get(url("volunteer", volunteer.pk, "json")).status_code == 404


def test_every_export_is_recorded_and_audited(client, coordinator, mother):
    client.force_login(coordinator)
    client.get(url("participant", mother.pk, "json"))
    record = PrivacyRecord.objects.get()
    assert (record.kind, record.subject, record.subject_ref, record.by) == (
        "export",
        "participant",
        mother.pk,
        coordinator,
    )
    entry = ParticipantLogEntry.objects.get(action="privacy.export")
    assert (entry.user, entry.participant_ref) == (coordinator, mother.pk)


def test_her_page_offers_export_and_erase_to_a_coordinator(client, coordinator, mother):
    client.force_login(coordinator)
    content = client.get(reverse("participants:inspect", args=[mother.pk])).content.decode()
    assert url("participant", mother.pk, "json") in content
    assert reverse("privacy:erase", args=["participant", mother.pk]) in content


def test_her_worker_sees_export_but_not_erase(client, worker, mother):
    client.force_login(worker)
    content = client.get(reverse("participants:inspect", args=[mother.pk])).content.decode()
    assert url("participant", mother.pk, "html") in content
    assert reverse("privacy:erase", args=["participant", mother.pk]) not in content


def test_a_volunteers_export_lists_the_meetings_she_helped_at(client, coordinator, home_page):
    from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory
    from volunteers.volunteers.models import MeetingHelper

    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    meeting = ThemeMeetingPageFactory(parent=index, title="Neuvolailta")
    volunteer = VolunteerFactory(first_name="Sanna")
    MeetingHelper.objects.create(meeting=meeting, volunteer=volunteer, assigned_by=coordinator)
    client.force_login(coordinator)
    data = json.loads(client.get(url("volunteer", volunteer.pk, "json")).content)
    assert [row["meeting"] for row in data["data"]["childcare_helping"]] == ["Neuvolailta"]
