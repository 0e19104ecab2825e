import pytest
from django.core import mail
from django.db import transaction

from tests.waiting import wait_for
from volunteers.outbox.models import OutgoingEmail
from volunteers.outbox.services import queue_email


@pytest.mark.worker
def test_email_queued_in_a_transaction_is_sent_by_a_real_worker(celery_worker, settings):
    with transaction.atomic():
        email = queue_email(
            to="aijala@example.org",
            template="outbox/email/test_message",
            context={"name": "Äijälä"},
            language="fi",
            purpose="test",
        )
    assert wait_for(
        lambda: OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.SENT
    )
    sent = OutgoingEmail.objects.get(pk=email.pk)
    assert sent.attempts == 1
    assert [m.to for m in mail.outbox] == [["aijala@example.org"]]
    assert "Äijälä" in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)
def test_nothing_is_enqueued_when_the_transaction_rolls_back(monkeypatch):
    from volunteers.outbox import tasks

    enqueued = []
    monkeypatch.setattr(
        tasks.send_email_task, "apply_async", lambda args, countdown=None: enqueued.extend(args)
    )
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_email(
            to="x@example.org",
            template="outbox/email/test_message",
            context={"name": "X"},
            language="fi",
        )
        raise RuntimeError("rollback")
    assert enqueued == []
    assert OutgoingEmail.objects.count() == 0


@pytest.mark.django_db
def test_sending_twice_sends_once():
    from volunteers.outbox.tasks import send_email_task

    email = OutgoingEmail.objects.create(to="a@example.org", subject="S", body="B")
    assert send_email_task.apply(args=[email.pk]).get() == "sent"
    assert send_email_task.apply(args=[email.pk]).get() == "already-sent"
    assert len(mail.outbox) == 1
