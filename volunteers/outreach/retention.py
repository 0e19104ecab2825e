"""Retention of outreach: a contact that did not lead to enrolment, and a partner's
referral of a family who never enrolled, are anonymised once older than the period
coordinators set (OutreachSettings)."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from volunteers.outreach.models import OutreachContact, OutreachSettings, Referral

logger = logging.getLogger(__name__)


@transaction.atomic
def apply_outreach_retention() -> int:
    """Anonymise the unconverted contacts and referrals past the period; returns how
    many rows. Idempotent: the anonymised are skipped next time. One transaction: a run
    anonymises all that are due or none."""
    days = OutreachSettings.load().retention_days
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    contacts = OutreachContact.objects.unconverted().filter(
        anonymised_at__isnull=True, date__lt=cutoff
    )
    # A referral about a participant is hers and follows her record's retention.
    referrals = Referral.objects.filter(
        participant__isnull=True, anonymised_at__isnull=True, date__lt=cutoff
    )
    counts = {}
    for name, due in (("contacts", contacts), ("referrals", referrals)):
        counts[name] = 0
        for row in due.iterator():
            row.anonymise()
            counts[name] += 1
    if any(counts.values()):
        logger.info("Anonymised %(contacts)d outreach contacts and %(referrals)d referrals", counts)
    return sum(counts.values())
