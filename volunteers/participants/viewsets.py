"""Wagtail admin for participants and their records, all limited by caseload.

Every view of every viewset here narrows its queryset with `caseload.restrict`
and re-checks the single object it loads, so another worker's participant is a
404 in the listing, the edit, delete, history, usage and inspect views and the
export alike.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagWidget
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from cms.exports import ReadableExportMixin
from cms.people import person_column, person_name
from cms.person_actions import PersonActionsMixin
from cms.row_menus import SharedRowMenusMixin
from cms.vocabularies import ConsentPurpose, SpokenLanguage
from resources.models import Municipality
from volunteers.participants import caseload, permissions, reporting
from volunteers.participants.admin_panels import AnswersPanel
from volunteers.participants.assessments_chart import kykyviisari_chart
from volunteers.participants.attendance import AttendanceViewSet
from volunteers.participants.forms import (
    CaseloadRecordForm,
    InitialAssessmentForm,
    ParticipantForm,
    responsible_workers,
)
from volunteers.participants.meeting_views import RegistrationViewSet
from volunteers.participants.models import (
    HomeVisit,
    InitialAssessment,
    InitialAssessmentQuestion,
    IntroductoryVisit,
    KykyviisariSummary,
    Participant,
    TaskPackageHandout,
)
from volunteers.participants.models.assessments import KYKYVIISARI_SCORES
from volunteers.participants.models.profiles import ProfileStage

EXPORT_ACTION = "volunteers.export"
# Every opening of her record is audited (who, when): one insert per read.
VIEW_ACTION = "participants.view"


class AuditedReadMixin:
    """Write a "viewed" audit entry when her record is shown (GET only; a POST is
    logged by Wagtail as the edit it is)."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(instance=self.object, action=VIEW_ACTION, user=request.user)
        return response


# --- Caseload-limited generic views -------------------------------------------------


class CaseloadObjectMixin:
    """Refuse a single object outside the user's caseload (the model's registered
    permission policy, policies.py, asks caseload.py)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is None:  # the create view has no object yet
            return obj
        if not self.permission_policy.can_reach(self.request.user, obj):
            # 404, not 403: an outsider learns nothing about whether she exists.
            raise Http404
        return obj


class CaseloadMixin(CaseloadObjectMixin):
    """Also narrow the listing queryset to what the user may see."""

    def get_base_queryset(self):
        return self.permission_policy.restrict(super().get_base_queryset(), self.request.user)


class CaseloadIndexView(SharedRowMenusMixin, CaseloadMixin, ReadableExportMixin, generic.IndexView):
    """The listing; exports are for coordinators only and each export is logged."""

    @property
    def show_export_buttons(self):
        return bool(self.list_export) and permissions.can_export(self.request.user)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if not permissions.can_export(self.request.user):
            raise PermissionDenied
        rows = list(queryset)
        for row in rows:
            log(instance=row, action=EXPORT_ACTION, user=self.request.user)
        return super().as_spreadsheet(rows, spreadsheet_format)


class CaseloadCreateView(CaseloadMixin, generic.CreateView):
    pass


class CaseloadEditView(CaseloadMixin, generic.EditView):
    pass


class CaseloadDeleteView(CaseloadMixin, generic.DeleteView):
    pass


class CaseloadHistoryView(CaseloadObjectMixin, HistoryView):
    pass


class CaseloadUsageView(CaseloadObjectMixin, UsageView):
    pass


class CaseloadInspectView(CaseloadMixin, generic.InspectView):
    pass


class CaseloadViewSet(ModelViewSet):
    """A ModelViewSet whose every view is caseload-limited (through the model's
    CaseloadPermissionPolicy, registered in policies.py)."""

    add_to_admin_menu = False
    copy_view_enabled = False
    search_backend_name = None  # search the columns: personal data stays out of the index

    index_view_class = CaseloadIndexView
    add_view_class = CaseloadCreateView
    edit_view_class = CaseloadEditView
    delete_view_class = CaseloadDeleteView
    history_view_class = CaseloadHistoryView
    usage_view_class = CaseloadUsageView
    inspect_view_class = CaseloadInspectView


# --- Participants --------------------------------------------------------------------


class ParticipantFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(
        label=_("municipality"), queryset=Municipality.objects.all()
    )
    language = django_filters.ChoiceFilter(
        label=_("language"), choices=SpokenLanguage.choices, method="filter_language"
    )
    worker = django_filters.ModelChoiceFilter(
        label=_("responsible worker"), queryset=lambda request: responsible_workers()
    )
    status = django_filters.ChoiceFilter(
        label=_("status"),
        choices=[("active", _("active")), ("exited", _("exited"))],
        method="filter_status",
        empty_label=_("all"),
    )

    # Set by the reports' "profile missing" links: those counted there as missing the
    # stage's ESF profile for the period (reporting.missing_profile, the same query).
    missing_profile = django_filters.ChoiceFilter(
        label=_("ESF profile missing"),
        choices=ProfileStage.choices,
        method="filter_missing_profile",
        empty_label=_("any"),
    )
    period_start = django_filters.DateFilter(label=_("report period from"), method="filter_nothing")
    period_end = django_filters.DateFilter(label=_("report period to"), method="filter_nothing")

    class Meta:
        model = Participant
        fields = ["municipality", "language", "worker", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["worker"].label_from_instance = person_name

    def filter_nothing(self, queryset, name, value):
        return queryset  # read by filter_missing_profile

    def filter_missing_profile(self, queryset, name, value):
        data = self.form.cleaned_data
        return reporting.missing_profile(
            queryset, value, data.get("period_start"), data.get("period_end")
        )

    def filter_language(self, queryset, name, value):
        return queryset.filter(languages__language=value).distinct()

    def filter_status(self, queryset, name, value):
        return queryset.active() if value == "active" else queryset.exited()


class ParticipantIndexView(CaseloadIndexView):
    filterset_class = ParticipantFilterSet

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("municipality", "worker")


class ParticipantEditView(PersonActionsMixin, AuditedReadMixin, CaseloadEditView):
    pass


class ParticipantInspectView(PersonActionsMixin, AuditedReadMixin, CaseloadInspectView):
    """Her page: the record, consents, assessments with the change chart, activities."""

    template_name = "participants/admin/participant_inspect.html"

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        # One query per related list, whatever their length.
        return (
            Participant.objects.select_related("municipality", "worker")
            .prefetch_related(
                "languages",
                "children",
                "consents",
                "esf_profiles",
                "kykyviisari",
                "home_visits",
                "introductory_visits",
                Prefetch("task_packages", TaskPackageHandout.objects.select_related("package")),
                "attendances__meeting",
                "initial_assessments__answers__question",
            )
            .get(pk=obj.pk)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["participant"] = self.object
        # Scores are shown only while her Kykyviisari consent is in force.
        context["scores_consented"] = any(
            consent.purpose == ConsentPurpose.KYKYVIISARI and consent.withdrawn_at is None
            for consent in self.object.consents.all()
        )
        context["chart"] = (
            kykyviisari_chart(list(self.object.kykyviisari.all()))
            if context["scores_consented"]
            else None
        )
        context["can_edit"] = caseload.can_access(self.request.user, self.object)
        return context


class ParticipantViewSet(CaseloadViewSet):
    model = Participant
    icon = "group"
    menu_label = _("Participants")
    menu_order = 100
    inspect_view_enabled = True
    index_view_class = ParticipantIndexView
    edit_view_class = ParticipantEditView
    inspect_view_class = ParticipantInspectView
    list_display = [
        "__str__",
        "municipality",
        person_column(Participant, "worker"),
        "entry_date",
        "exit_date",
    ]
    list_export = [
        "first_name",
        "last_name",
        "phone",
        "email",
        "municipality",
        "postcode",
        "needs_interpreter",
        "interpreter_arranged",
        "spouse_involvement",
        "goals",
        "wished_role",
        "reached_via",
        "entry_date",
        "exit_date",
        "exit_reason",
        "worker",
    ]
    search_fields = ["first_name", "last_name", "phone", "email"]
    ordering = ["first_name", "last_name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldPanel("reminder_channel"),
                    FieldRowPanel([FieldPanel("municipality"), FieldPanel("postcode")]),
                ],
                heading=_("Person and contact"),
            ),
            InlinePanel("languages", heading=_("Languages"), label=_("Language")),
            MultiFieldPanel(
                [FieldPanel("needs_interpreter"), FieldPanel("interpreter_arranged")],
                heading=_("Interpreter"),
            ),
            MultiFieldPanel([FieldPanel("spouse_involvement")], heading=_("Household")),
            InlinePanel(
                "children",
                heading=_("Children (birth year only)"),
                label=_("Child"),
            ),
            MultiFieldPanel(
                [
                    # A plain labelled text input: Wagtail's tag-it widget adds an
                    # input without a label (an axe-core critical violation).
                    FieldPanel("needs", widget=TagWidget()),
                    FieldPanel("goals"),
                    FieldPanel("interests", widget=TagWidget()),
                ],
                heading=_("Needs, goals and interests"),
            ),
            MultiFieldPanel(
                [FieldPanel("wished_role"), FieldPanel("wishes"), FieldPanel("availability")],
                heading=_("Wishes for a support family or godparent"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("reached_via"),
                    FieldRowPanel([FieldPanel("entry_date"), FieldPanel("exit_date")]),
                    FieldPanel("exit_reason"),
                    FieldPanel("worker"),
                ],
                heading=_("Participation"),
            ),
            InlinePanel("consents", heading=_("Consents"), label=_("Consent")),
            InlinePanel(
                "esf_profiles",
                heading=_("ESF entry and exit profiles"),
                label=_("Profile"),
                max_num=3,
            ),
        ],
        base_form_class=ParticipantForm,
    )


# --- Records that belong to a participant -------------------------------------------------


class RecordIndexView(CaseloadIndexView):
    # The foreign keys list_display shows, fetched in the listing's one query.
    select_related_fields = ["participant"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related_fields)


class RecordCreateView(CaseloadCreateView):
    """Preselects the participant when opened from her page (?participant=<id>)."""

    def get_initial(self):
        initial = super().get_initial()
        participant = self.request.GET.get("participant", "")
        if participant.isdigit():
            # The form's choices are her caseload, so another id simply matches nothing.
            initial["participant"] = int(participant)
        return initial


class RecordViewSet(CaseloadViewSet):
    """Assessments and activities: reached through their participant's caseload."""

    index_view_class = RecordIndexView
    add_view_class = RecordCreateView
    select_related_fields = ["participant"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            select_related_fields=self.select_related_fields, **kwargs
        )

    search_fields = ["participant__first_name", "participant__last_name"]


class KykyviisariViewSet(RecordViewSet):
    model = KykyviisariSummary
    icon = "table"
    menu_label = _("Kykyviisari summaries")
    list_display = ["participant", "phase", "date"]
    list_filter = ["phase", "participant__municipality"]
    list_export = ["participant", "phase", "date", *(name for name, _l in KYKYVIISARI_SCORES)]
    edit_handler = ObjectList(
        [
            FieldPanel("participant"),
            FieldRowPanel([FieldPanel("phase"), FieldPanel("date")]),
            MultiFieldPanel(
                [FieldPanel(name) for name, _label in KYKYVIISARI_SCORES],
                heading=_("Summary scores 0–10 (only with her Kykyviisari consent)"),
            ),
        ],
        base_form_class=CaseloadRecordForm,
    )


class InitialAssessmentViewSet(RecordViewSet):
    model = InitialAssessment
    icon = "clipboard-list"
    menu_label = _("Initial assessments")
    list_display = ["participant", "date", person_column(InitialAssessment, "done_by")]
    select_related_fields = ["participant", "done_by"]
    list_filter = ["participant__municipality"]
    list_export = ["participant", "date", "done_by"]
    edit_handler = ObjectList(
        [
            FieldPanel("participant"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("done_by")]),
            AnswersPanel(heading=_("Answers")),
        ],
        base_form_class=InitialAssessmentForm,
    )


class HomeVisitViewSet(RecordViewSet):
    model = HomeVisit
    icon = "home"
    menu_label = _("Guidance visits at home")
    list_display = ["participant", "date", person_column(HomeVisit, "worker"), "topics"]
    select_related_fields = ["participant", "worker"]
    list_filter = ["participant__municipality"]
    list_export = ["participant", "date", "worker", "topics"]
    edit_handler = ObjectList(
        [
            FieldPanel("participant"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("worker")]),
            FieldPanel("topics"),
            FieldPanel("notes"),
        ],
        base_form_class=CaseloadRecordForm,
    )


class IntroductoryVisitViewSet(RecordViewSet):
    model = IntroductoryVisit
    icon = "site"
    menu_label = _("Introductory visits")
    list_display = ["participant", "place", "date", "who_went"]
    list_filter = ["participant__municipality"]
    list_export = ["participant", "place", "date", "who_went"]
    edit_handler = ObjectList(
        [
            FieldPanel("participant"),
            FieldPanel("place"),
            FieldPanel("date"),
            FieldPanel("who_went"),
        ],
        base_form_class=CaseloadRecordForm,
    )


class TaskPackageViewSet(RecordViewSet):
    model = TaskPackageHandout
    icon = "doc-full"
    menu_label = _("Task packages handed out")
    list_display = ["participant", "package", "date"]
    select_related_fields = ["participant", "package"]
    list_filter = ["participant__municipality"]
    list_export = ["participant", "package", "description", "date"]
    edit_handler = ObjectList(
        [
            FieldPanel("participant"),
            FieldPanel("package"),
            FieldPanel("description"),
            FieldPanel("date"),
        ],
        base_form_class=CaseloadRecordForm,
    )


class QuestionViewSet(ModelViewSet):
    """The initial assessment's questions: coordinators only (model permissions)."""

    model = InitialAssessmentQuestion
    icon = "help"
    menu_label = _("Initial assessment questions")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["text", "sort_order", "active"]
    list_filter = ["active"]
    form_fields = ["text", "help_text", "sort_order", "active"]
    ordering = ["sort_order"]


def participant_viewsets():
    """The viewsets of the Participants menu, in menu order."""
    return [
        ParticipantViewSet("participants"),
        AttendanceViewSet(),
        RegistrationViewSet(),
        KykyviisariViewSet("kykyviisari"),
        InitialAssessmentViewSet("initial_assessments"),
        HomeVisitViewSet("home_visits"),
        IntroductoryVisitViewSet("introductory_visits"),
        TaskPackageViewSet("task_packages"),
        QuestionViewSet("initial_assessment_questions"),
    ]


class ParticipantsGroup(ViewSetGroup):
    """The "Participants" menu, kept apart from the volunteers' menu."""

    menu_label = _("Participants")
    menu_icon = "group"
    menu_order = 210

    def __init__(self):
        self.items = participant_viewsets()
        super().__init__()
