"""The screening state machine as data (``TRANSITIONS``), moved by ``cms.transitions``.

Coordinators make every move (permissions ``volunteers.screen_volunteer`` and, for the
approval, ``volunteers.approve_volunteer``) except the email confirmation, which the
sign-up itself makes through the double opt-in link (actor ``SYSTEM``). Each move
writes a VolunteerStatusEvent and a Wagtail log entry.
"""

from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from cms import roles
from cms.links import absolute_url
from cms.transitions import SYSTEM, Machine, Transition
from volunteers.outbox.services import queue_email
from volunteers.volunteers.models.volunteers import (
    EMAIL_CONFIRMED,
    Volunteer,
    VolunteerStatus,
    VolunteerStatusEvent,
)
from volunteers.volunteers.permissions import APPROVE, SCREEN
from volunteers.volunteers.signals import volunteer_approved

S = VolunteerStatus
TRANSITION_ACTION = "volunteers.screening_transition"

_OPEN = [S.CONFIRMED, S.INTERVIEWED, S.TRAINED, S.APPROVED]
# States that end the volunteering: the login closes (close_login) at the move.
CLOSED = {S.WITHDRAWN, S.REJECTED}
TRANSITIONS: list[Transition] = [
    Transition(S.SUBMITTED, S.CONFIRMED, SYSTEM, _("Confirm the email address")),
    Transition(S.CONFIRMED, S.INTERVIEWED, SCREEN, _("Mark interviewed")),
    Transition(S.INTERVIEWED, S.TRAINED, SCREEN, _("Mark trained")),
    Transition(S.TRAINED, S.APPROVED, APPROVE, _("Approve")),
    *[Transition(s, S.REJECTED, SCREEN, _("Reject")) for s in _OPEN if s != S.APPROVED],
    *[Transition(s, S.WITHDRAWN, SCREEN, _("Mark withdrawn")) for s in _OPEN],
    # A withdrawn or rejected volunteer may come back; screening starts again.
    Transition(S.WITHDRAWN, S.CONFIRMED, SCREEN, _("Reopen")),
    Transition(S.REJECTED, S.CONFIRMED, SCREEN, _("Reopen")),
]


def _record(volunteer, source, target, by, reason):
    return VolunteerStatusEvent.objects.create(
        volunteer=volunteer, from_status=source, to_status=target, by=by, reason=reason
    )


MACHINE = Machine(Volunteer, TRANSITIONS, record=_record, log_action=TRANSITION_ACTION)


def available_transitions(volunteer: Volunteer, user) -> list[Transition]:
    """The moves ``user`` may make from the volunteer's current state."""
    return MACHINE.available(volunteer, user)


def _confirmed_at(volunteer, transition, event):
    if transition.permission == SYSTEM and transition.target == S.CONFIRMED:
        volunteer.confirmed_at = event.at
        return ["confirmed_at"]
    return []


@transaction.atomic
def move(volunteer: Volunteer, target: str, *, by=None, reason: str = ""):
    """Move ``volunteer`` to ``target``, recording who, when and why.

    ``by=None`` is the sign-up itself. Raises ValidationError for a move the table
    does not allow (or a stale one) and PermissionDenied when ``by`` lacks the
    permission. Approval also invites the volunteer to set a password (after commit).
    """
    event = MACHINE.move(volunteer, target, by=by, reason=reason, apply=_confirmed_at)
    if target in CLOSED:
        close_login(volunteer)
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
    move(volunteer, S.CONFIRMED, by=None, reason=EMAIL_CONFIRMED)
    return True


def ensure_user(volunteer: Volunteer):
    """The volunteer's login: created on approval, in the Volunteers group, no password."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    if volunteer.user_id:
        # Her own login, closed if she withdrew or was rejected before: open it again.
        user = volunteer.user
        if not user.is_active:
            user.is_active = True
            user.save(update_fields=["is_active"])
        user.groups.add(Group.objects.get_or_create(name=roles.VOLUNTEERS)[0])
        return user
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


def close_login(volunteer: Volunteer):
    """Take the Volunteers group away and deactivate the login, at once.

    An inactive user's session no longer authenticates, so the intranet pages and
    private documents refuse her on her next request. A login that also belongs to
    staff (another group, or staff/superuser flags) only loses the Volunteers group:
    her work account is not the volunteering's to close. Erasure calls this too.
    """
    user = volunteer.user
    if user is None:
        return
    user.groups.remove(*user.groups.filter(name=roles.VOLUNTEERS))
    if not (user.groups.exists() or user.is_staff or user.is_superuser):
        user.is_active = False
        user.save(update_fields=["is_active"])


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


def password_reset_url(language: str) -> str:
    """The "forgot your password" page, where an expired invitation is renewed."""
    with translation.override(language):
        return absolute_url(reverse("password_reset"))


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
            "reset_url": password_reset_url(volunteer.language),
            "email": volunteer.email,
            "when": timezone.localdate(),
        },
        language=volunteer.language,
        purpose="volunteer-invitation",
    )
