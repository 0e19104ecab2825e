"""Follow-up of matches: when a check-in is due, when a match has gone quiet, and the
bodies of the beat jobs that send the reminders.

The coordinator's check-in keeps the rhythm of the match health check-ins (checkins.py:
30 days after the start, then every 60): she is asked to hear the family when the
volunteer is asked, and recording the family's view marks it done.

The date arithmetic is pure (no database) so it is tested directly. The jobs are
idempotent: each message is recorded as a FollowUpAlert whose unique
(match, kind, period) makes a second run of the same job send nothing.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import DateField, Max
from django.db.models.functions import Coalesce, TruncDate
from django.urls import reverse
from django.utils import timezone

from cms import roles
from cms.links import absolute_url
from volunteers.matching.checkins import checkin_due, checkins_due, match_start, needing_attention
from volunteers.matching.models import FollowUpAlert, Match, MatchSuggestion
from volunteers.outbox.models import OutgoingEmail, OutgoingSms
from volunteers.outbox.services import queue_email

logger = logging.getLogger(__name__)

NUDGE_AFTER_DAYS = 14
ALERT_AFTER_DAYS = 28
# Only matches that have met are expected to keep meeting; a paused one is quiet on purpose.
FOLLOWED_STATUSES = (Match.Status.INTRODUCED, Match.Status.ACTIVE)


def quiet_since(
    introduced_on: datetime.date | None, last_meeting: datetime.date | None
) -> datetime.date | None:
    """The day the current quiet spell began: the last meeting, or the introduction."""
    dates = [d for d in (introduced_on, last_meeting) if d is not None]
    return max(dates) if dates else None


def quiet_level(since: datetime.date | None, today: datetime.date) -> int:
    """0 (fine), 14 (nudge the volunteer) or 28 (alert the coordinator)."""
    if since is None:
        return 0
    days = (today - since).days
    if days >= ALERT_AFTER_DAYS:
        return ALERT_AFTER_DAYS
    if days >= NUDGE_AFTER_DAYS:
        return NUDGE_AFTER_DAYS
    return 0


def followed_matches():
    """Open, met matches with the date their quiet spell began (``quiet_from``)."""
    return (
        Match.objects.filter(status__in=FOLLOWED_STATUSES)
        .annotate(last_meeting=Max("meetings__date"))
        .annotate(
            quiet_from=Coalesce(
                "last_meeting", "introduced_on", TruncDate("approved_at"), output_field=DateField()
            )
        )
        .select_related(
            "volunteer", "participant__municipality", "approved_by__wagtail_userprofile"
        )
    )


def quiet_matches(today: datetime.date | None = None):
    """Followed matches without a logged meeting for NUDGE_AFTER_DAYS or more."""
    today = today or timezone.localdate()
    return followed_matches().filter(
        quiet_from__lte=today - datetime.timedelta(days=NUDGE_AFTER_DAYS)
    )


def _language(user) -> str:
    """The user's admin language (Wagtail account settings), else the site default."""
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def coordinators() -> list[tuple[str, str]]:
    """(email, language) of every active user who decides on matches (coordinators and
    superusers) with an email. Asked by permission, not group name, so a role that
    gains the permission is told too."""
    User = get_user_model()
    users = (
        User.objects.with_perm(
            roles.DECIDE_ON_MATCHES,
            is_active=True,
            include_superusers=True,
            backend=roles.MODEL_BACKEND,
        )
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("email")
    )
    return [(user.email, _language(user)) for user in users]


def _coordinators_of(match: Match) -> list[tuple[str, str]]:
    """The approving coordinator, or every coordinator when she is gone."""
    user = match.approved_by
    if user is not None and user.is_active and user.email:
        return [(user.email, _language(user))]
    return coordinators()


def _admin_url(match: Match) -> str:
    return absolute_url(reverse("match_admin:detail", args=[match.pk]))


def _record_once(match, kind, period, due_on, send) -> bool:
    """Record the occasion and send its messages, unless it was recorded before."""
    try:
        with transaction.atomic():
            FollowUpAlert.objects.create(match=match, kind=kind, period=period, due_on=due_on)
            send()
    except IntegrityError:
        return False
    return True


def _coordinator_email(match, template, context, purpose):
    def send():
        for to, language in _coordinators_of(match):
            queue_email(
                to=to,
                template=template,
                context={**context, "match": match, "url": _admin_url(match)},
                language=language,
                purpose=purpose,
            )

    return send


def run_followups(today: datetime.date | None = None) -> dict[str, int]:
    """Daily: check-ins due, volunteer nudges at 14 quiet days, coordinator alerts at 28."""
    today = today or timezone.localdate()
    sent = {"checkin": 0, "nudge": 0, "alert": 0}
    for match in followed_matches():
        start = match_start(match)
        n = checkins_due(start, today)
        if n and _record_once(
            match,
            FollowUpAlert.Kind.CHECKIN,
            f"checkin-{n}",
            checkin_due(start, n),
            _coordinator_email(match, "matching/email/followup_due", {"number": n}, "followup-due"),
        ):
            sent["checkin"] += 1
        level = quiet_level(match.quiet_from, today)
        # The period is the day the quiet spell began: a new meeting starts a new spell.
        period = f"quiet-{match.quiet_from.isoformat()}" if level else ""
        if level >= NUDGE_AFTER_DAYS and _record_once(
            match, FollowUpAlert.Kind.NUDGE, period, today, _nudge(match)
        ):
            sent["nudge"] += 1
        if level >= ALERT_AFTER_DAYS and _record_once(
            match,
            FollowUpAlert.Kind.ALERT,
            period,
            today,
            _coordinator_email(
                match,
                "matching/email/quiet_match_alert",
                {"days": (today - match.quiet_from).days},
                "quiet-match-alert",
            ),
        ):
            sent["alert"] += 1
    logger.info("Follow-ups sent: %s", sent)
    return sent


def _nudge(match):
    def send():
        volunteer = match.volunteer
        queue_email(
            to=volunteer.email,
            template="matching/email/quiet_match_nudge",
            context={
                "volunteer": volunteer,
                "first_name": match.participant.first_name,
                "url": absolute_url(reverse("volunteers:match", args=[match.pk])),
            },
            language=volunteer.language,
            purpose="quiet-match-nudge",
        )

    return send


def attention(today: datetime.date | None = None) -> dict[str, int]:
    """What needs a coordinator's attention, counted in a few queries."""
    today = today or timezone.localdate()
    return {
        "suggestions": MatchSuggestion.objects.filter(
            status=MatchSuggestion.Status.PENDING
        ).count(),
        "followups": FollowUpAlert.objects.filter(
            kind=FollowUpAlert.Kind.CHECKIN,
            resolved_at__isnull=True,
            match__status__in=Match.OPEN_STATUSES,
        ).count(),
        "quiet": quiet_matches(today).count(),
        # Matches whose health check-in was low (1–2) or went unanswered for 14 days.
        "checkins": needing_attention(today).values("match_id").distinct().count(),
        "failed_emails": OutgoingEmail.objects.filter(status=OutgoingEmail.Status.FAILED).count(),
        "failed_sms": OutgoingSms.objects.filter(status=OutgoingSms.Status.FAILED).count(),
    }


def send_weekly_digest(today: datetime.date | None = None) -> bool:
    """Weekly: one digest per ISO week to every coordinator. False if already sent."""
    today = today or timezone.localdate()
    year, week, _weekday = today.isocalendar()
    counts = attention(today)

    def send():
        url = absolute_url(reverse("wagtailadmin_home"))
        for to, language in coordinators():
            queue_email(
                to=to,
                template="matching/email/weekly_digest",
                context={"counts": counts, "url": url, "week": week},
                language=language,
                purpose="weekly-digest",
            )

    return _record_once(None, FollowUpAlert.Kind.DIGEST, f"{year}-W{week:02d}", today, send)


@transaction.atomic
def resolve_checkins(match: Match) -> int:
    """A coordinator has checked in with the match: its due check-ins are done."""
    return FollowUpAlert.objects.filter(
        match=match, kind=FollowUpAlert.Kind.CHECKIN, resolved_at__isnull=True
    ).update(resolved_at=timezone.now())
