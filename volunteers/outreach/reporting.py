"""Outreach figures: how many contacts were made and how many led to enrolment,
per channel. Counts only; the rows stay behind the access rules (access.py)."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from volunteers.outreach.models import OutreachContact, Referral


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


def _in_period(rows, start, end):
    if start is not None:
        rows = rows.filter(date__gte=start)
    if end is not None:
        rows = rows.filter(date__lte=end)
    return rows


def contacts_by_channel(start=None, end=None, municipality=None) -> list[tuple[str, int, int]]:
    """[(channel, contacts, enrolled)] of the contacts made in the period (and the
    municipality, when given), most contacts first; one query."""
    rows = _in_period(OutreachContact.objects.all(), start, end)
    if municipality is not None:
        rows = rows.filter(municipality=municipality)
    by_channel = (
        rows.values("channel__name")
        .annotate(contacts=Count("pk"), enrolled=Count("pk", filter=Q(participant__isnull=False)))
        .order_by("-contacts", "channel__name")
    )
    return [(r["channel__name"], r["contacts"], r["enrolled"]) for r in by_channel]


def referrals_by_direction(start=None, end=None, municipality=None) -> dict[str, tuple[int, int]]:
    """{direction: (referrals, completed)} of the referrals dated in the period; one query.

    With a municipality, only referrals about a participant of that municipality count:
    a partner's referral of a family not yet enrolled has no municipality yet.
    """
    rows = _in_period(Referral.objects.all(), start, end)
    if municipality is not None:
        rows = rows.filter(participant__municipality=municipality)
    counts = rows.values("direction").annotate(
        referrals=Count("pk"), completed=Count("pk", filter=Q(status=Referral.Status.COMPLETED))
    )
    found = {r["direction"]: (r["referrals"], r["completed"]) for r in counts}
    return {direction: found.get(direction, (0, 0)) for direction in Referral.Direction.values}
