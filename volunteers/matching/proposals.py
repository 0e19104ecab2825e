"""The volunteer's yes: an approved match is first proposed to her.

A coordinator's approval creates the match as ``proposed`` with ``answer_due``
(``MATCH_ANSWER_DAYS`` later) and emails her. She accepts or declines in her portal.
The hourly beat job ``run_answer_deadlines`` reminds her once at half time and, at
the deadline, treats no answer as a no: the match is declined by the system ("no
answer by the deadline"), which closes it, so the family is matchable again for that
role. An explicit decline records her reason and keeps the pair out of later runs
(an exclusion a coordinator can clear). Both kinds of decline queue a matching run and
tell the approving coordinator. Only an accepted match can be introduced.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cms.links import absolute_url
from volunteers.matching import lifecycle
from volunteers.matching.models import Match, MatchingRun, PairRule
from volunteers.matching.runs import request_run
from volunteers.outbox.services import queue_email

logger = logging.getLogger(__name__)
S = Match.Status


def answer_due(approved_at: datetime.datetime) -> datetime.datetime:
    """When the volunteer's answer is due for a match proposed at ``approved_at``."""
    return approved_at + datetime.timedelta(days=settings.MATCH_ANSWER_DAYS)


def reminder_due(match: Match) -> datetime.datetime:
    """Half time between the proposal and the deadline."""
    return match.approved_at + (match.answer_due - match.approved_at) / 2


def _portal_url(match: Match) -> str:
    return absolute_url(reverse("volunteers:match", args=[match.pk]))


def notify_proposed(match: Match):
    """Email the volunteer that a family is proposed to her and by when to answer."""
    volunteer = match.volunteer
    queue_email(
        to=volunteer.email,
        template="matching/email/match_approved",
        context={
            "volunteer": volunteer,
            "first_name": match.participant.first_name,
            "municipality": str(match.participant.municipality),
            "match": match,
            "url": _portal_url(match),
        },
        language=volunteer.language,
        purpose="match-approved",
    )


def accept(match: Match, *, by):
    """The volunteer says yes: the match is approved and can be introduced."""
    return lifecycle.move(match, S.APPROVED, by=by)


def decline(match: Match, *, by, reason: str):
    """The volunteer says no, with her reason; the family returns to the queue."""
    with transaction.atomic():
        event = lifecycle.move(match, S.DECLINED, by=by, reason=reason)
        # Coordinators read the rule: written in the organisation's language, not hers.
        with translation.override(settings.LANGUAGE_CODE):
            rule_reason = _("Declined by the volunteer: %(reason)s") % {"reason": reason}
        # Like a rejection, the exclusion replaces a pin or exclusion of the pair.
        PairRule.objects.update_or_create(
            participant_id=match.participant_id,
            volunteer_id=match.volunteer_id,
            cleared_at=None,
            defaults={"kind": PairRule.Kind.EXCLUDE, "reason": rule_reason, "created_by": by},
        )
        _after_decline(match)
    return event


def _after_decline(match: Match):
    request_run(MatchingRun.Trigger.PARTICIPANT_MATCHABLE)
    coordinator = match.approved_by
    if coordinator is not None and coordinator.email:
        queue_email(
            to=coordinator.email,
            template="matching/email/match_declined",
            context={
                "match": match,
                "first_name": match.participant.first_name,
                "volunteer": match.volunteer,
                "url": absolute_url(reverse("match_admin:detail", args=[match.pk])),
            },
            language=settings.LANGUAGE_CODE,
            purpose="match-declined",
        )


def _remind(match: Match, now) -> bool:
    # The conditional update is the once-only guard: a second run finds it set.
    if not Match.objects.filter(pk=match.pk, answer_reminded_at__isnull=True).update(
        answer_reminded_at=now
    ):
        return False
    volunteer = match.volunteer
    queue_email(
        to=volunteer.email,
        template="matching/email/match_answer_reminder",
        context={
            "volunteer": volunteer,
            "first_name": match.participant.first_name,
            "match": match,
            "url": _portal_url(match),
        },
        language=volunteer.language,
        purpose="match-answer-reminder",
    )
    return True


def run_answer_deadlines(now: datetime.datetime | None = None) -> dict[str, int]:
    """Remind at half time (once) and treat no answer by the deadline as a decline."""
    now = now or timezone.now()
    counts = {"reminded": 0, "expired": 0}
    waiting = Match.objects.filter(status=S.PROPOSED, answer_due__isnull=False).select_related(
        "volunteer", "participant"
    )
    for match in waiting:
        if match.answer_due <= now:
            try:
                with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
                    lifecycle.move(
                        match, S.DECLINED, by=None, reason=_("No answer by the deadline.")
                    )
                    _after_decline(match)
            except ValidationError:  # she answered at this very moment
                continue
            counts["expired"] += 1
        elif match.answer_reminded_at is None and reminder_due(match) <= now:
            with transaction.atomic():
                counts["reminded"] += _remind(match, now)
    logger.info("Match answers: %(reminded)s reminded, %(expired)s expired", counts)
    return counts
