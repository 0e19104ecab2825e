"""Outreach contacts: a worker records her contacts with as little personal data as
possible and sees only her own; coordinators see all; enrolling turns a contact into
a participant and keeps the link; everybody else is refused."""

import pytest
from django.urls import reverse

from cms import roles
from resources.models import Municipality
from volunteers.outreach.models import Outcome, OutreachContact
from volunteers.participants.models import Participant
from volunteers.participants.models.participants import ReachedVia

pytestmark = pytest.mark.django_db

OBJECT_VIEWS = ["edit", "delete", "history", "usage"]


def form_data(channel, **overrides):
    data = {
        "date": "2026-11-02",
        "channel": channel.pk,
        "partner": "",
        "language": "ar",
        "outcome": Outcome.INVITED,
        "first_name": "Hodan",
        "contact_details": "",
        "notes": "",
    }
    data.update(overrides)
    return data


def test_worker_records_a_contact_as_her_own(client, worker, channel):
    client.force_login(worker)
    response = client.post(reverse("outreach_contacts:add"), form_data(channel))
    assert response.status_code == 302
    contact = OutreachContact.objects.get()
    assert (contact.first_name, contact.worker, contact.outcome) == ("Hodan", worker, "invited")


def test_contact_details_need_her_recorded_consent(client, worker, channel):
    client.force_login(worker)
    response = client.post(
        reverse("outreach_contacts:add"),
        form_data(channel, contact_details="040 123 4567"),
    )
    assert response.status_code == 200
    # "Keep contact details only with her recorded consent." (the admin is in Finnish)
    assert "vain hänen kirjatulla suostumuksellaan" in response.content.decode()
    assert not OutreachContact.objects.exists()


def test_contact_details_are_kept_with_consent(client, worker, channel):
    client.force_login(worker)
    client.post(
        reverse("outreach_contacts:add"),
        form_data(channel, contact_details="040 123 4567", contact_consent="on"),
    )
    assert OutreachContact.objects.get().contact_details == "040 123 4567"


def test_a_contact_without_any_name_is_fine(client, worker, channel):
    client.force_login(worker)
    client.post(reverse("outreach_contacts:add"), form_data(channel, first_name=""))
    assert OutreachContact.objects.get().first_name == ""


def test_worker_lists_only_her_own_contacts(client, worker, own_contact, others_contact):
    client.force_login(worker)
    response = client.get(reverse("outreach_contacts:index"))
    assert list(response.context["object_list"]) == [own_contact]


def test_coordinator_lists_every_contact(client, coordinator, own_contact, others_contact):
    client.force_login(coordinator)
    response = client.get(reverse("outreach_contacts:index"))
    assert set(response.context["object_list"]) == {own_contact, others_contact}


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_worker_gets_404_for_another_workers_contact(client, worker, others_contact, view):
    client.force_login(worker)
    response = client.get(reverse(f"outreach_contacts:{view}", args=[others_contact.pk]))
    assert response.status_code == 404


def test_worker_opens_her_own_contact_with_an_enrol_button(client, worker, own_contact):
    client.force_login(worker)
    response = client.get(reverse("outreach_contacts:edit", args=[own_contact.pk]))
    assert response.status_code == 200
    assert reverse("outreach_contacts:enrol", args=[own_contact.pk]) in response.content.decode()


@pytest.mark.parametrize(
    "group",
    [roles.EDITORS, roles.PARTNER_PROFESSIONALS, roles.VOLUNTEERS, roles.REPORT_READERS, None],
)
def test_other_roles_cannot_open_contacts(client, make_user, own_contact, group):
    client.force_login(make_user(group))
    for url in (
        reverse("outreach_contacts:index"),
        reverse("outreach_contacts:edit", args=[own_contact.pk]),
        reverse("outreach_contacts:enrol", args=[own_contact.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "Oma" not in response.content.decode()


def enrol(client, contact, **overrides):
    data = {
        "first_name": "Oma",
        "last_name": "",
        "municipality": Municipality.objects.get(name="Kemi").pk,
    }
    data.update(overrides)
    return client.post(reverse("outreach_contacts:enrol", args=[contact.pk]), data)


def test_enrolling_makes_her_a_participant_and_keeps_the_link(client, worker, own_contact):
    own_contact.language = "so"
    own_contact.save()
    client.force_login(worker)
    response = enrol(client, own_contact, last_name="Ali")
    participant = Participant.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("participants:edit", args=[participant.pk])
    assert (participant.first_name, participant.last_name) == ("Oma", "Ali")
    assert participant.worker == worker
    assert participant.reached_via == ReachedVia.OUTREACH
    assert participant.language_codes() == ["so"]
    own_contact.refresh_from_db()
    assert own_contact.participant == participant
    assert own_contact.outcome == Outcome.ENROLLED


def test_reached_by_outreach_then_enrolled_can_be_counted(client, worker, own_contact, channel):
    from tests.factories.outreach import OutreachContactFactory

    OutreachContactFactory(worker=worker, channel=channel)
    client.force_login(worker)
    enrol(client, own_contact)
    assert OutreachContact.objects.count() == 2
    assert OutreachContact.objects.converted().count() == 1


def test_enrolling_twice_makes_one_participant(client, worker, own_contact):
    client.force_login(worker)
    enrol(client, own_contact)
    response = enrol(client, own_contact)
    assert response.status_code == 302
    assert Participant.objects.count() == 1


def test_enrol_form_asks_again_for_a_missing_municipality(client, worker, own_contact):
    client.force_login(worker)
    response = enrol(client, own_contact, municipality="")
    assert response.status_code == 200
    assert not Participant.objects.exists()


def test_worker_cannot_enrol_another_workers_contact(client, worker, others_contact):
    client.force_login(worker)
    response = enrol(client, others_contact)
    assert response.status_code == 404
    assert not Participant.objects.exists()
