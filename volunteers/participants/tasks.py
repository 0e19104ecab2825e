"""Background jobs of the participant side."""

from celery import shared_task

from volunteers.participants import reminders


@shared_task(name="volunteers.participants.send_meeting_reminders_task")
def send_meeting_reminders_task():
    """Daily: tomorrow's meeting reminders. Idempotent, so a second beat is harmless."""
    return reminders.send_reminders()
