"""Moves of a match through its lifecycle, declared as data and made by cms.transitions.

proposed → approved (the volunteer accepts) → introduced → active ⇄ paused → ended
(from any open state, with a reason); proposed → declined (the volunteer says no, with
her reason, or the system when she has not answered by ``answer_due``: no answer is
a no). A declined match is closed: the family is matchable again for that role.
Coordinators make every move after her answer (``matching.change_match``) and may
withdraw a proposal (ended); only the volunteer answers a proposal, and she may pause
and resume her own match (actor ``OWNER``). Every move locks the match row, writes a
MatchEvent and a Wagtail audit-log entry.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.transitions import OWNER, SYSTEM, Machine, Transition
from volunteers.matching.models import Match, MatchEvent
from volunteers.matching.permissions import MOVE_MATCH

TRANSITION_ACTION = "volunteers.match_transition"
S = Match.Status

# The button label of each target state.
ACTION_LABELS = {
    S.APPROVED: gettext_lazy("Accept the match"),
    S.DECLINED: gettext_lazy("Decline"),
    S.INTRODUCED: gettext_lazy("Mark introduced"),
    S.ACTIVE: gettext_lazy("Mark active"),
    S.PAUSED: gettext_lazy("Pause"),
    S.ENDED: gettext_lazy("End the match"),
}


def _t(source, target, permission):
    return Transition(source, target, permission, ACTION_LABELS[target])


# The volunteer's answer, shown as its own form in her portal (not a plain move button).
ANSWER_TARGETS = (S.APPROVED, S.DECLINED)

TRANSITIONS: list[Transition] = [
    _t(S.PROPOSED, S.APPROVED, OWNER),
    _t(S.PROPOSED, S.DECLINED, OWNER),
    _t(S.PROPOSED, S.DECLINED, SYSTEM),
    _t(S.APPROVED, S.INTRODUCED, MOVE_MATCH),
    _t(S.INTRODUCED, S.ACTIVE, MOVE_MATCH),
    _t(S.ACTIVE, S.PAUSED, MOVE_MATCH),
    _t(S.ACTIVE, S.PAUSED, OWNER),
    _t(S.PAUSED, S.ACTIVE, MOVE_MATCH),
    _t(S.PAUSED, S.ACTIVE, OWNER),
    *[_t(source, S.ENDED, MOVE_MATCH) for source in Match.OPEN_STATUSES],
]


def _record(match, source, target, by, reason):
    return MatchEvent.objects.create(
        match=match, from_status=source, to_status=target, by=by, reason=reason
    )


MACHINE = Machine(
    Match,
    TRANSITIONS,
    record=_record,
    log_action=TRANSITION_ACTION,
    owner=lambda match: match.volunteer.user_id,
)


def allowed_targets(match: Match, user) -> list[str]:
    """The states ``user`` may move ``match`` to from its current state."""
    return [t.target for t in MACHINE.available(match, user)]


def move(match: Match, target: str, *, by, reason: str = "", end_reason: str = "") -> MatchEvent:
    """Move ``match`` to ``target``, recording who, when and why.

    Raises PermissionDenied when ``by`` may not make this move and ValidationError
    when the move is not in the table, is made from a stale copy, or an end lacks
    its reason.
    """
    MACHINE.check(match, target, by)
    if target == S.ENDED and end_reason not in Match.EndReason.values:
        raise ValidationError({"end_reason": _("Choose why the match ends.")})
    answering = match.status == S.PROPOSED and by is not None
    if answering and target == S.DECLINED and not reason.strip():
        raise ValidationError({"reason": _("Tell us briefly why you decline.")})
    if (
        answering
        and target == S.APPROVED
        and match.answer_due
        and timezone.now() > match.answer_due
    ):
        raise ValidationError(
            _("The time to answer has passed; your coordinator will contact you.")
        )

    def dates(locked, transition, event):
        today = timezone.localdate()
        if transition.source == S.PROPOSED and target in ANSWER_TARGETS:
            if by is None:  # the deadline passed: no answer
                return []
            locked.answered_at = timezone.now()
            if target == S.DECLINED:
                locked.decline_reason = reason
                return ["answered_at", "decline_reason"]
            return ["answered_at"]
        if target == S.INTRODUCED:
            locked.introduced_on = today
            return ["introduced_on"]
        if target == S.ENDED:
            locked.ended_on, locked.end_reason = today, end_reason
            return ["ended_on", "end_reason"]
        return []

    return MACHINE.move(
        match, target, by=by, reason=reason, apply=dates, log_data={"end_reason": end_reason}
    )
