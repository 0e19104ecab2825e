"""Matching runs survive a broker outage and a dead worker: a queued run whose task
never arrived is sent again, Retry works on any run not done, and a running run
whose heartbeat stopped is queued again long before Redis would redeliver it."""

import os
import socket
import time
from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from tests.broker import app_on_broker, free_port
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.models import MatchingRun
from volunteers.matching.runs import (
    cohort_loaded,
    dispatch_pending_runs,
    execute_run,
    request_run,
)


@pytest.fixture
def handed(monkeypatch):
    """The run ids handed to the broker (the task is not run)."""
    from volunteers.matching import tasks

    sent = []
    monkeypatch.setattr(
        tasks.run_matching_task, "apply_async", lambda args, countdown=None: sent.extend(args)
    )
    return sent


def _dead_pid():
    """A process id that belonged to a process that has exited."""
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_a_run_requested_while_the_broker_is_down_gets_the_normal_page(
    transactional_db, coordinator_client
):
    with app_on_broker(f"redis://127.0.0.1:{free_port()}/0"):
        response = coordinator_client.post(reverse("volunteers_matching:start"))
        assert response.status_code == 302
        assert coordinator_client.get(response["Location"]).status_code == 200
    run = MatchingRun.objects.get()
    assert (run.status, run.dispatched_at) == (MatchingRun.Status.QUEUED, None)


@pytest.mark.django_db(transaction=True)
def test_joining_a_queued_run_whose_task_never_arrived_sends_it_again(handed):
    run = MatchingRun.objects.create()  # queued while the broker was down
    assert request_run(MatchingRun.Trigger.MANUAL).pk == run.pk
    assert handed == [run.pk]
    run.refresh_from_db()
    assert run.dispatched_at is not None
    request_run(MatchingRun.Trigger.MANUAL)
    assert handed == [run.pk]  # handed over now: joining it sends nothing more


@pytest.mark.django_db(transaction=True)
def test_the_dispatcher_sends_a_queued_run_that_never_reached_the_broker_once(handed):
    run = MatchingRun.objects.create()
    assert dispatch_pending_runs() == 1
    assert dispatch_pending_runs() == 0  # a second dispatcher finds nothing to send
    assert handed == [run.pk]


@pytest.mark.django_db(transaction=True)
def test_the_dispatcher_queues_again_a_running_run_whose_heartbeat_stopped(handed, settings):
    settings.MATCHING_STALE_SECONDS = 120
    old = timezone.now() - timedelta(minutes=3)
    lost = MatchingRun.objects.create(
        status="running", started_at=old, heartbeat_at=old, worker="gone-host:1", attempts=1
    )
    assert dispatch_pending_runs() == 1
    lost.refresh_from_db()
    assert lost.status == MatchingRun.Status.QUEUED
    assert handed == [lost.pk]


@pytest.mark.django_db(transaction=True)
def test_a_running_run_with_a_fresh_heartbeat_is_left_alone(handed):
    fresh = timezone.now() - timedelta(seconds=20)
    run = MatchingRun.objects.create(
        status="running", started_at=fresh, heartbeat_at=fresh, worker="other-host:1"
    )
    assert dispatch_pending_runs() == 0
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.RUNNING
    assert handed == []


@pytest.mark.django_db(transaction=True)
def test_a_lost_run_gives_way_to_the_run_already_queued(handed):
    old = timezone.now() - timedelta(minutes=10)
    lost = MatchingRun.objects.create(status="running", started_at=old, heartbeat_at=old)
    queued = MatchingRun.objects.create()
    dispatch_pending_runs()
    lost.refresh_from_db()
    assert lost.status == MatchingRun.Status.FAILED
    assert "worker stopped" in lost.error
    assert handed == [queued.pk]  # sent once, though both steps looked at it


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("status", ["queued", "running", "failed"])
def test_retry_works_on_any_run_that_is_not_done(coordinator_client, handed, status):
    run = MatchingRun.objects.create(status=status, heartbeat_at=timezone.now())
    response = coordinator_client.post(reverse("volunteers_matching:retry", args=[run.pk]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.QUEUED
    assert handed == [run.pk]


@pytest.mark.django_db(transaction=True)
def test_a_duplicate_delivery_while_the_run_is_at_work_elsewhere_computes_nothing():
    now = timezone.now()
    run = MatchingRun.objects.create(
        status="running", started_at=now, heartbeat_at=now, worker="other-host:4242", attempts=1
    )
    assert execute_run(run.pk) == "skipped"
    run.refresh_from_db()
    assert (run.status, run.attempts) == (MatchingRun.Status.RUNNING, 1)


@pytest.mark.django_db(transaction=True)
def test_a_redelivery_after_the_pool_process_died_restarts_the_run():
    matchable_participant()
    matchable_volunteer()
    MatchingRun.objects.all().delete()
    now = timezone.now()
    run = MatchingRun.objects.create(
        status="running",
        started_at=now,
        heartbeat_at=now,
        worker=f"{socket.gethostname()}:{_dead_pid()}",
        attempts=1,
    )
    assert execute_run(run.pk) == "done"
    run.refresh_from_db()
    assert (run.status, run.attempts) == (MatchingRun.Status.SUCCEEDED, 2)


@pytest.mark.django_db(transaction=True)
def test_an_attempt_given_up_on_does_not_store_its_result(request):
    matchable_participant()
    matchable_volunteer()
    MatchingRun.objects.all().delete()
    run = MatchingRun.objects.create()

    def dispatcher_gives_up_meanwhile(**kwargs):
        # While this attempt computes, its run is queued again and claimed by another.
        MatchingRun.objects.filter(pk=run.pk).update(attempts=2, worker="other-host:9")

    cohort_loaded.connect(dispatcher_gives_up_meanwhile, dispatch_uid="give-up")
    request.addfinalizer(lambda: cohort_loaded.disconnect(dispatch_uid="give-up"))
    assert execute_run(run.pk) == "skipped"
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.RUNNING
    assert run.suggestions.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_running_run_keeps_its_heartbeat_fresh(request, settings):
    settings.MATCHING_HEARTBEAT_SECONDS = 0.1
    matchable_participant()
    matchable_volunteer()
    MatchingRun.objects.all().delete()
    with transaction.atomic():
        run = MatchingRun.objects.create()
    beats = []

    def watch_the_heartbeat(**kwargs):
        for _ in range(2):
            beats.append(MatchingRun.objects.get(pk=run.pk).heartbeat_at)
            time.sleep(0.5)

    cohort_loaded.connect(watch_the_heartbeat, dispatch_uid="watch-heartbeat")
    request.addfinalizer(lambda: cohort_loaded.disconnect(dispatch_uid="watch-heartbeat"))
    assert execute_run(run.pk) == "done"
    assert beats[0] is not None
    assert beats[1] > beats[0]  # touched by the heartbeat while the run itself was silent
