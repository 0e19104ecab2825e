"""Coordinators' report of volunteering hours per volunteer and month, with a CSV export.

Shown to holders of ``volunteers.view_othervolunteering`` (coordinators); the CSV
needs the volunteer export permission as well, and each export is logged.
"""

import csv
import io
import logging

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.exports import neutralise_formula
from volunteers.matching import hours
from volunteers.volunteers.permissions import EXPORT

logger = logging.getLogger(__name__)
VIEW_HOURS = "volunteers.view_othervolunteering"


def _decimal_comma(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


class HoursReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Volunteering hours")
    header_icon = "time"
    template_name = "matching/admin/hours_report.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_HOURS):
            raise PermissionDenied
        self.start = (
            parse_date(request.GET.get("start") or "") if request.GET.get("start") else None
        )
        self.end = parse_date(request.GET.get("end") or "") if request.GET.get("end") else None
        if request.GET.get("export") == "csv":
            if not request.user.has_perm(EXPORT):
                raise PermissionDenied
            logger.info(
                "%s exported volunteering hours (%s)", request.user, request.GET.urlencode()
            )
            return self.csv_response()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = hours.hours_by_volunteer_and_month(self.start, self.end)
        context["start"], context["end"] = self.start, self.end
        context["can_export"] = self.request.user.has_perm(EXPORT)
        context["query"] = self.request.GET.urlencode()
        return context

    def csv_response(self):
        out = io.StringIO()
        out.write("\ufeff")  # Finnish Excel opens UTF-8 with a byte-order mark
        writer = csv.writer(out, delimiter=";")
        writer.writerow(
            [_("Volunteer"), _("Month"), _("Meetings (min)"), _("Other (min)"), _("Total (hours)")]
        )
        for row in hours.hours_by_volunteer_and_month(self.start, self.end):
            writer.writerow(
                [
                    neutralise_formula(row.volunteer_name),
                    row.month.strftime("%m/%Y"),
                    row.meeting_minutes,
                    row.other_minutes,
                    _decimal_comma(row.total_hours),
                ]
            )
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="volunteering-hours.csv"'
        return response


urlpatterns = [path("", HoursReportView.as_view(), name="index")]
