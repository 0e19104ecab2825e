"""The meeting series in the admin: coordinators and editors define a series; saving
it creates (or brings up to date) its meetings, and bad input saves nothing."""

from types import SimpleNamespace

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from resources import series as series_service
from resources.models import MeetingSeries


class MeetingSeriesForm(WagtailAdminModelForm):
    """Checks the whole plan (dates, holidays, clashes) before anything is saved."""

    def _post_clean(self):
        super()._post_clean()
        if self.errors or not all(f.is_valid() for f in self.formsets.values()):
            return
        plan = [
            SimpleNamespace(date=form.cleaned_data["date"])
            for form in self.formsets["theme_plan"].forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        try:
            series_service.check(self.instance, plan)
        except ValidationError as error:
            self.add_error(None, error)


class GenerateMeetingsMixin:
    def save_instance(self):
        instance = super().save_instance()
        # Inside the view's transaction: if this fails, the series is not saved either.
        self.generated = series_service.generate(instance)
        return instance

    def get_success_message(self, instance=None):
        result = self.generated
        parts = [
            ngettext("%(count)s meeting created", "%(count)s meetings created", len(result.created))
            % {"count": len(result.created)},
            ngettext("%(count)s meeting updated", "%(count)s meetings updated", len(result.updated))
            % {"count": len(result.updated)},
            ngettext("%(count)s meeting removed", "%(count)s meetings removed", len(result.deleted))
            % {"count": len(result.deleted)},
        ]
        if result.kept_in_use:
            messages.warning(
                self.request,
                gettext("Kept because they have registrations or attendance: %(meetings)s.")
                % {"meetings": ", ".join(m.title for m in result.kept_in_use)},
            )
        return gettext("Series “%(series)s” saved: %(summary)s.") % {
            "series": instance,
            "summary": ", ".join(parts),
        }


class SeriesCreateView(GenerateMeetingsMixin, CreateView):
    pass


class SeriesEditView(GenerateMeetingsMixin, EditView):
    pass


class MeetingSeriesViewSet(ModelViewSet):
    model = MeetingSeries
    icon = "date"
    menu_label = _("Meeting series")
    menu_order = 250
    add_to_admin_menu = True
    edit_handler = ObjectList(MeetingSeries.panels, base_form_class=MeetingSeriesForm)
    add_view_class = SeriesCreateView
    edit_view_class = SeriesEditView
    copy_view_enabled = False
    list_display = ["title", "language_group", "weekday", "venue", "term_start", "term_end"]
    list_filter = ["language_group"]
    search_fields = ["title"]
    search_backend_name = None


meeting_series_viewset = MeetingSeriesViewSet("meeting_series", url_prefix="meeting-series")
