"""Matching runs on a queue of its own, so a long run never holds up the emails.

The workers are separate processes started as production starts them (`celery
worker -Q <queue>`); a worker thread in this process would change the app's queue
selection for every later test.
"""

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction

from cms.celery import app
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.waiting import wait_for
from volunteers.matching.models import MatchingRun
from volunteers.matching.runs import request_run
from volunteers.outbox.models import OutgoingEmail
from volunteers.outbox.services import queue_email

pytestmark = pytest.mark.worker
BASE_DIR = Path(__file__).resolve().parents[3]


@contextmanager
def worker_of(queue):
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    command = [sys.executable, "-m", "celery", "-A", "cms", "worker", "-Q", queue]
    command += ["--pool=solo", "--loglevel=WARNING", "--without-gossip", "--without-mingle"]
    worker = subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)  # noqa: S603
    try:
        yield worker
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def test_an_email_goes_out_while_the_matching_run_waits_for_the_matching_worker(
    transactional_db,
):
    if connection.vendor != "postgresql" or not settings.REDIS_URL:
        pytest.fail("This test needs PostgreSQL and Redis: set DATABASE_URL and REDIS_URL.")
    app.control.purge()
    matchable_participant()
    matchable_volunteer()
    with transaction.atomic():
        run = request_run(MatchingRun.Trigger.MANUAL)
        email = queue_email(
            to="odottaja@example.org",
            template="outbox/email/test_message",
            context={"name": "Odottaja"},
            language="fi",
            purpose="test",
        )

    # The worker of the default queue sends the email and never touches the run.
    with worker_of(settings.CELERY_TASK_DEFAULT_QUEUE):
        assert wait_for(
            lambda: OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.SENT,
            timeout=60,
        )
    assert MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.QUEUED

    # The matching worker takes the run from its own queue.
    with worker_of(settings.MATCHING_QUEUE):
        assert wait_for(lambda: MatchingRun.objects.get(pk=run.pk).is_finished, timeout=90)
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED, run.error
    assert run.matched_count == 1
