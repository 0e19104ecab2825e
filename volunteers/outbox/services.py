"""Queue emails and SMS: render in the recipient's language, store, send after commit.

The row is the message: if the broker is down when the transaction commits, the
email or SMS stays queued and `dispatch_pending_emails` / `dispatch_pending_sms` (run
by the dispatcher on beat and at worker start) hand it to the broker later. The send
tasks lock the row and send a message only once, however many times it is handed over.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cms.celery import send_task_now
from volunteers.outbox.models import OutgoingEmail, OutgoingSms
from volunteers.outbox.sms.phone import normalise_phone

# The task that sends one email (volunteers/outbox/tasks.py).
SEND_EMAIL_TASK = "volunteers.tasks.send_email_task"

# Emails handed over per dispatch; the rest go on the next one.
DISPATCH_BATCH = 500


def queue_email(*, to: str, template: str, context: dict, language: str, purpose: str = ""):
    """Render `template` (…_subject.txt and ….txt) in `language` and queue it.

    The send happens in `send_email_task` once the surrounding transaction commits,
    so an email never goes out about data that was rolled back.
    """
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    email = OutgoingEmail.objects.create(
        to=to, subject=" ".join(subject.split()), body=body, language=language, purpose=purpose
    )
    transaction.on_commit(lambda: enqueue_email(email.pk))
    return email


def enqueue_email(email_id: int) -> bool:
    """Hand the send task of one email to the broker; False if the broker is down."""
    if not send_task_now(SEND_EMAIL_TASK, email_id):
        return False
    OutgoingEmail.objects.filter(pk=email_id).update(enqueued_at=timezone.now())
    return True


def dispatch_pending_emails() -> int:
    """Hand over every queued email that never reached the broker or was lost there.

    An email counts as lost when it has been queued longer than
    OUTBOX_REDISPATCH_SECONDS since it was last handed over (the send task refreshes
    the time on each retry). Rows are locked with SKIP LOCKED, so two dispatchers at
    once hand each email over once; the send task itself never sends one twice.
    """
    cutoff = timezone.now() - timedelta(seconds=settings.OUTBOX_REDISPATCH_SECONDS)
    sent = 0
    with transaction.atomic():
        waiting = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(status=OutgoingEmail.Status.QUEUED)
            .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=cutoff))
            .order_by("pk")
            .values_list("pk", flat=True)[:DISPATCH_BATCH]
        )
        for email_id in list(waiting):
            if not send_task_now(SEND_EMAIL_TASK, email_id):
                break  # the broker is down again: the rest wait for the next dispatch
            OutgoingEmail.objects.filter(pk=email_id).update(enqueued_at=timezone.now())
            sent += 1
    return sent


# The task that sends one SMS (volunteers/outbox/tasks.py).
SEND_SMS_TASK = "volunteers.outbox.send_sms_task"


def queue_sms(*, to: str, body: str, language: str, purpose: str = "") -> OutgoingSms:
    """Queue one SMS to `to` (any way a Finnish or international number is written).

    Raises ValidationError when `to` is not a phone number; nothing is stored then.
    The send happens in `send_sms_task` once the surrounding transaction commits.
    """
    sms = OutgoingSms.objects.create(
        to=normalise_phone(to), body=body.strip(), language=language, purpose=purpose
    )
    transaction.on_commit(lambda: enqueue_sms(sms.pk))
    return sms


def enqueue_sms(sms_id: int) -> bool:
    """Hand the send task of one SMS to the broker; False if the broker is down."""
    if not send_task_now(SEND_SMS_TASK, sms_id):
        return False
    OutgoingSms.objects.filter(pk=sms_id).update(enqueued_at=timezone.now())
    return True


def dispatch_pending_sms() -> int:
    """Hand over every queued SMS that never reached the broker.

    Unlike emails, an SMS handed over once is never handed over again: its send task
    acknowledges on receipt (not acks_late), so one that is queued long after may be
    with a provider that already sent it, and a text sent twice costs money and
    confuses. Such a message stays visible as queued in the outbox instead.
    """
    sent = 0
    with transaction.atomic():
        waiting = (
            OutgoingSms.objects.select_for_update(skip_locked=True)
            .filter(status=OutgoingSms.Status.QUEUED, enqueued_at__isnull=True)
            .order_by("pk")
            .values_list("pk", flat=True)[:DISPATCH_BATCH]
        )
        for sms_id in list(waiting):
            if not enqueue_sms(sms_id):
                break  # the broker is down again: the rest wait for the next dispatch
            sent += 1
    return sent


def queue_text_email(*, to: str, subject: str, body: str, language: str, purpose: str = ""):
    """Queue an email whose text is already written (e.g. from an editor's message text)."""
    email = OutgoingEmail.objects.create(
        to=to, subject=subject[:255], body=body, language=language, purpose=purpose
    )
    transaction.on_commit(lambda: enqueue_email(email.pk))
    return email
