"""Celery tasks of the privacy app: thin wrappers around retention.py."""

from celery import shared_task

from volunteers.privacy.retention import apply_retention


@shared_task(name="privacy.tasks.apply_retention_task")
def apply_retention_task():
    """Daily on beat. Idempotent: the anonymised are skipped next time."""
    record = apply_retention()
    return record.details if record else {}
