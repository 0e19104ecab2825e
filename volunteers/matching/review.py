"""Coordinators' decisions on suggestions: approve (creating a match) or reject.

Approval re-checks everything that may have changed since the run, inside one
transaction that locks the volunteer's row first: two coordinators approving at the
same moment queue on that lock, and the second sees the first one's match when it
counts open matches, so a volunteer is never booked beyond her capacity.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.vocabularies import ConsentPurpose
from volunteers.matching import permissions, proposals
from volunteers.matching.models import (
    Match,
    MatchEvent,
    MatchSuggestion,
    PairRule,
)
from volunteers.participants.models import Participant
from volunteers.volunteers.eligibility import volunteer_missing
from volunteers.volunteers.models import Volunteer

APPROVE_PERMISSION = permissions.APPROVE_MATCH
DECIDE_PERMISSION = permissions.DECIDE_SUGGESTION
APPROVED_ACTION = "volunteers.match_approved"
REJECTED_ACTION = "volunteers.suggestion_rejected"
CLEARED_ACTION = "volunteers.pair_rule_cleared"


def _already_matched() -> str:
    return _("The participant already has a match for this role.")


class ReviewError(ValidationError):
    """An approval or rejection that cannot be made now; the message says why."""


def _check_permission(user, perm):
    if user is None or not user.has_perm(perm):
        raise PermissionDenied


def blocking_reasons(volunteer: Volunteer, participant: Participant) -> list[str]:
    """Why this pair cannot become a match right now (empty when it can)."""
    reasons = []
    role = participant.wished_role
    missing = volunteer_missing(volunteer)
    if role not in missing:
        reasons.append(_("The volunteer does not take this role."))
    else:
        reasons.extend(missing[role])
    if not Participant.objects.matchable().filter(pk=participant.pk).exists():
        reasons.append(
            _("The participant is not waiting for a match (no current consent, or she has left).")
        )
    if not volunteer.consents.filter(
        purpose=ConsentPurpose.PRIVACY_NOTICE, withdrawn_at__isnull=True
    ).exists():
        reasons.append(_("The volunteer has withdrawn her consent."))
    open_count = volunteer.matches.filter(status__in=Match.OPEN_STATUSES).count()
    if open_count >= volunteer.capacity:
        reasons.append(_("The volunteer has no room for another family."))
    if participant.matches.filter(
        status__in=Match.OPEN_STATUSES, role=Match.role_for(volunteer, participant)
    ).exists():
        reasons.append(_already_matched())
    if PairRule.objects.filter(
        participant=participant,
        volunteer=volunteer,
        cleared_at__isnull=True,
        kind__in=[PairRule.Kind.EXCLUDE, PairRule.Kind.REJECTED],
    ).exists():
        reasons.append(_("A coordinator has excluded this pair."))
    return reasons


def approve(suggestion: MatchSuggestion, *, by, reason: str = "", **details) -> Match:
    """Turn a pending suggestion into a match proposed to the volunteer, or raise
    ReviewError.

    ``details`` may give ``agreed_contact`` and ``meeting_plan``. The volunteer is
    emailed (after commit) and answers in her portal by ``answer_due`` (proposals.py).
    A family has one open match per role: the role is stored on the match and a
    partial unique constraint holds it even when two approvals race.
    """
    _check_permission(by, APPROVE_PERMISSION)
    try:
        with transaction.atomic():
            # Lock order: volunteer, then participant, then suggestion: every approval
            # takes them in this order, so two approvals never deadlock.
            volunteer = Volunteer.objects.select_for_update().get(pk=suggestion.volunteer_id)
            participant = Participant.objects.select_for_update().get(pk=suggestion.participant_id)
            locked = MatchSuggestion.objects.select_for_update().get(pk=suggestion.pk)
            if locked.status == MatchSuggestion.Status.SUPERSEDED:
                # Another approval for the family took her out of the queue.
                raise ReviewError(_already_matched())
            if locked.status != MatchSuggestion.Status.PENDING:
                raise ReviewError(_("This suggestion was already decided; reload the page."))
            reasons = blocking_reasons(volunteer, participant)
            if reasons:
                raise ReviewError(" ".join(str(r) for r in reasons))
            now = timezone.now()
            match = Match.objects.create(
                participant=participant,
                volunteer=volunteer,
                role=Match.role_for(volunteer, participant),
                status=Match.Status.PROPOSED,
                answer_due=proposals.answer_due(now),
                suggestion=locked,
                approved_by=by,
                agreed_contact=details.get("agreed_contact", ""),
                meeting_plan=details.get("meeting_plan", ""),
            )
            MatchEvent.objects.create(
                match=match, from_status="", to_status=Match.Status.PROPOSED, by=by, reason=reason
            )
            locked.status = MatchSuggestion.Status.APPROVED
            locked.save(update_fields=["status"])
            # The family is matched: her other suggestions are no longer open questions.
            MatchSuggestion.objects.filter(
                participant=participant, status=MatchSuggestion.Status.PENDING
            ).update(status=MatchSuggestion.Status.SUPERSEDED)
            log(instance=match, action=APPROVED_ACTION, user=by, data={"reason": reason})
            proposals.notify_proposed(match)
    except IntegrityError as exc:
        # The partial unique constraint is the last line of defence for the family.
        raise ReviewError(_already_matched()) from exc
    suggestion.status = MatchSuggestion.Status.APPROVED
    return match


@transaction.atomic
def reject(suggestion: MatchSuggestion, *, by, reason: str) -> PairRule:
    """Reject a suggestion; the pair is not suggested again until the rule is cleared."""
    _check_permission(by, DECIDE_PERMISSION)
    if not reason.strip():
        raise ReviewError(_("Say why the pair is rejected."))
    locked = MatchSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if locked.status != MatchSuggestion.Status.PENDING:
        raise ReviewError(_("This suggestion was already decided; reload the page."))
    locked.status = MatchSuggestion.Status.REJECTED
    locked.save(update_fields=["status"])
    rule = PairRule.objects.filter(
        participant_id=locked.participant_id, volunteer_id=locked.volunteer_id, cleared_at=None
    ).first()
    if rule is None:
        rule = PairRule.objects.create(
            participant_id=locked.participant_id,
            volunteer_id=locked.volunteer_id,
            kind=PairRule.Kind.REJECTED,
            reason=reason,
            created_by=by,
        )
    else:  # a pin or exclusion already exists: the rejection replaces it
        rule.kind, rule.reason, rule.created_by = PairRule.Kind.REJECTED, reason, by
        rule.save(update_fields=["kind", "reason", "created_by"])
    log(instance=rule, action=REJECTED_ACTION, user=by, data={"reason": reason})
    suggestion.status = locked.status
    return rule


@transaction.atomic
def clear_rule(rule: PairRule, *, by) -> PairRule:
    """Clear a pin, rejection or exclusion: the next run treats the pair like any other."""
    _check_permission(by, "matching.change_pairrule")
    rule = PairRule.objects.select_for_update().get(pk=rule.pk)
    if rule.cleared_at is None:
        rule.cleared_at, rule.cleared_by = timezone.now(), by
        rule.save(update_fields=["cleared_at", "cleared_by"])
        log(instance=rule, action=CLEARED_ACTION, user=by)
    return rule
