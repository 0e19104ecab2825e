"""SMS when the broker is down: the message waits in the database and the dispatcher
hands it over once the broker is back, but never hands over one that reached the
broker already (a text message sent twice costs money and confuses the mother)."""

from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tests.broker import app_on_broker, free_port
from tests.waiting import wait_for
from volunteers.outbox import sms
from volunteers.outbox.models import OutgoingSms
from volunteers.outbox.services import dispatch_pending_sms, queue_sms


@pytest.fixture
def broker_down():
    with app_on_broker(f"redis://127.0.0.1:{free_port()}/0") as app:
        yield app


def test_an_sms_queued_while_the_broker_is_down_waits_for_the_dispatcher(
    transactional_db, broker_down
):
    with transaction.atomic():
        message = queue_sms(to="040 123 4567", body="Muistutus", language="fi")
    message.refresh_from_db()
    assert (message.status, message.enqueued_at) == (OutgoingSms.Status.QUEUED, None)


def test_an_sms_handed_to_the_broker_records_when(transactional_db, monkeypatch):
    from volunteers.outbox import tasks

    monkeypatch.setattr(tasks.send_sms_task, "apply_async", lambda args, countdown=None: None)
    with transaction.atomic():
        message = queue_sms(to="040 123 4567", body="Muistutus", language="fi")
    message.refresh_from_db()
    assert message.enqueued_at is not None


@pytest.mark.worker
def test_an_sms_that_never_reached_the_broker_is_sent_once_by_the_dispatcher(transactional_db):
    from cms.celery import app, dispatch_pending_work

    if not settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")
    sms.outbox.clear()
    message = OutgoingSms.objects.create(to="+358401234567", body="Tervetuloa")
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, loglevel="WARNING"):
        # Beat and a starting worker may dispatch at once: it is handed over once.
        assert dispatch_pending_work()["sms"] == 1
        assert dispatch_pending_work()["sms"] == 0
        assert wait_for(lambda: OutgoingSms.objects.get(pk=message.pk).status == "sent")
    assert sms.outbox == [("+358401234567", "Tervetuloa")]


def test_an_sms_that_reached_the_broker_is_never_handed_over_again(db, monkeypatch):
    """Unlike an email, an SMS that may be with a worker is left alone: the send task
    is not acks_late, so a lost one shows as queued in the outbox instead."""
    from volunteers.outbox import tasks

    handed = []
    monkeypatch.setattr(
        tasks.send_sms_task, "apply_async", lambda args, countdown=None: handed.append(args)
    )
    long_ago = timezone.now() - timedelta(days=1)
    OutgoingSms.objects.create(to="+358401", body="a", enqueued_at=long_ago)
    waiting = OutgoingSms.objects.create(to="+358402", body="b")
    OutgoingSms.objects.create(to="+358403", body="c", status="sent")
    OutgoingSms.objects.create(to="+358404", body="d", status="failed")
    assert dispatch_pending_sms() == 1
    assert handed == [(waiting.pk,)]
