"""Celery tasks of the volunteers app. Thin: the work is in plain functions."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

EMAIL_MAX_RETRIES = 5


@shared_task(bind=True, max_retries=EMAIL_MAX_RETRIES, acks_late=True)
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
            email.save(update_fields=["attempts", "last_error", "status"])
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


@shared_task
def expire_unconfirmed_signups_task():
    """Delete sign-ups whose email was not confirmed in time (idempotent)."""
    from .signup import expire_unconfirmed_signups

    deleted = expire_unconfirmed_signups()
    logger.info("Deleted %s expired unconfirmed sign-ups", deleted)
    return deleted


@shared_task
def requirement_expiry_reminders_task():
    """Remind coordinators of screening requirements that end soon (idempotent)."""
    from .reminders import send_requirement_reminders

    return send_requirement_reminders()


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=120,
    max_retries=5,
)
def run_matching_task(self, run_id: int):
    """Compute one matching run (idempotent: a finished run is not computed again)."""
    from .matching_runs import execute_run

    return execute_run(run_id)


@shared_task
def match_followups_task():
    """Daily: check-ins due, quiet-match nudges and alerts (idempotent)."""
    from .followup import run_followups

    return run_followups()


@shared_task
def weekly_digest_task():
    """Weekly: what needs the coordinators' attention (idempotent per ISO week)."""
    from .followup import send_weekly_digest

    return send_weekly_digest()
