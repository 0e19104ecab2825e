"""Retention of outreach contacts: one that did not lead to enrolment is anonymised
once it is older than the period coordinators set (OutreachSettings)."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from volunteers.outreach.models import OutreachContact, OutreachSettings

logger = logging.getLogger(__name__)


@transaction.atomic
def apply_outreach_retention() -> int:
    """Anonymise the unconverted contacts past the period; returns how many.
    Idempotent: the anonymised are skipped next time. One transaction: a run
    anonymises all that are due or none."""
    days = OutreachSettings.load().retention_days
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    due = OutreachContact.objects.unconverted().filter(anonymised_at__isnull=True, date__lt=cutoff)
    count = 0
    for contact in due.iterator():
        contact.anonymise()
        count += 1
    if count:
        logger.info("Anonymised %d outreach contacts older than %d days", count, days)
    return count
