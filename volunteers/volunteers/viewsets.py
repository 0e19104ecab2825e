"""Wagtail admin for volunteers and their screening (coordinators only).

The "Volunteers" menu group itself is in wagtail_hooks.py so that other parts of
the people side (participants, matches) can join it.
"""

import logging

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from cms.exports import ReadableExportMixin
from cms.fields import ChoiceListField, choice_list_q
from cms.forms import PlainTextAdminModelForm
from cms.person_actions import PersonActionsMixin
from cms.row_menus import SharedRowMenusMixin
from cms.vocabularies import SpokenLanguage, VolunteerRole
from resources.models import Municipality
from volunteers.volunteers import permissions, screening
from volunteers.volunteers.eligibility import volunteer_missing
from volunteers.volunteers.forms.screening import RequirementForm, TransitionForm
from volunteers.volunteers.models import (
    RequirementItem,
    RequirementKind,
    Volunteer,
    VolunteerLanguage,
    VolunteerStatus,
)

logger = logging.getLogger(__name__)
EXPORT_PERMISSION = permissions.EXPORT


class VolunteerFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=VolunteerStatus.choices)
    role = django_filters.ChoiceFilter(
        label=_("Role"), choices=VolunteerRole.choices, method="filter_role"
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), queryset=Municipality.objects.all()
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=SpokenLanguage.choices, method="filter_language"
    )
    paused = django_filters.BooleanFilter(label=_("Paused"))

    class Meta:
        model = Volunteer
        fields = ["status", "municipality", "paused"]

    def filter_role(self, queryset, name, value):
        return queryset.filter(choice_list_q("roles", value))

    def filter_language(self, queryset, name, value):
        # Exists rather than a join, so a volunteer is never listed twice.
        speaks = VolunteerLanguage.objects.filter(volunteer=OuterRef("pk"), language=value)
        return queryset.filter(Exists(speaks))


class ExportForCoordinatorsMixin:
    """CSV/XLSX export only for users with the export permission; each export logged."""

    def dispatch(self, request, *args, **kwargs):
        if self.is_export:
            if not request.user.has_perm(EXPORT_PERMISSION):
                raise PermissionDenied
            logger.info(
                "%s exported %s (%s)", request.user, self.model._meta.verbose_name_plural,
                request.GET.urlencode(),
            )  # fmt: skip
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.request.user.has_perm(EXPORT_PERMISSION)


class EligibilityColumn(Column):
    """Per role a short state ("eligible" or how many steps are missing); the
    reasons themselves in the cell's tooltip. From prefetched requirements."""

    cell_template_name = "volunteers/admin/eligibility_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        roles = []
        for role, reasons in volunteer_missing(instance).items():
            label = VolunteerRole(role).label
            if reasons:
                summary = ngettext(
                    "%(role)s: %(count)d step missing",
                    "%(role)s: %(count)d steps missing",
                    len(reasons),
                ) % {"role": label, "count": len(reasons)}
            else:
                summary = gettext("%(role)s: eligible") % {"role": label}
            roles.append(
                {
                    "summary": summary,
                    "eligible": not reasons,
                    "details": ", ".join(str(r) for r in reasons),
                }
            )
        context["roles"] = roles
        return context


class PausedColumn(Column):
    """Says "Paused" where a volunteer has paused; empty otherwise (a red cross read
    as "not paused" was mistaken for a problem)."""

    def get_value(self, instance):
        return gettext("Paused") if instance.paused else ""


class VolunteerIndexView(
    SharedRowMenusMixin, ExportForCoordinatorsMixin, ReadableExportMixin, generic.IndexView
):
    screening_url_name = None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("municipality")
            .prefetch_related("languages", "requirements")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        url = reverse(self.screening_url_name, args=[instance.pk])
        buttons.insert(0, MenuItem(_("Screening"), url=url, icon_name="tasks", priority=5))
        return buttons


class ScreeningButtonMixin:
    """A Screening button in the header of the volunteer's own pages: screening was
    reachable only from a row's "…" menu in the list."""

    screening_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        url = reverse(self.screening_url_name, args=[self.object.pk])
        buttons.append(HeaderButton(_("Screening"), url=url, icon_name="tasks"))
        return buttons


class VolunteerEditView(PersonActionsMixin, ScreeningButtonMixin, generic.EditView):
    pass


class VolunteerInspectView(PersonActionsMixin, ScreeningButtonMixin, generic.InspectView):
    def get_field_display_value(self, field_name, field):
        # Wagtail shows a JSON list as the raw codes and an empty value as "None".
        if isinstance(field, ChoiceListField):
            return ", ".join(field.labels(getattr(self.object, field_name))) or "—"
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None else value


class ScreeningView(WagtailAdminTemplateMixin, TemplateView):
    """One volunteer's screening: status history, moves, requirements, consents."""

    template_name = "volunteers/admin/screening.html"
    header_icon = "tasks"
    index_url_name = None
    edit_url_name = None

    def dispatch(self, request, pk):
        if not permissions.can_screen(request.user):
            raise PermissionDenied
        self.volunteer = get_object_or_404(
            Volunteer.objects.select_related("municipality", "user"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Screening: %(name)s") % {"name": self.volunteer.full_name}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Volunteers")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, transition_form=None, requirement_form=None, **kwargs):
        volunteer = self.volunteer
        context = super().get_context_data(**kwargs)
        context.update(
            volunteer=volunteer,
            missing=volunteer_missing(volunteer),
            events=volunteer.status_events.select_related("by"),
            requirements=volunteer.requirements.select_related("recorded_by"),
            consents=volunteer.consents.all(),
            languages=volunteer.languages.all(),
            transition_form=transition_form
            or TransitionForm(volunteer=volunteer, user=self.request.user),
            requirement_form=requirement_form or RequirementForm(prefix="req"),
            edit_url=reverse(self.edit_url_name, args=[volunteer.pk]),
            role_choices=VolunteerRole,
        )
        return context

    def post(self, request, pk):
        volunteer = self.volunteer
        if "move" in request.POST:
            form = TransitionForm(request.POST, volunteer=volunteer, user=request.user)
            if form.is_valid():
                try:
                    screening.move(
                        volunteer,
                        form.cleaned_data["target"],
                        by=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(
                        request,
                        _("Status changed to: %(status)s")
                        % {"status": volunteer.get_status_display()},
                    )
                    self._warn_if_not_eligible(request, volunteer)
                    return redirect(request.path)
            return self.render_to_response(self.get_context_data(transition_form=form), status=400)
        form = RequirementForm(request.POST, prefix="req")
        form.instance.volunteer = volunteer
        form.instance.recorded_by = request.user
        form.instance.recorded_at = timezone.now()
        if form.is_valid():
            form.save()
            messages.success(request, _("Requirement recorded."))
            return redirect(request.path)
        return self.render_to_response(self.get_context_data(requirement_form=form), status=400)

    def _warn_if_not_eligible(self, request, volunteer):
        """An approved volunteer still missing a requirement is not suggested: say so."""
        if volunteer.status != VolunteerStatus.APPROVED:
            return
        for role, reasons in volunteer_missing(volunteer).items():
            if reasons:
                messages.warning(
                    request,
                    _("Not yet eligible as %(role)s: %(reasons)s")
                    % {"role": VolunteerRole(role).label, "reasons": ", ".join(reasons)},
                )


class VolunteerViewSet(ModelViewSet):
    model = Volunteer
    icon = "group"
    menu_order = 100
    add_to_admin_menu = False
    index_view_class = VolunteerIndexView
    edit_view_class = VolunteerEditView
    inspect_view_class = VolunteerInspectView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "whole_name",
        Column("role_labels", label=_("Roles")),
        "municipality",
        "status",
        Column("language_summary", label=_("Languages")),
        EligibilityColumn("eligibility", label=_("Eligibility")),
        PausedColumn("paused", label=_("Paused")),
    ]
    filterset_class = VolunteerFilterSet
    search_fields = ["first_name", "last_name", "email"]
    # Search the columns, not Wagtail's index: the index backend on SQLite cannot
    # filter on column names (500 "no such column"), and personal data stays out of it.
    search_backend_name = None
    list_export = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "role_labels",
        "municipality",
        "postcode",
        "status",
        "paused",
        "language_summary",
        "availability_labels",
        "meetings_per_month",
        "capacity",
        "child_age_min",
        "child_age_max",
        "created_at",
    ]
    # Listed explicitly so the confirmation token never shows.
    inspect_view_fields = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "roles",
        "municipality",
        "postcode",
        "gender",
        "adults",
        "max_travel_km",
        "child_age_min",
        "child_age_max",
        "availability",
        "meetings_per_month",
        "capacity",
        "wishes",
        "motivation",
        "heard_from",
        "language",
        "status",
        "paused",
        "user",
        "created_at",
        "confirmed_at",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("postcode")]),
                FieldPanel("gender"),
                FieldPanel("language"),
            ],
            heading=_("Person"),
        ),
        FieldPanel("roles"),
        InlinePanel("languages", label=_("Languages")),
        MultiFieldPanel(
            [
                FieldPanel("adults"),
                InlinePanel("children", label=_("Children in the household")),
            ],
            heading=_("Household"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("child_age_min"), FieldPanel("child_age_max")]),
                FieldPanel("availability"),
                FieldRowPanel(
                    [
                        FieldPanel("meetings_per_month"),
                        FieldPanel("capacity"),
                        FieldPanel("max_travel_km"),
                    ]
                ),
                FieldPanel("interests"),
                FieldPanel("wishes"),
                FieldPanel("paused"),
            ],
            heading=_("Availability and wishes"),
        ),
        FieldPanel("motivation"),
        FieldPanel("heard_from"),
    ]

    def get_edit_handler(self):
        # Names and free text typed here refuse bidirectional controls (cms/forms.py).
        return ObjectList(self.panels, base_form_class=PlainTextAdminModelForm).bind_to_model(
            self.model
        )

    @property
    def screening_view(self):
        return ScreeningView.as_view(
            index_url_name=self.get_url_name("index"), edit_url_name=self.get_url_name("edit")
        )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            screening_url_name=self.get_url_name("screening"), **kwargs
        )

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            screening_url_name=self.get_url_name("screening"), **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            screening_url_name=self.get_url_name("screening"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/screening/", self.screening_view, name="screening"),
        ]


class RequirementCreateView(generic.CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.instance.recorded_by = self.request.user
        return form


class RequirementIndexView(ExportForCoordinatorsMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("volunteer", "recorded_by")


class RequirementFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Requirement"), choices=RequirementKind.choices)
    ends_before = django_filters.DateFilter(
        label=_("Ends before"), field_name="valid_until", lookup_expr="lte"
    )

    class Meta:
        model = RequirementItem
        fields = ["kind"]


class RequirementViewSet(ModelViewSet):
    """All recorded requirements, to follow what ends soon across volunteers."""

    model = RequirementItem
    icon = "tasks"
    menu_order = 110
    add_to_admin_menu = False
    index_view_class = RequirementIndexView
    add_view_class = RequirementCreateView
    copy_view_enabled = False
    list_display = ["volunteer", "kind", "done_on", "valid_until", "recorded_by"]
    filterset_class = RequirementFilterSet
    search_fields = ["volunteer__first_name", "volunteer__last_name"]
    search_backend_name = None
    list_export = ["volunteer", "kind", "done_on", "valid_until", "recorded_by"]
    export_filename = "screening-requirements"
    form_fields = ["volunteer", "kind", "done_on", "valid_until", "note"]


volunteer_viewset = VolunteerViewSet("volunteer_admin", url_prefix="volunteers")
requirement_viewset = RequirementViewSet("requirement_admin", url_prefix="screening")
