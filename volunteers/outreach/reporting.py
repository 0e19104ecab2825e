"""Outreach figures: how many contacts were made and how many led to enrolment,
per channel. Counts only; the rows stay behind the access rules (access.py)."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from volunteers.outreach.models import OutreachContact


def reached_and_enrolled(queryset=None, since: datetime.date | None = None) -> dict:
    """{"contacts": n, "enrolled": m, "by_channel": [(channel, n, m), …]} since a date
    (a year back by default). "Enrolled" is a contact linked to her participant record."""
    since = since or timezone.localdate() - datetime.timedelta(days=365)
    rows = (queryset if queryset is not None else OutreachContact.objects.all()).filter(
        date__gte=since
    )
    enrolled = Count("pk", filter=Q(participant__isnull=False))
    totals = rows.aggregate(contacts=Count("pk"), enrolled=enrolled)
    by_channel = (
        rows.values("channel__name")
        .annotate(contacts=Count("pk"), enrolled=enrolled)
        .order_by("-contacts", "channel__name")
    )
    return {
        **totals,
        "by_channel": [(r["channel__name"], r["contacts"], r["enrolled"]) for r in by_channel],
    }
