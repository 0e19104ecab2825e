"""Childcare helpers on the coordinator's meeting view: the section the view shows
(through the participants app's "registration_meeting_sections" hook, since the two
apps may not import each other) and the POST actions behind its buttons.

Every action answers with a redirect back to the meeting view and a message in the
coordinator's language; a refused choice saves nothing.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.viewsets.base import ViewSet

from resources.models import ThemeMeetingPage, source_meeting
from volunteers.volunteers import meeting_helpers
from volunteers.volunteers.models import MeetingHelper


class AssignForm(forms.Form):
    volunteer = forms.ModelChoiceField(
        queryset=None,
        label=_("Volunteer"),
        error_messages={
            "invalid_choice": _(
                "Choose an eligible volunteer for the childcare: approved, not paused, "
                "with the childcare or friend role."
            ),
            "required": _("Choose a volunteer."),
        },
    )

    def __init__(self, *args, assigned=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Those already assigned stay valid choices, so assigning one twice gets its
        # own message rather than "not eligible"; the form shows only the others.
        self.fields["volunteer"].queryset = meeting_helpers.eligible_helpers()
        self.assigned = set(assigned)

    def choices_to_show(self):
        return [
            volunteer
            for volunteer in self.fields["volunteer"].queryset
            if volunteer.pk not in self.assigned
        ]


def helpers_section(request, meeting, children):
    """The "Childcare helpers" section of the meeting view; None for whoever may not
    see volunteers (project workers see the childcare counts above it)."""
    user = request.user
    if not user.has_perm(meeting_helpers.VIEW_PERMISSION):
        return None
    helpers = list(
        MeetingHelper.objects.filter(meeting=meeting)
        .select_related("volunteer", "assigned_by")
        .order_by("assigned_at", "pk")
    )
    may_assign = user.has_perm(meeting_helpers.ASSIGN_PERMISSION)
    form = AssignForm(assigned=[h.volunteer_id for h in helpers]) if may_assign else None
    held = meeting_helpers.is_held(meeting)
    return render_to_string(
        "volunteers/admin/meeting_helpers_section.html",
        {
            "meeting": meeting,
            "helpers": helpers,
            "children": children,
            "form": form,
            "choices": form.choices_to_show() if form else [],
            "may_remove": user.has_perm(meeting_helpers.REMOVE_PERMISSION),
            "may_record_hours": held
            and user.has_perm(meeting_helpers.RECORD_HOURS_PERMISSION)
            and any(h.hours_id is None for h in helpers),
            "minutes": meeting_helpers.meeting_minutes(meeting),
            "held": held,
        },
        request=request,
    )


def _meeting(meeting_id):
    return source_meeting(get_object_or_404(ThemeMeetingPage, pk=meeting_id))


def _back(meeting):
    return redirect("registrations:meeting", meeting.pk)


def _refused(request, error: ValidationError):
    for message in error.messages:
        messages.error(request, message)


class AssignView(View):
    def post(self, request, meeting_id):
        if not request.user.has_perm(meeting_helpers.ASSIGN_PERMISSION):
            raise PermissionDenied
        meeting = _meeting(meeting_id)
        form = AssignForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return _back(meeting)
        volunteer = form.cleaned_data["volunteer"]
        try:
            meeting_helpers.assign(meeting, volunteer, request.user)
        except ValidationError as error:
            _refused(request, error)
        else:
            messages.success(
                request,
                gettext("%(name)s is now a childcare helper at the meeting; she is told by email.")
                % {"name": volunteer},
            )
        return _back(meeting)


class RemoveView(View):
    def post(self, request, meeting_id, helper_id):
        if not request.user.has_perm(meeting_helpers.REMOVE_PERMISSION):
            raise PermissionDenied
        meeting = _meeting(meeting_id)
        helper = get_object_or_404(
            MeetingHelper.objects.select_related("volunteer"), pk=helper_id, meeting=meeting
        )
        meeting_helpers.remove(helper, request.user)
        messages.success(
            request,
            gettext("%(name)s is no longer a childcare helper at the meeting.")
            % {"name": helper.volunteer},
        )
        return _back(meeting)


class RecordHoursView(View):
    def post(self, request, meeting_id):
        meeting = _meeting(meeting_id)
        try:
            recorded = meeting_helpers.record_hours(meeting, request.user)
        except ValidationError as error:
            _refused(request, error)
        else:
            if recorded:
                text = ngettext(
                    "Childcare time recorded for %(count)s helper.",
                    "Childcare time recorded for %(count)s helpers.",
                    recorded,
                )
                messages.success(request, text % {"count": recorded})
            else:
                messages.info(
                    request, gettext("Every helper's childcare time was recorded already.")
                )
        return _back(meeting)


class MeetingHelperViewSet(ViewSet):
    """POST-only actions, reached from the meeting view (no menu item of their own)."""

    name = "meeting_helpers"
    url_prefix = "meeting-helpers"

    def get_urlpatterns(self):
        return [
            path("<int:meeting_id>/assign/", AssignView.as_view(), name="assign"),
            path("<int:meeting_id>/remove/<int:helper_id>/", RemoveView.as_view(), name="remove"),
            path("<int:meeting_id>/hours/", RecordHoursView.as_view(), name="hours"),
        ]
