"""The Reports section of the admin: the dashboard, each report, exports and the
printable period report. Report readers, coordinators and superusers only."""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from cms.roles import VIEW_REPORTS
from volunteers.reports import charts, exports, sections
from volunteers.reports.db import report_queries
from volunteers.reports.forms import FilterForm
from volunteers.reports.models import ReportExport

EXPORT_ACTION = "reports.export"
FORMATS = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def require_reader(request):
    if not request.user.has_perm(VIEW_REPORTS):
        raise PermissionDenied


def read_filters(request):
    form = FilterForm(request.GET or None)
    filters = sections.Filters(form.period(), form.municipality_choice())
    return form, filters


def _keys(request, key=None):
    key = key or request.GET.get("report", "all")
    if key == "all":
        return list(sections.REPORTS)
    if key not in sections.REPORTS:
        raise Http404
    return [key]


def with_charts(report):
    """Pair each table with its chart (SVG markup) and legend for the templates."""
    return {
        "key": report.key,
        "title": report.title,
        "tables": [
            {"table": t, "chart": charts.render(t), "legend": charts.legend(t)}
            for t in report.tables
        ],
    }


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """The dashboard (every report) or one report, for the chosen period and municipality."""

    header_icon = "table"
    template_name = "reports/admin/report.html"

    def dispatch(self, request, *args, **kwargs):
        require_reader(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        key = self.kwargs.get("key")
        return str(sections.REPORTS[key][0]) if key in sections.REPORTS else _("Reports")

    def get_breadcrumbs_items(self):
        items = [*super().get_breadcrumbs_items()]
        if self.kwargs.get("key"):
            items.append({"url": reverse("reports:index"), "label": _("Reports")})
        return [*items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, filters = read_filters(self.request)
        key = self.kwargs.get("key")
        keys = _keys(self.request, key)
        with report_queries():
            reports = [sections.build(k, filters, self.request.user) for k in keys]
        query = self.request.GET.urlencode()
        context.update(
            form=form,
            filters=filters,
            described=filters.describe(),
            reports=[with_charts(r) for r in reports],
            menu=[(k, label) for k, (label, _build) in sections.REPORTS.items()],
            current=key,
            query=query,
            report_param=key or "all",
        )
        return context


def export(request, fmt):
    require_reader(request)
    if fmt not in FORMATS:
        raise Http404
    form, filters = read_filters(request)
    keys = _keys(request)
    with report_queries():
        reports = [sections.build(k, filters, request.user) for k in keys]
    today = timezone.localdate()
    described = {str(label): str(value) for label, value in filters.describe()}
    record = ReportExport.objects.create(
        user=request.user,
        report=request.GET.get("report", "all"),
        format=fmt,
        filters={
            **described,
            "start": filters.period.start.isoformat() if filters.period.start else None,
            "end": filters.period.end.isoformat() if filters.period.end else None,
            "municipality": filters.municipality.pk if filters.municipality else None,
        },
    )
    log(
        instance=record,
        action=EXPORT_ACTION,
        user=request.user,
        data={"report": record.report, "format": fmt, "filters": record.filters},
    )
    if fmt == "xlsx":
        content = exports.xlsx(reports, filters, today)
    else:
        content = exports.csv_text(reports, filters, today).encode("utf-8")
    response = HttpResponse(content, content_type=FORMATS[fmt])
    name = f"tukiverkko-{record.report}-{today.isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class PrintView(TemplateView):
    """The period report for the steering group: every section on one A4 page."""

    template_name = "reports/print.html"

    def dispatch(self, request, *args, **kwargs):
        require_reader(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        _form, filters = read_filters(self.request)
        with report_queries():
            reports = [sections.build(k, filters, None) for k in sections.REPORTS]
        context.update(
            described=filters.describe(),
            reports=[with_charts(r) for r in reports],
            produced=datetime.date.today(),
        )
        return context


urlpatterns = [
    path("", ReportView.as_view(), name="index"),
    path("export/<str:fmt>/", export, name="export"),
    path("print/", PrintView.as_view(), name="print"),
    path("<slug:key>/", ReportView.as_view(), name="report"),
]

MENU_LABEL = gettext_lazy("Reports")
