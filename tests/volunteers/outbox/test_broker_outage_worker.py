"""Acceptance: the broker fails during a sign-up and during a matching request.

Real components throughout: a redis-server of the test's own (stopped and started
on the same port), a Celery worker process with its embedded beat, PostgreSQL. The
user gets the normal page; once Redis is back the confirmation email goes out
exactly once and the run completes exactly once.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from tests.broker import RedisServer, app_on_broker
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.factories.volunteers import MunicipalityFactory
from tests.volunteers.volunteers.signup_data import valid_signup
from tests.waiting import wait_for
from volunteers.matching.models import MatchingRun, MatchSuggestion
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.worker
BASE_DIR = Path(__file__).resolve().parents[3]


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def start_worker(transactional_db, redis_server, tmp_path):
    """start_worker(beat=True): a worker process (and beat) on the test's own Redis."""
    if connection.vendor != "postgresql":
        pytest.fail("This test needs PostgreSQL shared with a worker process: set DATABASE_URL.")
    db = connection.settings_dict
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    processes = []

    def start(beat=True):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}",
            "REDIS_URL": redis_server.url,
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(tmp_path / "mail"),
            "DISPATCH_INTERVAL_SECONDS": "1",
        }
        command = [sys.executable, "-m", "celery", "-A", "cms", "worker", "--pool=prefork"]
        command += ["--concurrency=1", "--loglevel=WARNING", "--without-gossip", "--without-mingle"]
        if beat:
            command += ["--beat", f"--schedule={tmp_path / 'beat-schedule'}"]
        processes.append(
            subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)  # noqa: S603
        )

    yield start
    for worker in processes:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def emails_sent_to(tmp_path, address):
    """How many emails the worker's file backend wrote to ``address``."""
    mail_dir = tmp_path / "mail"
    if not mail_dir.exists():
        return 0
    return sum(f"To: {address}" in path.read_text() for path in mail_dir.iterdir())


def test_a_broker_outage_during_sign_up_and_matching_loses_nothing_and_doubles_nothing(
    start_worker, redis_server, client, home_page, make_user, settings, tmp_path
):
    settings.SIGNUP_RATELIMIT = None
    kemi = MunicipalityFactory(name="Kemi")
    for _ in range(3):
        matchable_participant()
    matchable_volunteer(capacity=2)
    MatchingRun.objects.all().delete()  # the consents queued one; start from none
    coordinator = make_user("Coordinators")

    with app_on_broker(redis_server.url) as app:
        start_worker(beat=True)
        assert wait_for(lambda: app.control.ping(timeout=0.5), timeout=60), "no worker"

        redis_server.stop()  # the broker fails
        response = client.post("/en/volunteer/sign-up/", valid_signup(kemi))
        assert response.status_code == 302
        assert client.get(response["Location"]).status_code == 200
        client.force_login(coordinator)
        response = client.post(reverse("volunteers_matching:start"))
        assert response.status_code == 302
        assert client.get(response["Location"]).status_code == 200
        email = OutgoingEmail.objects.get(purpose="signup-confirmation")
        run = MatchingRun.objects.get()
        assert (email.status, run.status) == ("queued", "queued")

        redis_server.start()  # the broker is back, empty: nothing was kept there
        assert wait_for(
            lambda: OutgoingEmail.objects.get(pk=email.pk).status == "sent", timeout=120
        ), "the confirmation email was never sent"
        assert wait_for(lambda: MatchingRun.objects.get(pk=run.pk).is_finished, timeout=120)
        time.sleep(3)  # three more dispatches by beat: none may send anything again

    email.refresh_from_db()
    run.refresh_from_db()
    assert emails_sent_to(tmp_path, "aijala@example.org") == 1
    assert email.attempts == 1
    assert run.status == MatchingRun.Status.SUCCEEDED, run.error
    assert run.attempts == 1
    assert MatchingRun.objects.count() == 1
    rows = MatchSuggestion.objects.filter(run=run)
    assert rows.count() == run.suggestions_count > 0


def test_a_worker_that_starts_sends_what_waited_without_beat(start_worker, redis_server, tmp_path):
    email = OutgoingEmail.objects.create(to="odotti@example.org", subject="S", body="B")
    run = MatchingRun.objects.create()  # both queued while no broker answered
    start_worker(beat=False)
    assert wait_for(lambda: OutgoingEmail.objects.get(pk=email.pk).status == "sent", timeout=90)
    assert wait_for(lambda: MatchingRun.objects.get(pk=run.pk).is_finished, timeout=90)
    assert emails_sent_to(tmp_path, "odotti@example.org") == 1
    assert MatchingRun.objects.get(pk=run.pk).status == MatchingRun.Status.SUCCEEDED
