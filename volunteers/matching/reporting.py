"""Query functions over matches for the reports app: aggregates only, a fixed number
of queries whatever the data size."""

import datetime

from django.db.models import (
    Avg,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
)
from django.db.models.functions import TruncDate, TruncMonth

from cms.aggregates import between
from volunteers.matching.models import FollowUpAlert, Match, MatchEvent, MeetingLog
from volunteers.volunteers.reporting import signups

# Match durations, in days: (key, shortest, longest).
DURATION_BUCKETS = [
    ("under_3m", 0, 90),
    ("3_6m", 91, 182),
    ("6_12m", 183, 365),
    ("over_12m", 366, None),
]


# A check-in is sent on its due day; a coordinator who checks in within two weeks is on time.
ON_TIME = datetime.timedelta(days=14)


def _matches(municipality=None):
    matches = Match.objects.all()
    if municipality is not None:
        matches = matches.filter(participant__municipality=municipality)
    return matches


def volunteer_funnel(start=None, end=None, municipality=None):
    """The whole funnel of volunteers who signed up in the period, one query:
    signed up → confirmed → approved → matched → active, and the average time of each step."""
    first_match = Match.objects.filter(volunteer=OuterRef("pk")).order_by("approved_at")
    first_active = (
        MatchEvent.objects.filter(match__volunteer=OuterRef("pk"), to_status=Match.Status.ACTIVE)
        .order_by("at")
        .values("at")[:1]
    )
    volunteers = signups(start, end, municipality).annotate(
        matched_at=Subquery(first_match.values("approved_at")[:1]),
        active_at=Subquery(first_active),
    )
    return volunteers.aggregate(
        signed_up=Count("pk"),
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        approved=Count("pk", filter=Q(approved_at__isnull=False)),
        matched=Count("pk", filter=Q(matched_at__isnull=False)),
        active=Count("pk", filter=Q(active_at__isnull=False)),
        to_confirm=Avg(F("confirmed_at") - F("created_at")),
        to_approve=Avg(F("approved_at") - F("confirmed_at")),
        to_match=Avg(F("matched_at") - F("approved_at")),
        to_active=Avg(F("active_at") - F("matched_at")),
    )


def hours_by_month_and_municipality(start=None, end=None, municipality=None):
    """[(month, municipality name, hours)] from the volunteers' meeting log. One query."""
    rows = (
        MeetingLog.objects.filter(between("date", start, end))
        .filter(**({"match__participant__municipality": municipality} if municipality else {}))
        .annotate(month=TruncMonth("date"))
        .order_by("month", "match__participant__municipality__name")
        .values("month", "match__participant__municipality__name")
        .annotate(minutes=Sum("duration_minutes"))
    )
    return [
        (row["month"], row["match__participant__municipality__name"], row["minutes"] / 60)
        for row in rows
    ]


def matches_summary(start=None, end=None, municipality=None, today=None):
    """Matches open at any time in the period by state; those that ended in it by
    reason and by duration. One query."""
    today = today or datetime.date.today()
    approved_on = TruncDate("approved_at")
    matches = _matches(municipality).annotate(approved_on=approved_on)
    overlapping = Q()
    if end is not None:
        overlapping &= Q(approved_on__lte=end)
    if start is not None:
        overlapping &= Q(ended_on__isnull=True) | Q(ended_on__gte=start)
    ended = between("ended_on", start, end) & Q(ended_on__isnull=False)
    matches = matches.annotate(
        days=ExpressionWrapper(F("ended_on") - F("approved_on"), output_field=DurationField())
    )
    aggregates = {}
    for status in Match.Status.values:
        aggregates[f"status__{status}"] = Count("pk", filter=overlapping & Q(status=status))
    for reason in [*Match.EndReason.values, ""]:
        aggregates[f"reason__{reason}"] = Count("pk", filter=ended & Q(end_reason=reason))
    for key, low, high in DURATION_BUCKETS:
        q = ended & Q(days__gte=datetime.timedelta(days=low))
        if high is not None:
            q &= Q(days__lte=datetime.timedelta(days=high))
        aggregates[f"duration__{key}"] = Count("pk", filter=q)
    result = {"status": {}, "reason": {}, "duration": {}}
    for key, n in matches.aggregate(**aggregates).items():
        group, _sep, value = key.partition("__")
        result[group][value] = n
    return result


def followups(start=None, end=None, municipality=None, today=None):
    """Check-ins due in the period: on time (within ON_TIME), late, and still open past due.
    One query."""
    today = today or datetime.date.today()
    alerts = FollowUpAlert.objects.filter(
        between("due_on", start, end), kind=FollowUpAlert.Kind.CHECKIN, due_on__lte=today
    ).annotate(resolved_on=TruncDate("resolved_at"))
    if municipality is not None:
        alerts = alerts.filter(match__participant__municipality=municipality)
    return alerts.aggregate(
        on_time=Count("pk", filter=Q(resolved_on__lte=F("due_on") + ON_TIME)),
        late=Count("pk", filter=Q(resolved_on__gt=F("due_on") + ON_TIME)),
        open=Count("pk", filter=Q(resolved_at__isnull=True)),
    )
