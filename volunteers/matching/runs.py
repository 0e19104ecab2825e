"""Matching runs: queue them (debounced), execute them (idempotently), store results.

The Celery task is a thin wrapper around `execute_run`; tests and the
`run_matching` command call these functions directly.
"""

import hashlib
import json
import logging
import time

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_noop

from cms.celery import enqueue_after_commit
from volunteers.matching.engine.algorithm import ALGORITHM_VERSION, run_matching
from volunteers.matching.inputs import load_cohort
from volunteers.matching.models import MatchingRun, MatchingWeights, MatchSuggestion

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
    """
    if delay is None:
        delay = 0 if trigger == MatchingRun.Trigger.MANUAL else settings.MATCHING_DEBOUNCE_SECONDS
    with transaction.atomic():
        existing = MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                run = MatchingRun.objects.create(trigger=trigger, started_by=user)
        except IntegrityError:  # another request queued one at the same moment
            return MatchingRun.objects.get(status=MatchingRun.Status.QUEUED)
        enqueue_after_commit(RUN_MATCHING_TASK, run.pk, countdown=delay)
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


def retry_run(run: MatchingRun) -> MatchingRun:
    """Queue a failed run again (or join the run already queued)."""
    with transaction.atomic():
        queued = MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).first()
        if queued is not None:
            return queued
        updated = MatchingRun.objects.filter(pk=run.pk, status=MatchingRun.Status.FAILED).update(
            status=MatchingRun.Status.QUEUED, progress=0, progress_message="", error=""
        )
        if updated:
            enqueue_after_commit(RUN_MATCHING_TASK, run.pk)
    run.refresh_from_db()
    return run


def _report(run_id: int, fraction: float, message: str) -> None:
    # A plain UPDATE in autocommit: the admin's progress bar sees it at once.
    MatchingRun.objects.filter(pk=run_id).update(
        progress=max(0, min(100, round(fraction * 100))), progress_message=message[:200]
    )


def _claim(run_id: int) -> MatchingRun | None:
    """Mark the run as running, unless it is already finished (idempotency)."""
    with transaction.atomic():
        run = MatchingRun.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.is_finished:
            return None
        # QUEUED, or RUNNING left behind by a worker that died: (re)start it.
        run.status = MatchingRun.Status.RUNNING
        run.attempts += 1
        run.started_at = timezone.now()
        run.progress, run.progress_message = 0, "Starting"
        run.save(update_fields=["status", "attempts", "started_at", "progress", "progress_message"])
    return run


def input_hash(cohort, weights: dict, top_k: int) -> str:
    """A fingerprint of everything the algorithm saw, to tell identical runs apart."""
    payload = repr((cohort.fingerprint(), sorted(weights.items()), top_k, ALGORITHM_VERSION))
    return hashlib.sha256(payload.encode()).hexdigest()


def execute_run(run_id: int) -> str:
    """Compute and store the suggestions of one run. Safe to call twice.

    Returns "done" or "failed", or "skipped" when the run was already finished (a
    duplicate delivery). Database errors propagate so the task can retry them; any
    other error marks the run failed with its message, visible to coordinators.
    """
    run = _claim(run_id)
    if run is None:
        logger.info("Matching run %s is already finished; nothing to do", run_id)
        return "skipped"
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
        stored = _store(run_id, cohort, result, weights, top_k)
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
        MatchingRun.objects.filter(pk=run_id).update(
            status=MatchingRun.Status.FAILED,
            finished_at=timezone.now(),
            error=f"{type(exc).__name__}: {exc}"[:2000],
        )
        return "failed"


@transaction.atomic
def _store(run_id, cohort, result, weights, top_k) -> bool:
    """Write all suggestions of the run in one transaction; False if already stored."""
    run = MatchingRun.objects.select_for_update().get(pk=run_id)
    if run.status == MatchingRun.Status.SUCCEEDED:
        return False  # a duplicate execution finished first: keep its result only
    run.suggestions.all().delete()
    rows = [
        MatchSuggestion(
            run_id=run_id,
            participant_id=s.participant_id,
            volunteer_id=s.volunteer_id,
            rank=s.rank,
            score=s.score,
            breakdown={k: round(v, 6) for k, v in s.breakdown.items()},
            pinned=s.pinned,
        )
        for s in [*result.assigned, *(a for alts in result.alternatives.values() for a in alts)]
    ]
    MatchSuggestion.objects.bulk_create(rows, batch_size=2000)
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
    run.suggestions_count = len(rows)
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
