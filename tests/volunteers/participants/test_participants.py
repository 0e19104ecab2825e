"""Participant records: validation with clear messages, Unicode names, audit log."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories.participants import ParticipantChildFactory, ParticipantFactory
from tests.volunteers.participants.participant_helpers import (
    english_admin,
    participant_form_data,
    with_child,
)
from volunteers.participants.models import Participant, ParticipantLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English, whatever translations are compiled."""
    with translation.override("en"):
        yield


@pytest.fixture
def worker(make_user):
    return english_admin(make_user("Project workers"))


def test_exit_before_entry_is_refused_with_a_message():
    participant = ParticipantFactory.build(
        entry_date=datetime.date(2026, 3, 1),
        exit_date=datetime.date(2026, 2, 1),
        exit_reason="moved",
    )
    with pytest.raises(ValidationError) as error:
        participant.full_clean()
    assert error.value.message_dict["exit_date"] == [
        "The exit date cannot be before the entry date."
    ]


def test_exit_needs_a_reason():
    participant = ParticipantFactory.build(exit_date=timezone.localdate())
    with pytest.raises(ValidationError) as error:
        participant.full_clean()
    assert "exit_reason" in error.value.message_dict


def test_child_born_next_year_is_refused():
    child = ParticipantChildFactory.build(
        participant=ParticipantFactory(), birth_year=timezone.localdate().year + 1
    )
    with pytest.raises(ValidationError) as error:
        child.full_clean()
    assert "in the future" in error.value.message_dict["birth_year"][0]


def test_child_born_absurdly_long_ago_is_refused():
    child = ParticipantChildFactory.build(participant=ParticipantFactory(), birth_year=1900)
    with pytest.raises(ValidationError) as error:
        child.full_clean()
    assert "too long ago" in error.value.message_dict["birth_year"][0]


def test_unknown_wish_is_refused():
    participant = ParticipantFactory.build(wishes=["no_such_wish"])
    with pytest.raises(ValidationError) as error:
        participant.full_clean()
    assert "wishes" in error.value.message_dict


def test_worker_creates_a_participant_with_a_unicode_name(client, worker):
    client.force_login(worker)
    response = client.post(reverse("participants:add"), participant_form_data(worker))
    assert response.status_code == 302
    participant = Participant.objects.get()
    assert (participant.first_name, participant.last_name) == ("محمد", "Ñúñez-Äijälä")
    assert participant.worker == worker


def test_creating_a_participant_is_logged_with_the_user(client, worker):
    client.force_login(worker)
    client.post(reverse("participants:add"), participant_form_data(worker))
    entry = ParticipantLogEntry.objects.get(action="wagtail.create")
    assert entry.user == worker
    assert entry.object_id == str(Participant.objects.get().pk)


def test_exit_before_entry_in_the_form_shows_the_message_and_keeps_the_input(client, worker):
    client.force_login(worker)
    data = participant_form_data(
        worker, entry_date="2026-03-01", exit_date="2026-02-01", exit_reason="moved", goals="Suomi"
    )
    response = client.post(reverse("participants:add"), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "The exit date cannot be before the entry date." in content
    assert "Suomi" in content  # nothing she typed is lost
    assert not Participant.objects.exists()


def test_future_birth_year_in_the_form_shows_the_message(client, worker):
    client.force_login(worker)
    data = with_child(participant_form_data(worker), timezone.localdate().year + 2)
    response = client.post(reverse("participants:add"), data)
    assert response.status_code == 200
    assert "is in the future" in response.content.decode()
    assert not Participant.objects.exists()


def test_wishes_and_availability_are_saved_as_lists(client, worker):
    client.force_login(worker)
    data = participant_form_data(worker, wishes=["women_only"], availability=["evenings"])
    client.post(reverse("participants:add"), data)
    participant = Participant.objects.get()
    assert participant.wishes == ["women_only"]
    assert participant.availability == ["evenings"]
