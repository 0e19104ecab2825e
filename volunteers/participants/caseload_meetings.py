"""The theme meetings a project worker's own mothers are registered or waiting for,
for her dashboard: where she has mothers to bring, remind or follow up."""

import datetime

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from resources.models import ThemeMeetingPage, one_per_meeting
from volunteers.participants import caseload
from volunteers.participants.models import MeetingRegistration, Participant

# How far ahead the dashboard looks: this week and the next.
DAYS_AHEAD = 14
Status = MeetingRegistration.Status


def _mine(user, status):
    """How many of `user`'s caseload have `status` at the outer meeting (any copy)."""
    return Coalesce(
        Subquery(
            MeetingRegistration.objects.filter(
                meeting__translation_key=OuterRef("translation_key"),
                participant__in=caseload.restrict(Participant.objects.all(), user),
                status=status,
            )
            .order_by()
            .values("meeting__translation_key")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )


def caseload_meetings(user, now=None):
    """Live meetings from now to `DAYS_AHEAD` days ahead at which some mother of
    `user`'s caseload is registered or waiting, soonest first.

    Each meeting once across its translations (in the reader's language where
    translated), with `mine_registered` and `mine_waiting`: her own mothers only,
    never a colleague's. Registrations live on the meeting's source copy, so they
    are counted by translation key. One query however many meetings.
    """
    now = now or timezone.now()
    meetings = ThemeMeetingPage.objects.live().filter(
        end__gte=now, start__lt=now + datetime.timedelta(days=DAYS_AHEAD)
    )
    return (
        one_per_meeting(meetings)
        .annotate(
            mine_registered=_mine(user, Status.REGISTERED),
            mine_waiting=_mine(user, Status.WAITING),
        )
        .filter(Q(mine_registered__gt=0) | Q(mine_waiting__gt=0))
        .select_related("venue")
        .order_by("start", "path")
    )
