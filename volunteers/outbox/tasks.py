"""The send tasks of the outbox: one queued email or SMS at a time, retried with backoff."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from volunteers.outbox import sms
from volunteers.outbox.models import OutgoingEmail, OutgoingSms

logger = logging.getLogger(__name__)

EMAIL_MAX_RETRIES = 5

# Task names are kept from before the people side was split into apps, so messages
# queued by the previous release still find their task after an upgrade.


@shared_task(
    name="volunteers.tasks.send_email_task",
    bind=True,
    max_retries=EMAIL_MAX_RETRIES,
    acks_late=True,
)
def send_email_task(self, email_id: int):
    """Send one queued email. Idempotent: an email already sent is not sent again.

    Failures retry with exponential backoff; after the last retry the email is
    marked failed and shows up for coordinators.
    """
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            logger.warning("Email %s no longer exists; nothing to send", email_id)
            return "missing"
        if email.status == OutgoingEmail.Status.SENT:
            return "already-sent"
        email.attempts += 1
        try:
            send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to])
        except Exception as exc:  # any transport error: record it and retry
            email.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            final = self.request.retries >= self.max_retries
            email.status = OutgoingEmail.Status.FAILED if final else OutgoingEmail.Status.QUEUED
            # A retry is handed to the broker below, so the dispatcher leaves it alone.
            email.enqueued_at = timezone.now()
            email.save(update_fields=["attempts", "last_error", "status", "enqueued_at"])
            if final:
                logger.error("Email %s failed for good: %s", email_id, email.last_error)
                return "failed"
            logger.warning("Email %s failed (attempt %s), retrying", email_id, email.attempts)
            countdown = 2 ** (self.request.retries + 1)
        else:
            email.status = OutgoingEmail.Status.SENT
            email.sent_at = timezone.now()
            email.last_error = ""
            email.save(update_fields=["attempts", "last_error", "status", "sent_at"])
            return "sent"
    # Retry outside the atomic block, so the attempt count and error are committed.
    raise self.retry(countdown=countdown)


SMS_MAX_RETRIES = 5


@shared_task(name="volunteers.outbox.send_sms_task", bind=True, max_retries=SMS_MAX_RETRIES)
def send_sms_task(self, sms_id: int):
    """Send one queued SMS through settings.SMS_BACKEND. Idempotent like the email task.

    Not acks_late: a worker dying after the provider accepted the message must not
    send it again on redelivery (a double SMS costs money and confuses); the row stays
    queued and shows in the outbox instead.
    """
    with transaction.atomic():
        message = OutgoingSms.objects.select_for_update().filter(pk=sms_id).first()
        if message is None:
            logger.warning("SMS %s no longer exists; nothing to send", sms_id)
            return "missing"
        if message.status == OutgoingSms.Status.SENT:
            return "already-sent"
        message.attempts += 1
        message.backend = settings.SMS_BACKEND
        try:
            message.provider_id = sms.get_backend().send(message.to, message.body)
        except Exception as exc:  # any transport error: record it and retry
            message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            final = self.request.retries >= self.max_retries
            message.status = OutgoingSms.Status.FAILED if final else OutgoingSms.Status.QUEUED
            message.save(update_fields=["attempts", "backend", "last_error", "status"])
            if final:
                logger.error("SMS %s failed for good: %s", sms_id, message.last_error)
                return "failed"
            logger.warning("SMS %s failed (attempt %s), retrying", sms_id, message.attempts)
            countdown = 2 ** (self.request.retries + 1)
        else:
            message.status = OutgoingSms.Status.SENT
            message.sent_at = timezone.now()
            message.last_error = ""
            message.save(
                update_fields=[
                    "attempts",
                    "backend",
                    "provider_id",
                    "last_error",
                    "status",
                    "sent_at",
                ]
            )
            return "sent"
    raise self.retry(countdown=countdown)
