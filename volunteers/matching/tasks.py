"""Celery tasks of matching: thin wrappers that call the services."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from volunteers.matching.checkins import open_checkins
from volunteers.matching.followup import run_followups, send_weekly_digest
from volunteers.matching.proposals import run_answer_deadlines
from volunteers.matching.runs import execute_run

logger = logging.getLogger(__name__)

# Task names are kept from before the people side was split into apps, so messages
# queued by the previous release still find their task after an upgrade.


@shared_task(
    name="volunteers.tasks.run_matching_task",
    bind=True,
    acks_late=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=120,
    max_retries=5,
)
def run_matching_task(self, run_id: int):
    """Compute one matching run (idempotent: a finished run is not computed again)."""
    return execute_run(run_id)


@shared_task(name="volunteers.tasks.match_followups_task")
def match_followups_task():
    """Daily: check-ins due, quiet-match nudges and alerts (idempotent)."""
    return run_followups()


@shared_task(name="volunteers.tasks.match_answer_deadlines_task")
def match_answer_deadlines_task():
    """Hourly: remind volunteers who have not answered a proposal; expire the overdue."""
    return run_answer_deadlines()


@shared_task(name="volunteers.tasks.weekly_digest_task")
def weekly_digest_task():
    """Weekly: what needs the coordinators' attention (idempotent per ISO week)."""
    return send_weekly_digest()


@shared_task(name="volunteers.matching.open_checkins_task")
def open_checkins_task():
    """Daily: open the match health check-ins that have come due (idempotent)."""
    return open_checkins()
