"""Registering mothers for meetings: capacity under concurrency, the waiting list,
twice-registered, caseload checks."""

import datetime
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone, translation

from cms import roles
from resources.models.places import ensure_seed_municipalities
from tests.factories.participants import ParticipantChildFactory, ParticipantFactory
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory
from volunteers.outbox.models import OutgoingEmail
from volunteers.participants import registrations
from volunteers.participants.models import MeetingRegistration

Status = MeetingRegistration.Status


@pytest.fixture
def meeting(home_page):
    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    return ThemeMeetingPageFactory(parent=index, seats=2, childcare_places=2)


@pytest.fixture
def worker(make_user):
    return make_user(roles.PROJECT_WORKERS, email="tyontekija@example.org")


def mother(worker, children=0):
    ensure_seed_municipalities()  # transactional tests start from an empty table
    participant = ParticipantFactory(worker=worker)
    kids = [ParticipantChildFactory(participant=participant) for _ in range(children)]
    return participant, kids


@pytest.mark.django_db
def test_a_mother_with_children_is_registered_and_counts_against_childcare(meeting, worker):
    amina, kids = mother(worker, children=2)
    registration = registrations.register(
        meeting, amina, worker, children=kids, interpreter_language="ar"
    )
    assert registration.status == Status.REGISTERED
    assert registration.interpreter_language == "ar"
    used = registrations.capacity_used(meeting)
    assert (used.seats_taken, used.children_taken) == (1, 2)


@pytest.mark.django_db
def test_beyond_childcare_places_she_waits(meeting, worker):
    first, kids = mother(worker, children=2)
    registrations.register(meeting, first, worker, children=kids)
    second, kid = mother(worker, children=1)
    assert registrations.register(meeting, second, worker, children=kid).status == Status.WAITING
    # A mother without children still fits a free seat.
    third, _none = mother(worker)
    assert registrations.register(meeting, third, worker).status == Status.REGISTERED


@pytest.mark.django_db
def test_registered_twice_gets_a_clear_message_and_nothing_is_saved(meeting, worker):
    amina, _kids = mother(worker)
    amina.first_name = "Äijälä"
    amina.save()
    registrations.register(meeting, amina, worker)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            registrations.register(meeting, amina, worker)
        assert error.value.messages == ["Äijälä Esimerkki is already registered for this meeting."]
    assert MeetingRegistration.objects.count() == 1


@pytest.mark.django_db
def test_someone_elses_child_is_refused(meeting, worker):
    amina, _kids = mother(worker)
    _other, other_kids = mother(worker, children=1)
    with pytest.raises(ValidationError):
        registrations.register(meeting, amina, worker, children=other_kids)
    assert MeetingRegistration.objects.count() == 0


@pytest.mark.django_db
def test_a_worker_cannot_register_another_workers_mother(meeting, worker, make_user):
    outsider = make_user(roles.PROJECT_WORKERS)
    amina, _kids = mother(worker)
    with pytest.raises(PermissionDenied):
        registrations.register(meeting, amina, outsider)
    assert MeetingRegistration.objects.count() == 0


@pytest.mark.django_db
def test_a_cancelled_meeting_takes_no_registrations(meeting, worker):
    meeting.cancelled = True
    meeting.save()
    amina, _kids = mother(worker)
    with pytest.raises(ValidationError):
        registrations.register(meeting, amina, worker)


@pytest.mark.django_db
def test_the_waiting_list_moves_up_on_cancel_and_the_worker_is_told(meeting, worker):
    first, _ = mother(worker)
    second, _ = mother(worker)
    waiting_kids_mother, kids = mother(worker, children=3)  # never fits childcare of 2
    waiter, _ = mother(worker)
    r1 = registrations.register(meeting, first, worker)
    registrations.register(meeting, second, worker)
    big = registrations.register(meeting, waiting_kids_mother, worker, children=kids)
    later = registrations.register(meeting, waiter, worker)
    assert (big.status, later.status) == (Status.WAITING, Status.WAITING)
    moved = registrations.cancel(r1, worker)
    assert [r.pk for r in moved] == [later.pk]
    later.refresh_from_db()
    big.refresh_from_db()
    assert later.status == Status.REGISTERED
    assert big.status == Status.WAITING
    assert registrations.cancel(r1, worker) == []  # cancelling twice changes nothing


@pytest.mark.django_db
def test_the_worker_gets_an_email_when_her_mother_moves_up(meeting, worker):
    first, _ = mother(worker)
    waiter, _ = mother(worker)
    waiter.first_name = "Amina"
    waiter.save()
    meeting.seats = 1
    meeting.save()
    r1 = registrations.register(meeting, first, worker)
    registrations.register(meeting, waiter, worker)
    registrations.cancel(r1, worker)
    queued = OutgoingEmail.objects.get(purpose="waiting-list-moved-up")
    assert queued.to == "tyontekija@example.org"
    assert "Amina" in queued.subject


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_overfill_seats_or_childcare(home_page, make_user):
    assert connection.vendor == "postgresql", "row locks need PostgreSQL"
    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    meeting = ThemeMeetingPageFactory(
        parent=index,
        seats=3,
        childcare_places=3,
        start=timezone.now() + datetime.timedelta(days=3),
    )
    workers = [make_user(roles.PROJECT_WORKERS) for _ in range(6)]
    mothers = [mother(w, children=1) for w in workers]
    barrier = threading.Barrier(len(workers))
    outcomes = []

    def register(worker, participant, kids):
        from django.db import connection as thread_connection

        try:
            barrier.wait(timeout=10)
            registration = registrations.register(meeting, participant, worker, children=kids)
            outcomes.append(registration.status)
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=register, args=(w, p, k))
        for w, (p, k) in zip(workers, mothers, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == [Status.REGISTERED] * 3 + [Status.WAITING] * 3
    used = registrations.capacity_used(meeting)
    assert (used.seats_taken, used.children_taken) == (3, 3)
