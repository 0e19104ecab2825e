"""The screening state machine as data, and the one function that moves it.

``TRANSITIONS`` names every allowed move and who may make it. Coordinators make
every move except the email confirmation, which the sign-up itself makes through
the double opt-in link (actor ``SIGN_UP``). Each move writes a VolunteerStatusEvent.
"""

from dataclasses import dataclass

from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from cms import roles
from cms.links import absolute_url
from volunteers.outbox.services import queue_email
from volunteers.volunteers.models import Volunteer, VolunteerStatus, VolunteerStatusEvent
from volunteers.volunteers.signals import volunteer_approved

S = VolunteerStatus
COORDINATOR = "coordinator"
SIGN_UP = "sign-up"  # the volunteer following the confirmation link


@dataclass(frozen=True)
class Transition:
    source: str
    target: str
    actor: str
    label: str


_OPEN = [S.CONFIRMED, S.INTERVIEWED, S.TRAINED, S.APPROVED]
TRANSITIONS: list[Transition] = [
    Transition(S.SUBMITTED, S.CONFIRMED, SIGN_UP, _("Confirm the email address")),
    Transition(S.CONFIRMED, S.INTERVIEWED, COORDINATOR, _("Mark interviewed")),
    Transition(S.INTERVIEWED, S.TRAINED, COORDINATOR, _("Mark trained")),
    Transition(S.TRAINED, S.APPROVED, COORDINATOR, _("Approve")),
    *[Transition(s, S.REJECTED, COORDINATOR, _("Reject")) for s in _OPEN if s != S.APPROVED],
    *[Transition(s, S.WITHDRAWN, COORDINATOR, _("Mark withdrawn")) for s in _OPEN],
    # A withdrawn or rejected volunteer may come back; screening starts again.
    Transition(S.WITHDRAWN, S.CONFIRMED, COORDINATOR, _("Reopen")),
    Transition(S.REJECTED, S.CONFIRMED, COORDINATOR, _("Reopen")),
]
_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}


def is_coordinator(user) -> bool:
    """Coordinators (and superusers) run screening."""
    if not user or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=roles.COORDINATORS).exists()


def available_transitions(volunteer: Volunteer, actor: str = COORDINATOR) -> list[Transition]:
    """The moves ``actor`` may make from the volunteer's current state."""
    return [t for t in TRANSITIONS if t.source == volunteer.status and t.actor == actor]


@transaction.atomic
def move(volunteer: Volunteer, target: str, *, by=None, reason: str = "", actor=COORDINATOR):
    """Move ``volunteer`` to ``target``, recording who, when and why.

    Raises ValidationError for a move the table does not allow and PermissionDenied
    when a coordinator move is attempted by someone else. Approval also invites the
    volunteer to set a password (after commit).
    """
    transition = _BY_PAIR.get((volunteer.status, target))
    if transition is None or transition.actor != actor:
        raise ValidationError(
            _("A volunteer cannot move from %(source)s to %(target)s.")
            % {"source": S(volunteer.status).label, "target": S(target).label}
        )
    if actor == COORDINATOR and not is_coordinator(by):
        raise PermissionDenied
    # Lock the row so two coordinators pressing at once cannot both move it.
    locked = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    if locked.status != volunteer.status:
        raise ValidationError(_("Someone else changed the status just now; reload the page."))
    event = VolunteerStatusEvent.objects.create(
        volunteer=volunteer, from_status=volunteer.status, to_status=target, by=by, reason=reason
    )
    volunteer.status = target
    fields = ["status", "updated_at"]
    if target == S.CONFIRMED and transition.actor == SIGN_UP:
        volunteer.confirmed_at = event.at
        fields.append("confirmed_at")
    volunteer.save(update_fields=fields)
    if target == S.APPROVED:
        invite(volunteer)
        # A newly approved volunteer may be the one a waiting family needs; matching,
        # a layer above, listens (volunteers/matching/signals.py).
        volunteer_approved.send(sender=Volunteer, volunteer=volunteer, by=by)
    return event


def confirm_email(volunteer: Volunteer) -> bool:
    """The double opt-in: a submitted sign-up becomes confirmed. False if already done."""
    if volunteer.status != S.SUBMITTED:
        return False
    move(volunteer, S.CONFIRMED, actor=SIGN_UP, reason="email confirmed")
    return True


def ensure_user(volunteer: Volunteer):
    """The volunteer's login: created on approval, in the Volunteers group, no password."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if volunteer.user_id:
        return volunteer.user
    User = get_user_model()
    user = User.objects.filter(email__iexact=volunteer.email).first()
    if user is None or hasattr(user, "volunteer_profile"):
        username = volunteer.email.lower()[:150]
        if User.objects.filter(username=username).exists():
            username = f"{username[:140]}-{volunteer.pk}"
        user = User(
            username=username,
            email=volunteer.email,
            first_name=volunteer.first_name[:150],
            last_name=volunteer.last_name[:150],
        )
        user.set_unusable_password()
        user.save()
    group, _created = Group.objects.get_or_create(name=roles.VOLUNTEERS)
    user.groups.add(group)
    volunteer.user = user
    volunteer.save(update_fields=["user", "updated_at"])
    return user


def set_password_url(user, language: str) -> str:
    """An absolute link to Django's set-password page for ``user``, in ``language``."""

    with translation.override(language):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return absolute_url(path)


def invite(volunteer: Volunteer):
    """Email the approved volunteer a link to set a password (sent after commit)."""
    user = ensure_user(volunteer)
    return queue_email(
        to=volunteer.email,
        template="volunteers/email/invitation",
        context={
            "volunteer": volunteer,
            "username": user.get_username(),
            "url": set_password_url(user, volunteer.language),
            "when": timezone.localdate(),
        },
        language=volunteer.language,
        purpose="volunteer-invitation",
    )
