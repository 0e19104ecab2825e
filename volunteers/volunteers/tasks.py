"""Celery tasks of the volunteers app. Thin: the work is in plain functions."""

import logging

from celery import shared_task

from volunteers.volunteers.reminders import send_requirement_reminders
from volunteers.volunteers.signup import expire_unconfirmed_signups

logger = logging.getLogger(__name__)

# Task names are kept from before the people side was split into apps, so messages
# queued by the previous release still find their task after an upgrade.


@shared_task(name="volunteers.tasks.expire_unconfirmed_signups_task")
def expire_unconfirmed_signups_task():
    """Delete sign-ups whose email was not confirmed in time (idempotent)."""
    deleted = expire_unconfirmed_signups()
    logger.info("Deleted %s expired unconfirmed sign-ups", deleted)
    return deleted


@shared_task(name="volunteers.tasks.requirement_expiry_reminders_task")
def requirement_expiry_reminders_task():
    """Remind coordinators of screening requirements that end soon (idempotent)."""
    return send_requirement_reminders()
