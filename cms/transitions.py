"""State machines declared as data, and the one ``move()`` that applies them.

An app lists its ``Transition``s (source, target, who may make it, label) and builds a
``Machine``; ``Machine.move`` locks the row, checks the actor, writes the app's event
row and Wagtail's log entry in one transaction. Screening and the match lifecycle
both use it, so a move is recorded and refused the same way everywhere.

Who may make a move is a Django permission ("app.codename") or one of two actors
that have no model permission:
- ``OWNER``: the user the row belongs to (``Machine.owner``), e.g. a volunteer
  pausing her own match. Volunteers have no model permissions at all.
- ``SYSTEM``: no user; the application acting for a visitor, e.g. the sign-up's
  email-confirmation link. No staff user can make such a move.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

OWNER = "owner"
SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    permission: str  # "app.codename", OWNER or SYSTEM
    label: str


class Machine:
    """The transitions of one model's state field.

    ``record(obj, source, target, by, reason)`` creates the app's event row;
    ``owner(obj)`` gives the user id the row belongs to (for ``OWNER`` moves).
    Several transitions may share a (source, target) pair with different actors.
    """

    def __init__(
        self,
        model,
        transitions: list[Transition],
        *,
        record: Callable,
        log_action: str,
        state_field: str = "status",
        owner: Callable | None = None,
    ):
        self.model = model
        self.transitions = list(transitions)
        self.record = record
        self.log_action = log_action
        self.state_field = state_field
        self.owner = owner

    def state_label(self, value) -> str:
        return str(dict(self.model._meta.get_field(self.state_field).choices).get(value, value))

    def may(self, transition: Transition, obj, user) -> bool:
        """Whether ``user`` (None: the system) may make ``transition`` on ``obj``."""
        if transition.permission == SYSTEM:
            return user is None
        if user is None or not user.is_authenticated:
            return False
        if transition.permission == OWNER:
            return self.owner is not None and self.owner(obj) == user.pk
        return user.has_perm(transition.permission)

    def available(self, obj, user) -> list[Transition]:
        """The moves ``user`` may make from ``obj``'s current state, one per target."""
        state = getattr(obj, self.state_field)
        found = {}
        for t in self.transitions:
            if t.source == state and t.target not in found and self.may(t, obj, user):
                found[t.target] = t
        return list(found.values())

    def check(self, obj, target: str, by) -> Transition:
        """The transition ``by`` would make, or ValidationError (not in the table for
        this kind of actor) or PermissionDenied (in the table, but not for ``by``)."""
        source = getattr(obj, self.state_field)
        system = by is None
        candidates = [
            t
            for t in self.transitions
            if (t.source, t.target) == (source, target) and (t.permission == SYSTEM) == system
        ]
        if not candidates:
            raise ValidationError(
                _("%(model)s cannot move from %(source)s to %(target)s.")
                % {
                    "model": str(self.model._meta.verbose_name).capitalize(),
                    "source": self.state_label(source),
                    "target": self.state_label(target),
                }
            )
        for transition in candidates:
            if self.may(transition, obj, by):
                return transition
        raise PermissionDenied(_("You may not make this move."))

    def move(self, obj, target: str, *, by=None, reason: str = "", apply=None, log_data=None):
        """Move ``obj`` to ``target`` and return the event row.

        ``apply(locked, transition, event)`` sets any further fields on the locked row
        and returns their names. Raises ValidationError on a move not in the table or
        one made from a stale copy, PermissionDenied on a forbidden one.
        """
        transition = self.check(obj, target, by)
        source = getattr(obj, self.state_field)
        with transaction.atomic():
            # Lock the row so two people pressing at once cannot both move it.
            locked = self.model._default_manager.select_for_update().get(pk=obj.pk)
            if getattr(locked, self.state_field) != source:
                raise ValidationError(_("Someone else changed this just now; reload the page."))
            event = self.record(locked, source, target, by, reason)
            setattr(locked, self.state_field, target)
            fields = [self.state_field, *(apply(locked, transition, event) if apply else [])]
            if any(f.name == "updated_at" for f in self.model._meta.concrete_fields):
                fields.append("updated_at")
            locked.save(update_fields=fields)
            log(
                instance=locked,
                action=self.log_action,
                user=by,
                data={"from": source, "to": target, "reason": reason, **(log_data or {})},
            )
        for name in fields:
            setattr(obj, name, getattr(locked, name))
        return event
