"""Attendance at a theme meeting, recorded for the whole meeting on one screen.

A meeting translated into several languages is one meeting: its attendance is
stored on the source copy (`source_meeting`) and read across all copies by
translation key, so ticks made on the Arabic copy show on the Finnish one.

Saving is a fixed number of queries however many rows there are: the existing
rows are read once, then new ones are bulk-created and changed ones bulk-updated.
"""

import datetime

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.log_actions import log

from resources.models import ThemeMeetingPage, one_per_meeting, source_meeting
from volunteers.participants import caseload
from volunteers.participants.forms import AttendanceFormSet
from volunteers.participants.models import MeetingAttendance, MeetingRegistration, Participant

ATTENDANCE_PERMISSION = "participants.change_meetingattendance"
ATTENDANCE_ACTION = "volunteers.participants.attendance"
# The meeting list shows this window around today.
PAST_DAYS = 120
FUTURE_DAYS = 30
# Empty lines at the end of the paper sheet for mothers who come without a record.
BLANK_ROWS_ON_SHEET = 5


def meeting_participants(meeting, user, show_all=False):
    """The participants listed for a meeting, limited to the user's caseload.

    By default: active on the meeting day and speaking the group's language, plus
    anyone already recorded for it. `show_all` lists every active participant.
    """
    day = timezone.localdate(meeting.start)
    queryset = caseload.restrict(Participant.objects.all(), user)
    listed = Q(attendances__meeting__translation_key=meeting.translation_key) | Q(
        registrations__meeting__translation_key=meeting.translation_key,
        registrations__status=MeetingRegistration.Status.REGISTERED,
    )
    if show_all:
        listed |= Q(pk__in=Participant.objects.active(on=day).values("pk"))
    else:
        listed |= Q(
            pk__in=Participant.objects.active(on=day)
            .filter(languages__language=meeting.language_group)
            .values("pk")
        )
    return queryset.filter(listed).distinct().order_by("first_name", "last_name", "pk")


def registered_for(meeting):
    """{participant id: registration with n_children} of the meeting's registered mothers."""
    return {
        r.participant_id: r
        for r in MeetingRegistration.objects.filter(
            meeting__translation_key=meeting.translation_key,
            status=MeetingRegistration.Status.REGISTERED,
        ).annotate(n_children=Count("children"))
    }


def recorded_attendance(meeting):
    """The attendance rows of a meeting, whichever of its translations is given."""
    return MeetingAttendance.objects.filter(meeting__translation_key=meeting.translation_key)


def save_attendance(meeting, user, rows, allowed_ids):
    """Create or update one attendance row per participant in `rows`.

    `meeting` may be any translation; new rows go to its source copy. `rows` are
    cleaned row-form dicts; ids outside `allowed_ids` (someone else's caseload, or
    a tampered form) are ignored. Returns the number of rows saved.
    """
    existing = {a.participant_id: a for a in recorded_attendance(meeting)}
    source = source_meeting(meeting)
    to_create, to_update = [], []
    for row in rows:
        participant_id = row["participant"]
        if participant_id not in allowed_ids:
            continue
        values = {
            "present": row["present"],
            "children_in_childcare": row["children_in_childcare"] or 0,
            "interpreter_used": row["interpreter_used"],
            "recorded_by": user,
        }
        attendance = existing.get(participant_id)
        if attendance is None:
            to_create.append(
                MeetingAttendance(meeting=source, participant_id=participant_id, **values)
            )
        else:
            for name, value in values.items():
                setattr(attendance, name, value)
            attendance.recorded_at = timezone.now()
            to_update.append(attendance)
    with transaction.atomic():
        MeetingAttendance.objects.bulk_create(to_create)
        MeetingAttendance.objects.bulk_update(
            to_update,
            ["present", "children_in_childcare", "interpreter_used", "recorded_by", "recorded_at"],
        )
        # One audit entry for the whole screen: who recorded attendance, and when.
        log(
            instance=meeting,
            action=ATTENDANCE_ACTION,
            user=user,
            data={"rows": len(to_create) + len(to_update)},
        )
    return len(to_create) + len(to_update)


class AttendancePermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(ATTENDANCE_PERMISSION):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class MeetingListView(AttendancePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Theme meetings around today, each linking to its attendance screen."""

    template_name = "participants/admin/attendance_meetings.html"
    page_title = _("Attendance")
    header_icon = "tick"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        context["meetings"] = (
            one_per_meeting(
                ThemeMeetingPage.objects.filter(
                    start__gte=now - datetime.timedelta(days=PAST_DAYS),
                    start__lte=now + datetime.timedelta(days=FUTURE_DAYS),
                )
            )
            .select_related("venue")
            .order_by("-start")
        )
        return context


class MeetingAttendanceView(AttendancePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One meeting: a row per participant with present, childcare and interpreter."""

    template_name = "participants/admin/attendance_meeting.html"
    header_icon = "tick"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.meeting = get_object_or_404(
            ThemeMeetingPage.objects.select_related("venue"), pk=kwargs["meeting_id"]
        )
        self.show_all = request.GET.get("all") == "1"

    def get_page_title(self):
        return gettext("Attendance: %(meeting)s") % {"meeting": self.meeting.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("attendance:index"), "label": gettext("Attendance")},
            {"url": "", "label": self.meeting.title},
        ]

    def get_participants(self):
        return list(meeting_participants(self.meeting, self.request.user, self.show_all))

    def build_formset(self, participants, data=None):
        existing = {a.participant_id: a for a in recorded_attendance(self.meeting)}
        registered = registered_for(self.meeting)
        initial = []
        for participant in participants:
            attendance = existing.get(participant.pk)
            if attendance is not None:
                row = {
                    "present": attendance.present,
                    "children_in_childcare": attendance.children_in_childcare,
                    "interpreter_used": attendance.interpreter_used,
                }
            elif participant.pk in registered:
                # Attendance starts from the registration: expected, with her children.
                registration = registered[participant.pk]
                row = {
                    "present": True,
                    "children_in_childcare": registration.n_children,
                    "interpreter_used": bool(registration.interpreter_language),
                }
            else:
                row = {"present": False, "children_in_childcare": 0, "interpreter_used": False}
            initial.append({"participant": participant.pk, **row})
        return AttendanceFormSet(data=data, initial=initial, prefix="rows")

    def get_context_data(self, formset=None, participants=None, **kwargs):
        context = super().get_context_data(**kwargs)
        participants = participants if participants is not None else self.get_participants()
        formset = formset or self.build_formset(participants)
        context.update(
            meeting=self.meeting,
            show_all=self.show_all,
            rows=list(zip(participants, formset.forms, strict=True)),
            formset=formset,
            index_url=reverse("attendance:index"),
        )
        return context

    def post(self, request, *args, **kwargs):
        participants = self.get_participants()
        formset = self.build_formset(participants, data=request.POST)
        if len(formset.forms) != len(participants) or not formset.is_valid():
            if len(formset.forms) != len(participants):
                # The list changed under her (a new participant): show it afresh.
                messages.warning(
                    request, gettext("The list of participants changed; check the rows.")
                )
                formset = self.build_formset(participants)
            else:
                messages.error(
                    request, gettext("The attendance was not saved: correct the rows marked.")
                )
            return self.render_to_response(
                self.get_context_data(formset=formset, participants=participants)
            )
        saved = save_attendance(
            self.meeting,
            request.user,
            [form.cleaned_data for form in formset.forms],
            {participant.pk for participant in participants},
        )
        messages.success(
            request, gettext("Attendance saved for %(count)s participants.") % {"count": saved}
        )
        url = reverse("attendance:meeting", args=[self.meeting.pk])
        return redirect(f"{url}?all=1" if self.show_all else url)


class AttendanceSheetView(AttendancePermissionMixin, TemplateView):
    """A paper sheet for the meeting (A4): the language group's names with empty
    boxes for present, children in childcare and interpreter, ticked where recorded."""

    template_name = "participants/admin/attendance_sheet.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = get_object_or_404(
            ThemeMeetingPage.objects.select_related("venue"), pk=kwargs["meeting_id"]
        )
        participants = list(meeting_participants(meeting, self.request.user))
        recorded = {a.participant_id: a for a in recorded_attendance(meeting)}
        context.update(
            meeting=meeting,
            rows=[(p, recorded.get(p.pk)) for p in participants],
            blank_rows=range(BLANK_ROWS_ON_SHEET),
        )
        return context


class AttendanceViewSet(ViewSet):
    """The attendance screens, as one item of the Participants menu."""

    icon = "tick"
    menu_label = _("Attendance")
    name = "attendance"

    def get_urlpatterns(self):
        return [
            path("", MeetingListView.as_view(), name="index"),
            path("<int:meeting_id>/", MeetingAttendanceView.as_view(), name="meeting"),
            path("<int:meeting_id>/print/", AttendanceSheetView.as_view(), name="sheet"),
        ]

    @property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class AttendanceMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm(ATTENDANCE_PERMISSION)

        return AttendanceMenuItem
