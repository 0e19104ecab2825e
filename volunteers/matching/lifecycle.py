"""Moves of a match through its lifecycle, allowed by role (MATCH_TRANSITIONS).

approved → introduced → active ⇄ paused → ended (from any open state, with a reason).
Every move locks the match row, writes a MatchEvent and a Wagtail audit-log entry.
A volunteer may only move her own match.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from cms import roles
from cms.panels import user_group_names
from volunteers.matching.models import MATCH_TRANSITIONS, Match, MatchEvent

TRANSITION_ACTION = "volunteers.match_transition"
S = Match.Status

# The button label of each target state.
ACTION_LABELS = {
    S.INTRODUCED: gettext_lazy("Mark introduced"),
    S.ACTIVE: gettext_lazy("Mark active"),
    S.PAUSED: gettext_lazy("Pause"),
    S.ENDED: gettext_lazy("End the match"),
}


def _acting_groups(user, match: Match) -> set[str]:
    """The groups in whose name ``user`` may act on ``match``."""
    if not user or not user.is_authenticated:
        return set()
    groups = set(user_group_names(user))
    if user.is_superuser:
        groups.add(roles.COORDINATORS)
    # A volunteer acts only on her own match.
    if roles.VOLUNTEERS in groups and match.volunteer.user_id != user.pk:
        groups.discard(roles.VOLUNTEERS)
    return groups


def allowed_targets(match: Match, user) -> list[str]:
    """The states ``user`` may move ``match`` to from its current state."""
    groups = _acting_groups(user, match)
    return [
        target
        for (source, target), allowed in MATCH_TRANSITIONS.items()
        if source == match.status and allowed & groups
    ]


def move(match: Match, target: str, *, by, reason: str = "", end_reason: str = "") -> MatchEvent:
    """Move ``match`` to ``target``, recording who, when and why.

    Raises PermissionDenied when ``by`` may not make this move and ValidationError
    when the move is not in the table, or an end lacks its reason.
    """
    if (match.status, target) not in MATCH_TRANSITIONS:
        raise ValidationError(
            _("A match cannot move from %(source)s to %(target)s.")
            % {"source": S(match.status).label, "target": S(target).label}
        )
    if not MATCH_TRANSITIONS[(match.status, target)] & _acting_groups(by, match):
        raise PermissionDenied
    if target == S.ENDED and end_reason not in Match.EndReason.values:
        raise ValidationError({"end_reason": _("Choose why the match ends.")})
    with transaction.atomic():
        locked = Match.objects.select_for_update().get(pk=match.pk)
        if locked.status != match.status:
            raise ValidationError(_("Someone else changed the match just now; reload the page."))
        event = MatchEvent.objects.create(
            match=locked, from_status=locked.status, to_status=target, by=by, reason=reason
        )
        fields = ["status"]
        locked.status = target
        today = timezone.localdate()
        if target == S.INTRODUCED:
            locked.introduced_on = today
            fields.append("introduced_on")
        if target == S.ENDED:
            locked.ended_on, locked.end_reason = today, end_reason
            fields += ["ended_on", "end_reason"]
        locked.save(update_fields=fields)
        log(
            instance=locked,
            action=TRANSITION_ACTION,
            user=by,
            data={
                "from": event.from_status,
                "to": target,
                "reason": reason,
                "end_reason": end_reason,
            },
        )
    for name in fields:
        setattr(match, name, getattr(locked, name))
    return event
