"""Registering mothers for theme meetings: seats and childcare places are checked
under a row lock on the meeting, so two workers registering at once never overfill
it; beyond capacity a mother waits, and the waiting list moves up when someone
cancels (her worker is told by email).

Registrations are stored on the meeting's source copy (like attendance), so a
meeting translated into Arabic is still one meeting with one list.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from resources.models import ThemeMeetingPage, source_meeting
from volunteers.outbox.services import queue_email
from volunteers.participants import caseload
from volunteers.participants.models import MeetingRegistration, Participant

Status = MeetingRegistration.Status


@dataclass
class Capacity:
    seats_taken: int
    children_taken: int


def _lock(meeting) -> ThemeMeetingPage:
    """The meeting's source copy, locked until the transaction ends: every change to
    its registrations takes this lock first, so capacity checks see a settled list."""
    source = source_meeting(meeting)
    return ThemeMeetingPage.objects.select_for_update(of=("self",)).get(pk=source.pk)


def capacity_used(meeting) -> Capacity:
    registered = MeetingRegistration.objects.filter(meeting=meeting, status=Status.REGISTERED)
    children = registered.aggregate(n=Count("children"))["n"]
    return Capacity(seats_taken=registered.count(), children_taken=children)


def fits(meeting, used: Capacity, children: int) -> bool:
    seats_ok = meeting.seats is None or used.seats_taken < meeting.seats
    return seats_ok and used.children_taken + children <= meeting.childcare_places


def register(meeting, participant: Participant, user, *, children=(), interpreter_language=""):
    """Register `participant` for `meeting`, or put her on its waiting list.

    PermissionDenied if she is not in `user`'s caseload; ValidationError (translated)
    if she is already registered, a child is not hers, or the meeting is cancelled or
    over. Nothing is saved then.
    """
    if not caseload.can_access(user, participant):
        raise PermissionDenied
    children = list(children)
    if any(child.participant_id != participant.pk for child in children):
        raise ValidationError(_("Only her own children can come to the childcare."))
    with transaction.atomic():
        locked = _lock(meeting)
        if locked.cancelled:
            raise ValidationError(_("The meeting is cancelled."))
        if locked.end <= timezone.now():
            raise ValidationError(_("The meeting is over."))
        existing = (
            MeetingRegistration.objects.filter(meeting=locked, participant=participant)
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if existing is not None:
            raise ValidationError(already_message(participant, existing), code="twice")
        status = (
            Status.REGISTERED
            if fits(locked, capacity_used(locked), len(children))
            else Status.WAITING
        )
        try:
            registration = MeetingRegistration.objects.create(
                meeting=locked,
                participant=participant,
                status=status,
                interpreter_language=interpreter_language or "",
                registered_by=user,
            )
        except IntegrityError as error:  # only if the lock was bypassed; never a 500
            raise ValidationError(already_message(participant, None), code="twice") from error
        registration.children.set(children)
    return registration


def already_message(participant, existing) -> str:
    if existing is not None and existing.status == Status.WAITING:
        return _("%(name)s is already on the waiting list for this meeting.") % {
            "name": participant
        }
    return _("%(name)s is already registered for this meeting.") % {"name": participant}


@dataclass
class SeriesResult:
    registered: list = field(default_factory=list)
    waiting: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (meeting, message)


def register_for_series(series, participant, user, *, children=(), interpreter_language=""):
    """Register her for every upcoming, not cancelled meeting of `series`; a meeting she
    is already registered for is skipped with its message, the rest go ahead."""
    result = SeriesResult()
    meetings = ThemeMeetingPage.objects.filter(
        series=series, cancelled=False, end__gt=timezone.now(), locale__language_code="fi"
    ).order_by("start")
    if not caseload.can_access(user, participant):
        raise PermissionDenied
    for meeting in meetings:
        try:
            registration = register(
                meeting,
                participant,
                user,
                children=children,
                interpreter_language=interpreter_language,
            )
        except ValidationError as error:
            result.skipped.append((meeting, error.messages[0]))
            continue
        target = result.registered if registration.status == Status.REGISTERED else result.waiting
        target.append(registration)
    return result


def cancel(registration: MeetingRegistration, user) -> list[MeetingRegistration]:
    """Cancel a registration; mothers on the waiting list move up into the freed
    places in the order they joined. Returns those who moved up (their workers are
    told by email)."""
    if not caseload.can_access(user, registration.participant):
        raise PermissionDenied
    with transaction.atomic():
        meeting = _lock(registration.meeting)
        registration = MeetingRegistration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return []
        was_registered = registration.status == Status.REGISTERED
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status", "changed_at"])
        return move_up(meeting) if was_registered else []


def move_up(meeting) -> list[MeetingRegistration]:
    """Within the caller's lock: fill free places from the waiting list, first come
    first served; a mother whose children do not fit lets the next one by."""
    used = capacity_used(meeting)
    moved = []
    waiting = (
        MeetingRegistration.objects.filter(meeting=meeting, status=Status.WAITING)
        .select_related("participant__worker")
        .annotate(n_children=Count("children"))
    )
    for candidate in waiting:
        if not fits(meeting, used, candidate.n_children):
            continue
        candidate.status = Status.REGISTERED
        candidate.save(update_fields=["status", "changed_at"])
        used.seats_taken += 1
        used.children_taken += candidate.n_children
        moved.append(candidate)
        tell_worker_moved_up(candidate, meeting)
    return moved


def tell_worker_moved_up(registration, meeting):
    worker = registration.participant.worker or registration.registered_by
    if worker is None or not worker.email:
        return
    queue_email(
        to=worker.email,
        template="participants/email/moved_up",
        context={"participant": registration.participant, "meeting": meeting},
        language=getattr(getattr(worker, "wagtail_userprofile", None), "preferred_language", "")
        or "fi",
        purpose="waiting-list-moved-up",
    )
