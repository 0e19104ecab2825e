"""Admin screens for matching runs: start a run, watch its progress, retry one not done."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from volunteers.matching import permissions
from volunteers.matching.models import MatchingRun
from volunteers.matching.runs import request_run, retry_run

RUN_PERMISSION = permissions.RUN_MATCHING

# The phases a run times, in the order they happen (keys of MatchingRun.timings).
TIMING_LABELS = {
    "load": gettext_lazy("reading the data"),
    "scores": gettext_lazy("scoring pairs"),
    "solve": gettext_lazy("finding the best whole"),
    "write": gettext_lazy("saving"),
    "total": gettext_lazy("total"),
}


def _require_permission(request):
    if not request.user.has_perm(RUN_PERMISSION):
        raise PermissionDenied


class RunListView(WagtailAdminTemplateMixin, TemplateView):
    """Recent runs and the "Run matching" button."""

    page_title = gettext_lazy("Matching")
    header_icon = "group"
    template_name = "matching/admin/run_list.html"

    def dispatch(self, request, *args, **kwargs):
        _require_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        runs = MatchingRun.objects.select_related("started_by")
        context["page_obj"] = Paginator(runs, 20).get_page(self.request.GET.get("p"))
        context["active_run"] = (
            MatchingRun.objects.filter(
                status__in=[MatchingRun.Status.QUEUED, MatchingRun.Status.RUNNING]
            )
            .order_by("created_at")
            .first()
        )
        return context


class RunDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One run: a live progress bar while it works, then the summary or the error."""

    header_icon = "group"
    template_name = "matching/admin/run_detail.html"

    def dispatch(self, request, *args, **kwargs):
        _require_permission(request)
        self.run = get_object_or_404(
            MatchingRun.objects.select_related("started_by"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Matching run %(number)s") % {"number": self.run.pk}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("volunteers_matching:index"), "label": _("Matching")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["run"] = self.run
        context["timings"] = [
            (label, self.run.timings[key])
            for key, label in TIMING_LABELS.items()
            if key in self.run.timings
        ]
        return context


@require_POST
def start_run(request):
    _require_permission(request)
    run = request_run(MatchingRun.Trigger.MANUAL, user=request.user)
    # Without a worker (tasks in-process) the run is over by now: say what the page
    # will show, not "started" above a "finished" status.
    run.refresh_from_db()
    if run.status == MatchingRun.Status.SUCCEEDED:
        messages.success(
            request,
            ngettext(
                "Matching finished: %(count)d participant has a suggestion.",
                "Matching finished: %(count)d participants have a suggestion.",
                run.matched_count,
            )
            % {"count": run.matched_count},
        )
    elif run.status == MatchingRun.Status.FAILED:
        messages.error(request, _("Matching failed; the page shows why."))
    else:
        messages.success(request, _("Matching started; this page shows its progress."))
    return redirect("volunteers_matching:detail", pk=run.pk)


@require_POST
def retry(request, pk):
    _require_permission(request)
    run = get_object_or_404(MatchingRun, pk=pk)
    if run.status == MatchingRun.Status.SUCCEEDED:
        messages.error(request, _("A finished run cannot be retried."))
        return redirect("volunteers_matching:detail", pk=run.pk)
    run = retry_run(run)
    messages.success(request, _("The run was queued again."))
    return redirect("volunteers_matching:detail", pk=run.pk)


def status(request, pk):
    """JSON for the progress bar: polled while the run works."""
    _require_permission(request)
    run = get_object_or_404(MatchingRun, pk=pk)
    return JsonResponse(
        {
            "status": run.status,
            "status_label": run.get_status_display(),
            "progress": run.progress,
            "message": _(run.progress_message) if run.progress_message else "",
            "finished": run.is_finished,
        }
    )


urlpatterns = [
    path("", RunListView.as_view(), name="index"),
    path("start/", start_run, name="start"),
    path("<int:pk>/", RunDetailView.as_view(), name="detail"),
    path("<int:pk>/status/", status, name="status"),
    path("<int:pk>/retry/", retry, name="retry"),
]
