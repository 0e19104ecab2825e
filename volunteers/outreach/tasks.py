"""Celery tasks of outreach: thin wrappers around retention.py."""

from celery import shared_task

from volunteers.outreach.retention import apply_outreach_retention


@shared_task(name="outreach.tasks.apply_outreach_retention_task")
def apply_outreach_retention_task():
    """Daily on beat: anonymise unconverted outreach contacts past their period."""
    return apply_outreach_retention()
