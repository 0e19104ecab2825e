"""Childcare helpers at theme meetings: who may help, assigning and removing them
(each tells the volunteer by email, in her language, after commit), and recording
their childcare time once the meeting was held.

Eligible helpers are volunteers with the childcare or the friend role who are
eligible for that role (approved, not paused, screening requirements current), as
the rest of the site decides eligibility (eligibility.py).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.vocabularies import VolunteerRole
from resources.models import ThemeMeetingPage, attach_places, source_meeting
from volunteers.outbox.services import queue_email
from volunteers.volunteers.eligibility import eligible_for_role
from volunteers.volunteers.models import MeetingHelper, OtherVolunteering, Volunteer

HELPER_ROLES = (VolunteerRole.CHILDCARE, VolunteerRole.FRIEND)
# Coordinators hold these (cms/roles.py); project workers see the meeting's counts only.
VIEW_PERMISSION = "volunteers.view_meetinghelper"
ASSIGN_PERMISSION = "volunteers.add_meetinghelper"
REMOVE_PERMISSION = "volunteers.delete_meetinghelper"
RECORD_HOURS_PERMISSION = "volunteers.add_othervolunteering"
# MeetingRegistration.Status.REGISTERED: the participants app is a sibling layer that
# this one may not import, so its rows are read through the meeting's relations.
REGISTERED = "registered"


def eligible_helpers(today=None):
    """Volunteers who may help with the childcare now, by name."""
    today = today or timezone.localdate()
    eligible = Q()
    for role in HELPER_ROLES:
        eligible |= Q(pk__in=eligible_for_role(Volunteer.objects.all(), role, today).values("pk"))
    return Volunteer.objects.filter(eligible, anonymised_at__isnull=True).order_by(
        "first_name", "last_name", "pk"
    )


def registered_children(meeting) -> int:
    """Children registered into the meeting's childcare (an aggregate, no names)."""
    return (
        ThemeMeetingPage.objects.filter(translation_key=meeting.translation_key)
        .filter(registrations__status=REGISTERED)
        .aggregate(n=Count("registrations__children"))["n"]
    )


def upcoming_assignments(volunteer, now=None) -> list[MeetingHelper]:
    """Her childcare-helper assignments at meetings still to come, soonest first.

    Each has `shown`: the meeting's copy in the active language where it is
    translated (else the copy she was assigned to), with `place`, its venue in that
    language; and `children_registered`, the children registered into its childcare.
    Cancelled, unpublished and ended meetings are left out (a removed assignment is
    deleted). A fixed number of queries however many assignments she has.
    """
    now = now or timezone.now()
    children = (
        ThemeMeetingPage.objects.filter(
            translation_key=OuterRef("meeting__translation_key"),
            registrations__status=REGISTERED,
        )
        .order_by()
        .values("translation_key")
        .annotate(n=Count("registrations__children"))
        .values("n")
    )
    helpers = list(
        MeetingHelper.objects.filter(
            volunteer=volunteer,
            meeting__live=True,
            meeting__cancelled=False,
            meeting__end__gt=now,
        )
        .select_related("meeting__venue")
        .annotate(children_registered=Coalesce(Subquery(children, output_field=IntegerField()), 0))
        .order_by("meeting__start", "pk")
    )
    if not helpers:
        return helpers
    translated = {
        copy.translation_key: copy
        for copy in ThemeMeetingPage.objects.live()
        .filter(
            translation_key__in={h.meeting.translation_key for h in helpers},
            locale=Locale.get_active(),
        )
        .select_related("venue")
    }
    for helper in helpers:
        helper.shown = translated.get(helper.meeting.translation_key, helper.meeting)
    attach_places([helper.shown for helper in helpers])
    return helpers


def is_held(meeting) -> bool:
    """A meeting is held once its attendance has been recorded (on any of its copies)."""
    return ThemeMeetingPage.objects.filter(
        translation_key=meeting.translation_key, attendances__isnull=False
    ).exists()


def _lock(meeting) -> ThemeMeetingPage:
    """The source copy, locked: two coordinators assigning at once see a settled list."""
    source = source_meeting(meeting)
    return ThemeMeetingPage.objects.select_for_update(of=("self",)).get(pk=source.pk)


def assign(meeting, volunteer: Volunteer, user) -> MeetingHelper:
    """Assign `volunteer` to help with the childcare of `meeting` and email her.

    PermissionDenied unless `user` may assign; ValidationError (translated) if she is
    not an eligible helper, is assigned already, or the meeting is cancelled or over.
    Nothing is saved or sent then.
    """
    if not user.has_perm(ASSIGN_PERMISSION):
        raise PermissionDenied
    with transaction.atomic():
        locked = _lock(meeting)
        if locked.cancelled:
            raise ValidationError(_("The meeting is cancelled."))
        if locked.end <= timezone.now():
            raise ValidationError(_("The meeting is over."))
        if not eligible_helpers().filter(pk=volunteer.pk).exists():
            raise ValidationError(not_eligible_message(volunteer), code="not_eligible")
        if MeetingHelper.objects.filter(meeting=locked, volunteer=volunteer).exists():
            raise ValidationError(already_message(volunteer), code="twice")
        try:
            with transaction.atomic():
                helper = MeetingHelper.objects.create(
                    meeting=locked, volunteer=volunteer, assigned_by=user
                )
        except IntegrityError as error:  # only if the lock was bypassed; never a 500
            raise ValidationError(already_message(volunteer), code="twice") from error
        tell_helper(helper, "assigned")
    return helper


def remove(helper: MeetingHelper, user) -> None:
    """Take her off the meeting's helpers; if the meeting is still to come, tell her."""
    if not user.has_perm(REMOVE_PERMISSION):
        raise PermissionDenied
    with transaction.atomic():
        _lock(helper.meeting)
        helper = MeetingHelper.objects.select_related("volunteer", "meeting").get(pk=helper.pk)
        if helper.meeting.end > timezone.now() and not helper.meeting.cancelled:
            tell_helper(helper, "removed")
        helper.delete()


def not_eligible_message(volunteer) -> str:
    return _(
        "%(name)s cannot help with the childcare: only approved volunteers with the "
        "childcare or friend role, not paused and with their screening done, can."
    ) % {"name": volunteer}


def already_message(volunteer) -> str:
    return _("%(name)s is already a childcare helper at this meeting.") % {"name": volunteer}


def tell_helper(helper: MeetingHelper, what: str):
    """Queue the email about her assignment ("assigned" or "removed") in her language."""
    volunteer = helper.volunteer
    if not volunteer.email or volunteer.anonymised_at:
        return None
    language = volunteer.language or "fi"
    meeting = helper.meeting
    with translation.override(language):
        # The meeting, its venue and its theme package in her language where translated.
        local = meeting.localized
        package = local.theme_package.localized if local.theme_package_id else None
        place = meeting.venue.localized
    return queue_email(
        to=volunteer.email,
        template=f"volunteers/email/helper_{what}",
        context={
            "volunteer": volunteer,
            "meeting": local,
            "theme": package.title if package else "",
            "place": place,
            "start": meeting.start,
            "end": meeting.end,
            "children": registered_children(meeting),
        },
        language=language,
        purpose=f"childcare-helper-{what}",
    )


def meeting_minutes(meeting) -> int:
    """The meeting's length, within what one OtherVolunteering row accepts."""
    minutes = int((meeting.end - meeting.start).total_seconds() // 60)
    return min(max(minutes, 5), 24 * 60)


def record_hours(meeting, user) -> int:
    """Record each assigned helper's childcare time at a held meeting, once.

    Returns how many helpers got their hours now; helpers whose hours were recorded
    before are skipped, so pressing the button twice adds nothing.
    """
    if not (user.has_perm(ASSIGN_PERMISSION) and user.has_perm(RECORD_HOURS_PERMISSION)):
        raise PermissionDenied
    meeting = source_meeting(meeting)
    if not is_held(meeting):
        raise ValidationError(
            _("The helpers' hours can be recorded once the meeting's attendance is recorded.")
        )
    minutes = meeting_minutes(meeting)
    day = timezone.localtime(meeting.start).date()
    recorded = 0
    with transaction.atomic():
        pending = MeetingHelper.objects.select_for_update().filter(
            meeting=meeting, hours__isnull=True
        )
        for helper in pending:
            helper.hours = OtherVolunteering.objects.create(
                volunteer_id=helper.volunteer_id,
                date=day,
                kind=OtherVolunteering.Kind.CHILDCARE,
                duration_minutes=minutes,
                description=meeting.title[:200],
                recorded_by=user,
            )
            helper.save(update_fields=["hours"])
            recorded += 1
    return recorded
