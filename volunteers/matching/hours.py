"""Volunteering hours: the meeting log's minutes plus other volunteering.

Summed in the database (a few grouped queries whatever the number of rows) per
volunteer, match and month. The volunteer's portal page and the coordinators' report
both read from here; it lives in matching because the meeting minutes are matching's.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Sum
from django.db.models.functions import TruncMonth

from volunteers.matching.models import Match, MeetingLog
from volunteers.volunteers.models import OtherVolunteering, Volunteer


@dataclass
class MonthHours:
    month: date
    meeting_minutes: int = 0
    other_minutes: int = 0

    @property
    def total_minutes(self) -> int:
        return self.meeting_minutes + self.other_minutes

    @property
    def total_hours(self) -> float:
        return self.total_minutes / 60


@dataclass
class VolunteerHours:
    """One volunteer's hours: per month, and per match over all time."""

    months: list[MonthHours] = field(default_factory=list)
    matches: list[tuple[Match, int]] = field(default_factory=list)

    @property
    def total_minutes(self) -> int:
        return sum(m.total_minutes for m in self.months)


def _between(qs, field_name, start, end):
    if start:
        qs = qs.filter(**{f"{field_name}__gte": start})
    if end:
        qs = qs.filter(**{f"{field_name}__lte": end})
    return qs


def hours_for_volunteer(volunteer: Volunteer) -> VolunteerHours:
    """Her own hours, newest month first; matches in the order they began."""
    months: dict[date, MonthHours] = {}
    meetings = (
        MeetingLog.objects.filter(match__volunteer=volunteer)
        .annotate(month=TruncMonth("date"))
        .values("month", "match")
        .annotate(minutes=Sum("duration_minutes"))
    )
    per_match: dict[int, int] = defaultdict(int)
    for row in meetings:
        months.setdefault(row["month"], MonthHours(row["month"])).meeting_minutes += row["minutes"]
        per_match[row["match"]] += row["minutes"]
    other = (
        OtherVolunteering.objects.filter(volunteer=volunteer)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(minutes=Sum("duration_minutes"))
    )
    for row in other:
        months.setdefault(row["month"], MonthHours(row["month"])).other_minutes += row["minutes"]
    matches = (
        Match.objects.filter(volunteer=volunteer, pk__in=per_match)
        .select_related("participant__municipality")
        .order_by("approved_at", "pk")
    )
    return VolunteerHours(
        months=sorted(months.values(), key=lambda m: m.month, reverse=True),
        matches=[(m, per_match[m.pk]) for m in matches],
    )


@dataclass
class ReportRow:
    volunteer_id: int
    volunteer_name: str
    month: date
    meeting_minutes: int = 0
    other_minutes: int = 0

    @property
    def total_minutes(self) -> int:
        return self.meeting_minutes + self.other_minutes

    @property
    def total_hours(self) -> float:
        return self.total_minutes / 60


def hours_by_volunteer_and_month(start: date | None = None, end: date | None = None):
    """Rows (volunteer, month, meeting, other, total minutes) for the coordinators.

    Three queries however many volunteers, matches and meetings there are.
    """
    rows: dict[tuple[int, date], ReportRow] = {}
    meetings = (
        _between(MeetingLog.objects.all(), "date", start, end)
        .annotate(month=TruncMonth("date"))
        .values("month", "match__volunteer")
        .annotate(minutes=Sum("duration_minutes"))
    )
    for r in meetings:
        key = (r["match__volunteer"], r["month"])
        rows.setdefault(key, ReportRow(key[0], "", key[1])).meeting_minutes += r["minutes"]
    other = (
        _between(OtherVolunteering.objects.all(), "date", start, end)
        .annotate(month=TruncMonth("date"))
        .values("month", "volunteer")
        .annotate(minutes=Sum("duration_minutes"))
    )
    for r in other:
        key = (r["volunteer"], r["month"])
        rows.setdefault(key, ReportRow(key[0], "", key[1])).other_minutes += r["minutes"]
    names = {
        pk: f"{first} {last}".strip()
        for pk, first, last in Volunteer.objects.filter(pk__in={k[0] for k in rows}).values_list(
            "pk", "first_name", "last_name"
        )
    }
    for row in rows.values():
        row.volunteer_name = names.get(row.volunteer_id, "")
    return sorted(rows.values(), key=lambda r: (-r.month.toordinal(), r.volunteer_name))
