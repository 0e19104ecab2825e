"""Matching runs carried by real Celery workers on the real Redis."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection, transaction

from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.models import MatchingRun, MatchSuggestion
from volunteers.matching.runs import cohort_loaded, queued_or_new_run, request_run
from volunteers.matching.tasks import run_matching_task

pytestmark = pytest.mark.worker
BASE_DIR = Path(__file__).resolve().parents[2]


def wait_for(predicate, timeout=30.0, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def pause_one_second(**kwargs):
    time.sleep(1.0)


def small_cohort():
    for _ in range(4):
        matchable_participant()
    matchable_volunteer(capacity=2)
    matchable_volunteer()


def test_a_real_worker_carries_a_run_with_visible_progress(celery_worker, request):
    # Pause each run after loading, long enough to watch it work.
    cohort_loaded.connect(pause_one_second, dispatch_uid="watch-progress")
    request.addfinalizer(lambda: cohort_loaded.disconnect(dispatch_uid="watch-progress"))
    small_cohort()
    MatchingRun.objects.all().delete()
    with transaction.atomic():
        run = request_run(MatchingRun.Trigger.MANUAL)
    seen = set()

    def finished():
        current = MatchingRun.objects.get(pk=run.pk)
        seen.add((current.status, current.progress))
        return current.is_finished

    assert wait_for(finished, timeout=60)
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED, run.error
    assert any(status == "running" and 0 < progress < 100 for status, progress in seen), seen
    assert run.progress == 100
    assert run.matched_count == 3  # capacity 2 + 1 for four mothers
    assert MatchSuggestion.objects.filter(run=run, rank=0).count() == 3


def test_the_same_run_enqueued_twice_gives_one_set_of_suggestions(celery_worker):
    small_cohort()
    run = queued_or_new_run()
    run_matching_task.delay(run.pk)
    run_matching_task.delay(run.pk)
    assert wait_for(lambda: MatchingRun.objects.get(pk=run.pk).is_finished, timeout=60)
    # Give the duplicate delivery time to run too; it must find the run finished.
    time.sleep(1.0)
    run.refresh_from_db()
    rows = MatchSuggestion.objects.filter(run=run)
    assert rows.count() == run.suggestions_count
    assert rows.values("participant", "volunteer").distinct().count() == rows.count()
    assert run.attempts == 1


def _worker_children(pid):
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in children.read_text().split()] if children.exists() else []


def test_a_run_whose_worker_process_is_killed_is_redelivered_and_completes_once(
    transactional_db, settings
):
    if connection.vendor != "postgresql":
        pytest.fail("This test needs PostgreSQL shared with a worker process: set DATABASE_URL.")
    if not settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")
    from cms.celery import app

    small_cohort()
    app.control.purge()
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "MATCHING_PAUSE_AFTER_LOAD": "3",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "tests.paused_worker_app",
            "worker",
            "--pool=prefork",
            "--concurrency=1",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
    )
    try:
        run = queued_or_new_run()
        run_matching_task.delay(run.pk)
        assert wait_for(
            lambda: MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.RUNNING,
            timeout=60,
        ), "the worker never started the run"
        (child,) = _worker_children(worker.pid)
        os.kill(child, signal.SIGKILL)  # the process executing the run dies mid-run
        assert wait_for(lambda: MatchingRun.objects.get(pk=run.pk).is_finished, timeout=90)
        run.refresh_from_db()
        assert run.status == MatchingRun.Status.SUCCEEDED, run.error
        assert run.attempts == 2  # redelivered once, completed once
        rows = MatchSuggestion.objects.filter(run=run)
        assert rows.count() == run.suggestions_count > 0
        assert rows.values("participant", "volunteer").distinct().count() == rows.count()
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
