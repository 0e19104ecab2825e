"""Match health check-ins: when they come due, opening them (the beat job), answering
them, and which matches they put on the coordinators' attention panel.

The date rules are pure (no database) and tested directly. Opening is idempotent:
a check-in is a MatchCheckIn row whose unique (match, side, number) makes a second
run of the job open, and send, nothing new.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from cms.links import absolute_url
from volunteers.matching.models import Match, MatchCheckIn
from volunteers.outbox.services import queue_email

logger = logging.getLogger(__name__)

FIRST_AFTER = datetime.timedelta(days=30)
EVERY = datetime.timedelta(days=60)
ANSWER_WITHIN = datetime.timedelta(days=14)
# An answer at or below this puts the match on the attention panel.
LOW_RATING = 2


def checkin_due(start: datetime.date, n: int) -> datetime.date:
    """The date of the n-th check-in (1 = 30 days after the start, then every 60 days)."""
    return start + FIRST_AFTER + EVERY * (n - 1)


def checkins_due(start: datetime.date, today: datetime.date) -> int:
    """How many check-ins have come due by ``today`` (0: none yet)."""
    if today < checkin_due(start, 1):
        return 0
    return 1 + (today - checkin_due(start, 1)).days // EVERY.days


def is_overdue(due_on: datetime.date, today: datetime.date) -> bool:
    """An unanswered check-in is overdue once ANSWER_WITHIN has passed since it opened."""
    return today >= due_on + ANSWER_WITHIN


def match_start(match: Match) -> datetime.date:
    """The match's start: its introduction if set, else the day the volunteer accepted
    the proposal, else (matches from before proposals) the day it was approved."""
    if match.introduced_on:
        return match.introduced_on
    return timezone.localdate(match.answered_at or match.approved_at)


def _notify_volunteer(match: Match, checkin: MatchCheckIn) -> None:
    volunteer = match.volunteer
    if not volunteer.email:
        return
    queue_email(
        to=volunteer.email,
        template="matching/email/checkin_open",
        context={
            "volunteer": volunteer,
            "first_name": match.participant.first_name,
            "url": absolute_url(reverse("volunteers:match", args=[match.pk])),
        },
        language=volunteer.language,
        purpose="match-checkin",
    )


def _open(match: Match, side: str, n: int, due_on: datetime.date) -> bool:
    try:
        with transaction.atomic():
            checkin = MatchCheckIn.objects.create(match=match, side=side, number=n, due_on=due_on)
            if side == MatchCheckIn.Side.VOLUNTEER:
                _notify_volunteer(match, checkin)
    except IntegrityError:
        return False
    return True


def open_checkins(today: datetime.date | None = None) -> int:
    """Daily: open the check-ins that have come due (both sides); email the volunteer.

    Only the latest check-in due is opened: a match found late gets one question, not
    a backlog. Returns how many volunteer check-ins were opened.
    """
    today = today or timezone.localdate()
    opened = 0
    # A proposal still waiting for her answer has not started.
    started = [s for s in Match.OPEN_STATUSES if s != Match.Status.PROPOSED]
    matches = Match.objects.filter(status__in=started).select_related("volunteer", "participant")
    for match in matches:
        start = match_start(match)
        n = checkins_due(start, today)
        if not n:
            continue
        due_on = checkin_due(start, n)
        if _open(match, MatchCheckIn.Side.VOLUNTEER, n, due_on):
            opened += 1
        _open(match, MatchCheckIn.Side.FAMILY, n, due_on)
    logger.info("Match check-ins opened: %s", opened)
    return opened


def open_for(match: Match, side: str):
    """The check-in of that side waiting for an answer, or None."""
    return match.checkins.filter(side=side, answered_at__isnull=True).order_by("-number").first()


@transaction.atomic
def answer(checkin: MatchCheckIn, *, rating, meetings_held, note, by) -> MatchCheckIn:
    """Record the answer (once: an answered check-in is not changed)."""
    checkin = MatchCheckIn.objects.select_for_update().get(pk=checkin.pk)
    if checkin.answered_at is None:
        checkin.rating, checkin.meetings_held, checkin.note = rating, meetings_held, note
        checkin.answered_at, checkin.answered_by = timezone.now(), by
        checkin.save()
    return checkin


def needing_attention(today: datetime.date | None = None):
    """Check-ins of open matches not yet seen by a coordinator that are low (1–2), or a
    volunteer's unanswered one past ANSWER_WITHIN."""
    today = today or timezone.localdate()
    return MatchCheckIn.objects.filter(
        match__status__in=Match.OPEN_STATUSES, seen_at__isnull=True
    ).filter(
        Q(answered_at__isnull=False, rating__lte=LOW_RATING)
        | Q(
            side=MatchCheckIn.Side.VOLUNTEER,
            answered_at__isnull=True,
            due_on__lte=today - ANSWER_WITHIN,
        )
    )


def attention_matches(today: datetime.date | None = None):
    """Open matches with a check-in needing attention."""
    return Match.objects.filter(pk__in=needing_attention(today).values("match_id"))


@transaction.atomic
def mark_seen(match: Match) -> int:
    """A coordinator has looked at the match's low or missing answers."""
    return needing_attention().filter(match=match).update(seen_at=timezone.now())
