"""Registrations in the admin: the upcoming meetings, one meeting's view (registered,
waiting, children by age against childcare places, interpreter needs by language
with booked / not booked), registering a mother of one's caseload, cancelling.

Counts are aggregates and shown to every worker; names only within the viewer's
caseload (coordinators see all).
"""

import datetime
from collections import Counter

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from cms.vocabularies import SpokenLanguage
from resources.models import ThemeMeetingPage, one_per_meeting, source_meeting
from volunteers.participants import caseload, registrations
from volunteers.participants.models import (
    InterpreterBooking,
    MeetingRegistration,
    Participant,
)

REGISTER_PERMISSION = "participants.add_meetingregistration"
BOOK_INTERPRETER_PERMISSION = "participants.change_interpreterbooking"
UPCOMING_DAYS = 90
# Sections other apps add to the meeting view: fn(request, meeting, children) returns
# HTML or None. The volunteers app adds its childcare helpers here; it is a sibling
# layer, so neither app imports the other.
MEETING_SECTIONS_HOOK = "registration_meeting_sections"
Status = MeetingRegistration.Status


class RegistrationPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REGISTER_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _count(status):
    return Subquery(
        MeetingRegistration.objects.filter(
            meeting__translation_key=OuterRef("translation_key"), status=status
        )
        .order_by()
        .values("meeting__translation_key")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )


class MeetingListView(RegistrationPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "participants/admin/registration_meetings.html"
    page_title = _("Registrations")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        context["meetings"] = (
            one_per_meeting(
                ThemeMeetingPage.objects.filter(
                    end__gte=now, start__lte=now + datetime.timedelta(days=UPCOMING_DAYS)
                )
            )
            .select_related("venue")
            .annotate(registered=_count(Status.REGISTERED), waiting=_count(Status.WAITING))
            .order_by("start")
        )
        return context


def children_by_age(meeting, registered):
    """{age: count} of the children registered into childcare, ages on the meeting day."""
    year = timezone.localtime(meeting.start).year
    ages = Counter()
    for registration in registered:
        for child in registration.children.all():
            ages[year - child.birth_year] += 1
    return sorted(ages.items())


def interpreter_needs(meeting, registered):
    """[(code, label, mothers, booked)] per language needed by registered mothers."""
    needed = Counter(r.interpreter_language for r in registered if r.interpreter_language)
    booked = dict(
        InterpreterBooking.objects.filter(meeting=meeting).values_list("language", "booked")
    )
    labels = dict(SpokenLanguage.choices)
    return [
        (code, labels.get(code, code), count, booked.get(code, False))
        for code, count in sorted(needed.items())
    ]


class MeetingView(RegistrationPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """The coordinator's view of one meeting (workers see the counts and their own)."""

    template_name = "participants/admin/registration_meeting.html"
    header_icon = "date"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        page = get_object_or_404(ThemeMeetingPage, pk=kwargs["meeting_id"])
        self.meeting = source_meeting(page)

    def get_page_title(self):
        return self.meeting.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registrations:index"), "label": gettext("Registrations")},
            {"url": "", "label": self.meeting.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.meeting
        rows = list(
            MeetingRegistration.objects.filter(meeting=meeting)
            .exclude(status=Status.CANCELLED)
            .select_related("participant")
            .prefetch_related("children")
        )
        registered = [r for r in rows if r.status == Status.REGISTERED]
        waiting = [r for r in rows if r.status == Status.WAITING]
        visible = set(
            caseload.restrict(Participant.objects.all(), self.request.user).values_list(
                "pk", flat=True
            )
        )
        children = sum(len(r.children.all()) for r in registered)
        context.update(
            meeting=meeting,
            registered_count=len(registered),
            waiting_count=len(waiting),
            children_count=children,
            children_by_age=children_by_age(meeting, registered),
            interpreters=interpreter_needs(meeting, registered),
            may_book=self.request.user.has_perm(BOOK_INTERPRETER_PERMISSION),
            registered=[r for r in registered if r.participant_id in visible],
            waiting=[r for r in waiting if r.participant_id in visible],
            over_childcare=children > meeting.childcare_places,
            sections=[
                section
                for hook in hooks.get_hooks(MEETING_SECTIONS_HOOK)
                if (section := hook(self.request, meeting, children)) is not None
            ],
        )
        return context


class RegisterForm(forms.Form):
    participant = forms.ModelChoiceField(queryset=Participant.objects.none(), label=_("Mother"))
    children = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Children coming to the childcare"),
    )
    interpreter_language = forms.ChoiceField(
        choices=[("", _("No interpreter needed")), *SpokenLanguage.choices],
        required=False,
        label=_("Interpreter needed in"),
    )
    whole_series = forms.BooleanField(
        required=False, label=_("Register her for every coming meeting of the series")
    )

    def __init__(self, *args, user, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        from volunteers.participants.models import ParticipantChild

        mothers = caseload.restrict(Participant.objects.active(), user)
        self.fields["participant"].queryset = mothers
        self.fields["children"].queryset = ParticipantChild.objects.filter(
            participant__in=mothers
        ).select_related("participant")
        year = timezone.localtime(meeting.start).year
        self.fields["children"].label_from_instance = lambda child: (
            gettext("%(mother)s: child born %(year)s (%(age)s years)")
            % {
                "mother": child.participant.first_name,
                "year": child.birth_year,
                "age": year - child.birth_year,
            }
        )
        if meeting.series_id is None:
            del self.fields["whole_series"]


class RegisterView(RegistrationPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "participants/admin/registration_form.html"
    header_icon = "date"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.meeting = source_meeting(get_object_or_404(ThemeMeetingPage, pk=kwargs["meeting_id"]))

    def get_page_title(self):
        return gettext("Register a mother: %(meeting)s") % {"meeting": self.meeting.title}

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or RegisterForm(user=self.request.user, meeting=self.meeting)
        context["meeting"] = self.meeting
        return context

    def post(self, request, *args, **kwargs):
        form = RegisterForm(request.POST, user=request.user, meeting=self.meeting)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        options = {
            "children": data["children"],
            "interpreter_language": data["interpreter_language"],
        }
        try:
            if data.get("whole_series"):
                result = registrations.register_for_series(
                    self.meeting.series, data["participant"], request.user, **options
                )
                messages.success(
                    request,
                    gettext(
                        "%(name)s: registered for %(registered)s meetings, waiting for %(waiting)s."
                    )
                    % {
                        "name": data["participant"],
                        "registered": len(result.registered),
                        "waiting": len(result.waiting),
                    },
                )
                for meeting, message in result.skipped:
                    messages.warning(request, f"{meeting.title}: {message}")
            else:
                registration = registrations.register(
                    self.meeting, data["participant"], request.user, **options
                )
                if registration.status == Status.WAITING:
                    messages.warning(
                        request,
                        gettext("The meeting is full: %(name)s is on the waiting list.")
                        % {"name": data["participant"]},
                    )
                else:
                    messages.success(
                        request, gettext("%(name)s is registered.") % {"name": data["participant"]}
                    )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.render_to_response(self.get_context_data(form=form))
        return redirect("registrations:meeting", self.meeting.pk)


class CancelView(RegistrationPermissionMixin, View):
    def post(self, request, meeting_id, registration_id):
        registration = get_object_or_404(
            caseload.restrict(MeetingRegistration.objects.all(), request.user, "participant__"),
            pk=registration_id,
            meeting_id=meeting_id,
        )
        moved = registrations.cancel(registration, request.user)
        messages.success(
            request,
            gettext("The registration of %(name)s is cancelled.")
            % {"name": registration.participant},
        )
        for other in moved:
            messages.info(
                request,
                gettext("%(name)s moved up from the waiting list.")
                % {"name": other.participant.first_name},
            )
        return redirect("registrations:meeting", meeting_id)


class InterpreterBookingView(View):
    def post(self, request, meeting_id):
        if not request.user.has_perm(BOOK_INTERPRETER_PERMISSION):
            raise PermissionDenied
        meeting = source_meeting(get_object_or_404(ThemeMeetingPage, pk=meeting_id))
        language = request.POST.get("language", "")
        if language not in SpokenLanguage.values:
            messages.error(request, gettext("Unknown language."))
        else:
            InterpreterBooking.objects.update_or_create(
                meeting=meeting,
                language=language,
                defaults={"booked": request.POST.get("booked") == "1", "changed_by": request.user},
            )
        return redirect("registrations:meeting", meeting.pk)


class RegistrationViewSet(ViewSet):
    icon = "date"
    menu_label = _("Registrations")
    name = "registrations"

    def get_urlpatterns(self):
        return [
            path("", MeetingListView.as_view(), name="index"),
            path("<int:meeting_id>/", MeetingView.as_view(), name="meeting"),
            path("<int:meeting_id>/register/", RegisterView.as_view(), name="register"),
            path(
                "<int:meeting_id>/cancel/<int:registration_id>/",
                CancelView.as_view(),
                name="cancel",
            ),
            path(
                "<int:meeting_id>/interpreters/",
                InterpreterBookingView.as_view(),
                name="interpreters",
            ),
        ]

    @property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class RegistrationMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm(REGISTER_PERMISSION)

        return RegistrationMenuItem
