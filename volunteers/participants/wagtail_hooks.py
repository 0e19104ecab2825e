"""Admin hooks of the participant side: the Participants menu, audit actions and
the front-page panel. Imported by volunteers/wagtail_hooks.py."""

import datetime

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.calendar import CalendarItem
from cms.panels import FrontPagePanel
from resources.models import ThemeMeetingPage, one_per_meeting
from volunteers.participants import permissions
from volunteers.participants.attendance import ATTENDANCE_ACTION
from volunteers.participants.caseload_meetings import caseload_meetings
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    InitialAssessment,
    IntroductoryVisit,
    KykyviisariSummary,
    MeetingAttendance,
    MeetingRegistration,
    Participant,
    ParticipantLogEntry,
    TaskPackageHandout,
)
from volunteers.participants.viewsets import EXPORT_ACTION, VIEW_ACTION, ParticipantsGroup

# Participant-side models whose log entries must follow the caseload and name no one.
AUDITED_MODELS = [
    Participant,
    HomeVisit,
    IntroductoryVisit,
    TaskPackageHandout,
    InitialAssessment,
    KykyviisariSummary,
    MeetingAttendance,
    MeetingRegistration,
    EsfProfile,
]

# The panel lists the worker's next home visits, not all of them.
UPCOMING_VISITS = 5


@hooks.register("register_admin_viewset")
def register_participants_group():
    return ParticipantsGroup()


@hooks.register("register_log_actions")
def register_participant_log_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Export"), _("Exported"))
    actions.register_action(ATTENDANCE_ACTION, _("Attendance"), _("Attendance recorded"))
    actions.register_action(VIEW_ACTION, _("View"), _("Viewed"))
    # Her record and everything that belongs to her log to the caseload-aware table
    # with neutral labels (models/audit.py), not to Wagtail's ModelLogEntry.
    for model in AUDITED_MODELS:
        actions.register_model(model, ParticipantLogEntry)


@hooks.register("admin_home_panels")
@hooks.register("front_page_panels")
def caseload_panel(request):
    """For coordinators and project workers: their caseload and this week's meetings."""
    user = request.user
    if not (permissions.sees_all(user) or permissions.has_caseload(user)):
        return None
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    week = (monday, monday + datetime.timedelta(days=7))
    mine = Participant.objects.active().filter(worker=user).count()
    recorded = MeetingAttendance.objects.filter(
        meeting__translation_key=OuterRef("translation_key")
    )
    meetings = list(
        one_per_meeting(
            ThemeMeetingPage.objects.live().filter(
                start__date__gte=week[0], start__date__lt=week[1]
            )
        )
        .annotate(attendance_recorded=Exists(recorded))
        .select_related("venue")
        .order_by("start")
    )
    visits = list(
        HomeVisit.objects.filter(worker=user, date__gte=today)
        .select_related("participant")
        .order_by("date")[:UPCOMING_VISITS]
    )
    return FrontPagePanel(
        title=_("Participants"),
        template="participants/panel.html",
        order=20,
        context={
            "caseload_count": mine,
            "all_count": Participant.objects.active().count()
            if permissions.sees_all(user)
            else None,
            "meetings": meetings,
            "visits": visits,
            "participants_url": reverse("participants:index"),
        },
    )


@hooks.register("admin_home_panels")
def caseload_meetings_panel(request):
    """For project workers: the coming meetings her own mothers are registered or
    waiting for. Coordinators, who see every caseload, have the registrations list."""
    user = request.user
    if permissions.sees_all(user) or not permissions.has_caseload(user):
        return None
    return FrontPagePanel(
        title=_("Your mothers' theme meetings"),
        template="participants/caseload_meetings_panel.html",
        order=21,
        context={"meetings": list(caseload_meetings(user))},
    )


@hooks.register("calendar_items")
def home_visit_calendar_items(user, start, end):
    """The user's own home visits (the worker's; a coordinator's own too)."""
    if not (permissions.sees_all(user) or permissions.has_caseload(user)):
        return []
    visits = HomeVisit.objects.filter(worker=user, date__gte=start, date__lt=end).select_related(
        "participant"
    )
    return [
        CalendarItem(
            kind="home_visit",
            uid=f"home-visit-{visit.pk}",
            # The admin is behind the login and the worker's caseload; the feed is
            # copied to her calendar service, so it names nobody.
            title=_("Home visit: %(name)s") % {"name": visit.participant.first_name},
            feed_title=_("Home visit"),
            start=visit.date,
            url=reverse("participants:inspect", args=[visit.participant_id]),
            object_id=visit.pk,
        )
        for visit in visits
    ]


@hooks.register("meeting_in_use")
def meetings_with_attendance(translation_keys):
    """Editing a meeting series never deletes a meeting someone attended or is
    registered for (a cancelled registration does not count)."""
    keys = list(translation_keys)
    attended = MeetingAttendance.objects.filter(meeting__translation_key__in=keys)
    registered = MeetingRegistration.objects.filter(meeting__translation_key__in=keys).exclude(
        status=MeetingRegistration.Status.CANCELLED
    )
    return set(attended.values_list("meeting__translation_key", flat=True)) | set(
        registered.values_list("meeting__translation_key", flat=True)
    )
