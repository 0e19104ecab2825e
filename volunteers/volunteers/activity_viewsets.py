"""Wagtail admin for other volunteering and training sessions (coordinators only).

A training session's attendance is edited inline; saving it records each attendee's
"training" screening requirement (volunteers/volunteers/training.py).
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from volunteers.volunteers.models import OtherVolunteering, TrainingSession
from volunteers.volunteers.viewsets import ExportForCoordinatorsMixin


class RecordedByMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not form.instance.recorded_by_id:
            form.instance.recorded_by = self.request.user
        return form


class OtherVolunteeringCreateView(RecordedByMixin, generic.CreateView):
    pass


class OtherVolunteeringIndexView(ExportForCoordinatorsMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("volunteer", "recorded_by")


class OtherVolunteeringFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=OtherVolunteering.Kind.choices)

    class Meta:
        model = OtherVolunteering
        fields = ["kind"]


class OtherVolunteeringViewSet(ModelViewSet):
    model = OtherVolunteering
    icon = "time"
    menu_order = 120
    add_to_admin_menu = False
    index_view_class = OtherVolunteeringIndexView
    add_view_class = OtherVolunteeringCreateView
    copy_view_enabled = False
    list_display = ["volunteer", "kind", "date", "duration_minutes", "recorded_by"]
    list_export = ["volunteer", "kind", "date", "duration_minutes", "description"]
    export_filename = "other-volunteering"
    filterset_class = OtherVolunteeringFilterSet
    search_fields = ["volunteer__first_name", "volunteer__last_name"]
    search_backend_name = None
    form_fields = ["volunteer", "date", "kind", "duration_minutes", "description"]


class AttendanceSavingMixin:
    """New attendance rows are recorded by the coordinator who saves the session."""

    def save_instance(self):
        for child in self.form.formsets["attendances"].forms:
            if not child.instance.recorded_by_id:
                child.instance.recorded_by = self.request.user
        return super().save_instance()


class TrainingCreateView(AttendanceSavingMixin, generic.CreateView):
    pass


class TrainingEditView(AttendanceSavingMixin, generic.EditView):
    pass


class TrainingIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("attendances")


class TrainingSessionViewSet(ModelViewSet):
    model = TrainingSession
    icon = "openquote"
    menu_order = 130
    add_to_admin_menu = False
    index_view_class = TrainingIndexView
    add_view_class = TrainingCreateView
    edit_view_class = TrainingEditView
    copy_view_enabled = False
    list_display = ["topic", "date", "trainer", "attendee_count"]
    search_fields = ["topic", "trainer"]
    search_backend_name = None
    panels = [
        FieldPanel("date"),
        FieldPanel("topic"),
        FieldPanel("trainer"),
        InlinePanel(
            "attendances",
            heading=_("Who attended"),
            label=_("Attendee"),
            panels=[FieldPanel("volunteer")],
        ),
    ]


other_volunteering_viewset = OtherVolunteeringViewSet(
    "other_volunteering_admin", url_prefix="other-volunteering"
)
training_viewset = TrainingSessionViewSet("training_admin", url_prefix="training")
