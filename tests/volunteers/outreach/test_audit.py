"""The audit log of outreach contacts and referrals names no one and follows the
rows' rule: another worker's contact stays out of a worker's site history."""

import pytest
from django.urls import reverse

from tests.factories.participants import ParticipantFactory
from volunteers.outreach.audit import OutreachLogEntry

pytestmark = pytest.mark.django_db

SITE_HISTORY = "wagtailadmin_reports:site_history"


def record_contact(client, user, channel, first_name):
    client.force_login(user)
    response = client.post(
        reverse("outreach_contacts:add"),
        {
            "date": "2026-11-02",
            "channel": channel.pk,
            "language": "",
            "outcome": "invited",
            "first_name": first_name,
            "contact_details": "",
            "notes": "",
        },
    )
    assert response.status_code == 302
    client.logout()
    return OutreachLogEntry.objects.latest("timestamp")


def history(client, user):
    client.force_login(user)
    response = client.get(reverse(SITE_HISTORY))
    assert response.status_code == 200
    return response.content.decode()


def test_an_entry_keeps_no_name(client, worker, channel):
    entry = record_contact(client, worker, channel, "Salainen")
    assert "Salainen" not in entry.label
    assert entry.worker_ref == worker.pk


def test_worker_sees_her_own_contacts_entries_and_not_anothers(
    client, worker, other_worker, channel
):
    mine = record_contact(client, worker, channel, "Oma")
    hers = record_contact(client, other_worker, channel, "Salainen")
    page = history(client, worker)
    assert mine.label in page
    assert hers.label not in page
    assert "Salainen" not in page


def test_coordinator_sees_every_entry(client, coordinator, worker, other_worker, channel):
    a = record_contact(client, worker, channel, "A")
    b = record_contact(client, other_worker, channel, "B")
    page = history(client, coordinator)
    assert a.label in page and b.label in page


def test_referral_entries_follow_the_caseload(client, worker, other_worker, organisation):
    hers = ParticipantFactory(first_name="Salainen", worker=other_worker)
    client.force_login(other_worker)
    response = client.post(
        reverse("referrals:add"),
        {
            "direction": "out",
            "date": "2026-11-02",
            "organisation": organisation.pk,
            "participant": hers.pk,
            "family_first_name": "",
            "purpose": "Kela",
            "status": "sent",
            "outcome": "",
        },
    )
    assert response.status_code == 302
    entry = OutreachLogEntry.objects.get(participant_ref=hers.pk)
    assert entry.label not in history(client, worker)
    assert entry.label in history(client, other_worker)
