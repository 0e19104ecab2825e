"""Matching runs: queue them (debounced), execute them (idempotently), store results.

The Celery task is a thin wrapper around `execute_run`; tests and the
`run_matching` command call these functions directly.
"""

import hashlib
import json
import logging
import marshal
import os
import socket
import threading
import time
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_noop

from cms.celery import send_task_now
from volunteers.matching.engine.algorithm import ALGORITHM_VERSION, run_matching
from volunteers.matching.inputs import load_cohort
from volunteers.matching.models import MatchingRun, MatchingWeights, MatchSuggestion
from volunteers.matching.suggestion_rows import insert_suggestions

logger = logging.getLogger(__name__)

# Progress messages are stored in English and translated when shown; marking them
# here lets makemessages find the ones matching.py reports too.
PROGRESS_MESSAGES = [
    gettext_noop("Starting"),
    gettext_noop("Loading participants and volunteers"),
    gettext_noop("Preparing matching"),
    gettext_noop("Scoring pairs"),
    gettext_noop("Solving assignment"),
    gettext_noop("Collecting alternatives"),
    gettext_noop("Saving suggestions"),
    gettext_noop("Done"),
]


# Sent after a run has loaded its cohort, before it computes anything. Tests hook it to
# pause a worker mid-run (and kill it); nothing in production listens.
cohort_loaded = Signal()

# The task that computes a run (volunteers/matching/tasks.py).
RUN_MATCHING_TASK = "volunteers.tasks.run_matching_task"


def request_run(trigger=MatchingRun.Trigger.MANUAL, user=None, delay=None) -> MatchingRun:
    """Queue a matching run after the current transaction commits.

    A burst of triggers (ten volunteers approved in a minute) joins the one run that
    is still queued, so it leads to one run, not many. Automatic triggers wait
    `MATCHING_DEBOUNCE_SECONDS` before starting, so the burst has time to gather.
    The run is a row first: if the broker is down, the dispatcher sends it later.
    """
    if delay is None:
        delay = 0 if trigger == MatchingRun.Trigger.MANUAL else settings.MATCHING_DEBOUNCE_SECONDS
    with transaction.atomic():
        existing = MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).first()
        if existing is not None:
            if existing.dispatched_at is None:
                # Its task never reached the broker (it was down): try again now.
                _dispatch_after_commit(existing.pk, countdown=delay)
            return existing
        try:
            with transaction.atomic():
                run = MatchingRun.objects.create(trigger=trigger, started_by=user)
        except IntegrityError:  # another request queued one at the same moment
            return MatchingRun.objects.get(status=MatchingRun.Status.QUEUED)
        _dispatch_after_commit(run.pk, countdown=delay)
    return run


def queued_or_new_run(trigger=MatchingRun.Trigger.COMMAND) -> MatchingRun:
    """The run that is queued, or a new one, for executing here and now (no task)."""
    run = MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).first()
    if run is not None:
        return run
    try:
        with transaction.atomic():
            return MatchingRun.objects.create(trigger=trigger)
    except IntegrityError:  # one was queued meanwhile: take that one
        return MatchingRun.objects.get(status=MatchingRun.Status.QUEUED)


def _dispatch(run_id: int, countdown: float | None = None) -> bool:
    """Hand the run's task to the broker; False (logged) if the broker is down."""
    if not send_task_now(RUN_MATCHING_TASK, run_id, countdown=countdown):
        return False
    MatchingRun.objects.filter(pk=run_id, status=MatchingRun.Status.QUEUED).update(
        dispatched_at=timezone.now()
    )
    return True


def _dispatch_after_commit(run_id: int, countdown: float | None = None) -> None:
    transaction.on_commit(lambda: _dispatch(run_id, countdown=countdown))


def _requeue(run: MatchingRun, reason: str) -> MatchingRun:
    """Queue a failed or abandoned run again; call inside a transaction, run locked.

    Only one run may be queued: if another is, that one computes instead, and a
    running run left behind is closed as failed with ``reason``.
    """
    queued = MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).exclude(pk=run.pk)
    queued = queued.first()
    if queued is not None:
        if run.status == MatchingRun.Status.RUNNING:
            MatchingRun.objects.filter(pk=run.pk).update(
                status=MatchingRun.Status.FAILED, finished_at=timezone.now(), error=reason
            )
        if queued.dispatched_at is None:
            _dispatch_after_commit(queued.pk)
        return queued
    MatchingRun.objects.filter(pk=run.pk).update(
        status=MatchingRun.Status.QUEUED,
        progress=0,
        progress_message="",
        error="",
        heartbeat_at=None,
        worker="",
        dispatched_at=None,
    )
    _dispatch_after_commit(run.pk)
    return run


def retry_run(run: MatchingRun) -> MatchingRun:
    """Queue again any run that has not succeeded (or join the run already queued).

    A queued run has its task sent again (the first may never have reached the
    broker); a failed or running run (its worker may be gone) is queued afresh. A
    duplicate task is harmless: a run is claimed under a row lock and stored once.
    """
    with transaction.atomic():
        run = MatchingRun.objects.select_for_update().get(pk=run.pk)
        if run.status == MatchingRun.Status.SUCCEEDED:
            return run
        if run.status == MatchingRun.Status.QUEUED:
            _dispatch_after_commit(run.pk)
            return run
        result = _requeue(run, "Stopped by a coordinator's retry; a newer run computes instead")
    result.refresh_from_db()
    return result


def dispatch_pending_runs() -> int:
    """Send what the broker lost or never got; re-queue runs whose worker is gone.

    Run by the dispatcher on beat and at worker start. A running run whose heartbeat
    is older than MATCHING_STALE_SECONDS lost its worker: it is queued again. A queued
    run whose task never reached the broker, or was handed over longer than
    MATCHING_REDISPATCH_SECONDS ago, has its task sent again. Rows are locked with
    SKIP LOCKED, so two dispatchers at once act on each run once.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=settings.MATCHING_STALE_SECONDS)
    acted = 0
    with transaction.atomic():
        abandoned = (
            MatchingRun.objects.select_for_update(skip_locked=True)
            .filter(status=MatchingRun.Status.RUNNING)
            .filter(Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True, started_at__lt=stale))
        )
        for run in abandoned:
            logger.warning(
                "Matching run %s lost its worker (%s); queueing it again", run.pk, run.worker
            )
            _requeue(run, "Its worker stopped; a newer run computes instead")
            acted += 1
    cutoff = now - timedelta(seconds=settings.MATCHING_REDISPATCH_SECONDS)
    with transaction.atomic():
        run = (
            MatchingRun.objects.select_for_update(skip_locked=True)
            .filter(status=MatchingRun.Status.QUEUED)
            .filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=cutoff))
            .first()
        )
        # Sent under the lock, so a second dispatcher skips this run.
        if run is not None and _dispatch(run.pk):
            acted += 1
    return acted


def _report(run_id: int, fraction: float, message: str) -> None:
    # A plain UPDATE in autocommit: the admin's progress bar sees it at once.
    MatchingRun.objects.filter(pk=run_id).update(
        progress=max(0, min(100, round(fraction * 100))),
        progress_message=message[:200],
        heartbeat_at=timezone.now(),
    )


def _this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _worker_gone(run: MatchingRun) -> bool:
    """Whether the process that was running ``run`` can no longer be at work on it."""
    stale = timezone.now() - timedelta(seconds=settings.MATCHING_STALE_SECONDS)
    if run.heartbeat_at is None or run.heartbeat_at < stale:
        return True
    host, _, pid = run.worker.rpartition(":")
    if run.worker == _this_process():
        return True  # this process runs one task at a time: that attempt is over
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine, heartbeat fresh: it is at work
    try:
        os.kill(int(pid), 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True  # its pool process was killed; the broker redelivered the task
    except PermissionError:
        return False
    return False


def _claim(run_id: int) -> MatchingRun | None:
    """Mark the run as running, unless it is finished or at work elsewhere.

    Finished: a duplicate delivery, nothing to do. Running with a live worker (fresh
    heartbeat, process alive): a duplicate sent by the dispatcher, nothing to do.
    Running with its worker gone: restarted here, as a new attempt.
    """
    with transaction.atomic():
        run = MatchingRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.is_finished:
            return None
        if run.status == MatchingRun.Status.RUNNING and not _worker_gone(run):
            logger.info("Matching run %s is at work in %s; duplicate skipped", run_id, run.worker)
            return None
        run.status = MatchingRun.Status.RUNNING
        run.attempts += 1
        run.started_at = run.heartbeat_at = timezone.now()
        run.worker = _this_process()[:255]
        run.progress, run.progress_message = 0, "Starting"
        run.save(
            update_fields=[
                *("status", "attempts", "started_at", "heartbeat_at", "worker"),
                *("progress", "progress_message"),
            ]
        )
    return run


@contextmanager
def _heartbeat(run_id: int, attempt: int):
    """Touch the run's heartbeat every MATCHING_HEARTBEAT_SECONDS while it computes.

    A thread, because the long steps (solving the assignment) report no progress. If
    the whole worker dies the heartbeat stops and the dispatcher re-queues the run.
    """
    stop = threading.Event()

    def beat():
        try:
            while not stop.wait(settings.MATCHING_HEARTBEAT_SECONDS):
                MatchingRun.objects.filter(
                    pk=run_id, status=MatchingRun.Status.RUNNING, attempts=attempt
                ).update(heartbeat_at=timezone.now())
        except DatabaseError:
            logger.warning("Heartbeat of matching run %s stopped", run_id, exc_info=True)
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=beat, name=f"matching-run-{run_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def input_hash(cohort, weights: dict, top_k: int) -> str:
    """A fingerprint of everything the algorithm saw, to tell identical runs apart.

    Serialised with marshal's version 2 (no object references, so equal values give
    equal bytes in any process), ~5x faster than repr() at 10,000 people; repr() for
    a value marshal does not know.
    """
    payload = (cohort.fingerprint(), sorted(weights.items()), top_k, ALGORITHM_VERSION)
    try:
        data = marshal.dumps(payload, 2)
    except ValueError:
        data = repr(payload).encode()
    return hashlib.sha256(data).hexdigest()


def execute_run(run_id: int) -> str:
    """Compute and store the suggestions of one run. Safe to call twice.

    Returns "done" or "failed", or "skipped" when the run was already finished (a
    duplicate delivery). Database errors propagate so the task can retry them; any
    other error marks the run failed with its message, visible to coordinators.
    """
    run = _claim(run_id)
    if run is None:
        logger.info("Matching run %s is finished or at work elsewhere; nothing to do", run_id)
        return "skipped"
    with _heartbeat(run_id, run.attempts):
        return _compute(run_id, run.attempts)


def _compute(run_id: int, attempt: int) -> str:
    started = time.perf_counter()
    try:
        _report(run_id, 0.02, "Loading participants and volunteers")
        cohort = load_cohort()
        cohort_loaded.send(sender=MatchingRun, run_id=run_id)
        load_seconds = time.perf_counter() - started
        weights_setting = MatchingWeights.load()
        weights = weights_setting.as_dict()
        top_k = weights_setting.alternatives

        def progress(fraction, message):
            _report(run_id, 0.1 + 0.75 * fraction, message)

        result = run_matching(
            cohort.participants,
            cohort.volunteers,
            weights=weights,
            today_year=cohort.today.year,
            excluded_pairs=cohort.excluded_pairs,
            pinned_pairs=cohort.pinned_pairs,
            top_k=top_k,
            progress=progress,
        )
        _report(run_id, 0.9, "Saving suggestions")
        write_started = time.perf_counter()
        stored = _store(run_id, attempt, cohort, result, weights, top_k)
        if not stored:
            return "skipped"
        timings = {
            "load": round(load_seconds, 4),
            "scores": round(result.timings["scores"], 4),
            "solve": round(result.timings["solve"], 4),
            "write": round(time.perf_counter() - write_started, 4),
            "total": round(time.perf_counter() - started, 4),
        }
        MatchingRun.objects.filter(pk=run_id).update(timings=timings)
        logger.info("Matching run %s done in %.2f s", run_id, timings["total"])
        return "done"
    except DatabaseError:
        raise
    except Exception as exc:
        logger.exception("Matching run %s failed", run_id)
        MatchingRun.objects.filter(
            pk=run_id, status=MatchingRun.Status.RUNNING, attempts=attempt
        ).update(
            status=MatchingRun.Status.FAILED,
            finished_at=timezone.now(),
            error=f"{type(exc).__name__}: {exc}"[:2000],
        )
        return "failed"


@transaction.atomic
def _store(run_id, attempt, cohort, result, weights, top_k) -> bool:
    """Write all suggestions of the run in one transaction; False if not ours to store.

    Only the latest attempt stores: an attempt that was given up on (its heartbeat
    went stale and the run was queued again) may still finish, and must not write.
    """
    run = MatchingRun.objects.select_for_update().get(pk=run_id)
    if run.status != MatchingRun.Status.RUNNING or run.attempts != attempt:
        return False  # a duplicate or newer execution owns the run: keep its result only
    run.suggestions.all().delete()
    stored = insert_suggestions(
        run_id, [*result.assigned, *(a for alts in result.alternatives.values() for a in alts)]
    )
    # Suggestions of earlier runs that nobody decided on are replaced by this run's.
    MatchSuggestion.objects.filter(status=MatchSuggestion.Status.PENDING).exclude(
        run_id=run_id
    ).update(status=MatchSuggestion.Status.SUPERSEDED)
    run.status = MatchingRun.Status.SUCCEEDED
    run.finished_at = timezone.now()
    run.progress, run.progress_message = 100, "Done"
    run.participants_count = len(cohort.participants)
    run.volunteers_count = len(cohort.volunteers)
    run.feasible_pairs = result.feasible_pairs
    run.suggestions_count = stored
    run.matched_count = len(result.assigned)
    run.total_score = round(result.total_score, 6)
    run.weights = weights
    run.algorithm_version = result.algorithm_version
    run.input_hash = input_hash(cohort, weights, top_k)
    run.error = ""
    run.save()
    return True


def summary(run: MatchingRun) -> str:
    """One line for operators (the run_matching command prints it)."""
    return json.dumps(
        {
            "run": run.pk,
            "status": run.status,
            "participants": run.participants_count,
            "volunteers": run.volunteers_count,
            "feasible_pairs": run.feasible_pairs,
            "matched": run.matched_count,
            "suggestions": run.suggestions_count,
            "total_score": run.total_score,
            "timings": run.timings,
            "error": run.error,
        },
        ensure_ascii=False,
    )
