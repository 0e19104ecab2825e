"""A few demo matches in different states, with meetings and history (fictional only).

Idempotent: the demo matches are recognised by their meeting plan and made once.
The demo volunteer (user "volunteer") gets an active match with logged meetings and
an overdue check-in (so the attention panel shows it and she can answer it); two other
matches have answered check-ins.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from volunteers.matching import checkins
from volunteers.matching.models import (
    Match,
    MatchCheckIn,
    MatchEvent,
    MatchFeedback,
    MeetingLog,
)
from volunteers.participants.models import Participant
from volunteers.volunteers.models import Volunteer, VolunteerStatus

# Written as a coordinator would, in Finnish (earlier demo data had an English half;
# the check below finds those rows too, so a second load adds nothing).
MEETING_PLAN = "Joka toinen tiistai klo 17"
S = Match.Status
# (status, days since approval, meetings logged, end reason)
PLAN = [
    (S.ACTIVE, 60, 4, ""),
    (S.INTRODUCED, 20, 1, ""),
    (S.APPROVED, 2, 0, ""),
    (S.PAUSED, 90, 3, ""),
    (S.ENDED, 200, 6, Match.EndReason.COMPLETED),
    (S.PROPOSED, 0, 0, ""),  # waiting for the volunteer's answer
    (S.DECLINED, 5, 0, ""),
]
PATH = {
    S.PROPOSED: [S.PROPOSED],
    S.DECLINED: [S.PROPOSED, S.DECLINED],
    S.APPROVED: [S.PROPOSED, S.APPROVED],
    S.INTRODUCED: [S.PROPOSED, S.APPROVED, S.INTRODUCED],
    S.ACTIVE: [S.PROPOSED, S.APPROVED, S.INTRODUCED, S.ACTIVE],
    S.PAUSED: [S.PROPOSED, S.APPROVED, S.INTRODUCED, S.ACTIVE, S.PAUSED],
    S.ENDED: [S.PROPOSED, S.APPROVED, S.INTRODUCED, S.ACTIVE, S.ENDED],
}
NOT_INTRODUCED = (S.PROPOSED, S.DECLINED, S.APPROVED)


def _volunteers():
    """The demo volunteer first, then other approved volunteers without a match."""
    free = Volunteer.objects.filter(status=VolunteerStatus.APPROVED).exclude(matches__isnull=False)
    demo = free.filter(user__username="volunteer")
    return [*demo, *free.exclude(user__username="volunteer").order_by("pk")]


def load() -> int:
    """Create the demo matches that are missing; returns how many were created."""
    if Match.objects.filter(meeting_plan__startswith=MEETING_PLAN).exists():
        load_checkins()
        return 0
    coordinator = get_user_model().objects.filter(username="coordinator").first()
    participants = list(
        Participant.objects.exclude(matches__isnull=False).exclude(wished_role="").order_by("pk")
    )
    today, now = timezone.localdate(), timezone.now()
    created = 0
    for (status, days, meetings, end_reason), volunteer, participant in zip(
        PLAN, _volunteers(), participants, strict=False
    ):
        approved = today - timedelta(days=days)
        match = Match.objects.create(
            participant=participant,
            volunteer=volunteer,
            status=status,
            approved_by=coordinator,
            introduced_on=approved + timedelta(days=7) if status not in NOT_INTRODUCED else None,
            answer_due=now + timedelta(days=settings.MATCH_ANSWER_DAYS - days),
            answered_at=None if status == S.PROPOSED else now,
            decline_reason="Aikataulu ei juuri nyt sovi." if status == S.DECLINED else "",
            ended_on=today if status == S.ENDED else None,
            end_reason=end_reason,
            agreed_contact="Tekstiviesti äidin numeroon",
            meeting_plan=MEETING_PLAN,
        )
        previous = ""
        for step in PATH[status]:
            MatchEvent.objects.create(
                match=match, from_status=previous, to_status=step, by=coordinator
            )
            previous = step
        for n in range(meetings):
            MeetingLog.objects.create(
                match=match,
                date=approved + timedelta(days=10 + 12 * n),
                duration_minutes=60 + 15 * (n % 3),
                activity=MeetingLog.Activity.values[n % len(MeetingLog.Activity.values)],
                note="Kaikki hyvin." if n % 2 else "",
                logged_by=volunteer.user,
            )
        if status == S.ENDED:
            MatchFeedback.objects.create(
                match=match, side=MatchFeedback.Side.VOLUNTEER, rating=5, text="Hieno kokemus."
            )
        created += 1
    load_checkins()
    return created


# Answers of the demo check-ins by match status: (side, rating, meetings, note); the
# active match's check-in is left unanswered and is overdue by then.
CHECKIN_ANSWERS = {
    S.PAUSED: [
        (MatchCheckIn.Side.VOLUNTEER, 4, 3, "Tapaamiset sujuvat, tauko kesän ajan."),
        (MatchCheckIn.Side.FAMILY, 5, 3, "Äiti kiittää."),
    ],
    S.ENDED: [(MatchCheckIn.Side.VOLUNTEER, 5, 4, "")],
}


def load_checkins() -> int:
    """The first check-in of each demo match that has one due; idempotent."""
    created = 0
    demo = Match.objects.filter(meeting_plan__startswith=MEETING_PLAN, checkins__isnull=True)
    for match in demo.filter(status__in=[S.ACTIVE, S.PAUSED, S.ENDED]):
        due_on = checkins.checkin_due(checkins.match_start(match), 1)
        answers = {side: rest for side, *rest in CHECKIN_ANSWERS.get(match.status, [])}
        for side in MatchCheckIn.Side.values:
            rating, meetings, note = answers.get(side, (None, None, ""))
            MatchCheckIn.objects.create(
                match=match,
                side=side,
                number=1,
                due_on=due_on,
                rating=rating,
                meetings_held=meetings,
                note=note,
                answered_at=timezone.now() if rating else None,
            )
            created += 1
    return created
