"""Coordinators' screens for matches (the review of suggestions is review_screen.py).

- one match: its moves, events, logged meetings (with the notes) and check-ins;
- the match list (a ModelViewSet in the Matches menu).
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import RedirectView, TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms.exports import ReadableExportMixin
from cms.permissions import RestrictedPolicy
from resources.models import Municipality
from volunteers.matching import checkins, followup, lifecycle
from volunteers.matching.forms import CheckInForm, FeedbackForm
from volunteers.matching.models import (
    FollowUpAlert,
    Match,
    MatchCheckIn,
    MatchFeedback,
)


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


class MatchDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One match for coordinators: moves, history, meetings and check-ins."""

    header_icon = "link"
    template_name = "matching/admin/match_detail.html"

    def dispatch(self, request, *args, **kwargs):
        _require(request, "matching.view_match")
        self.match = get_object_or_404(
            Match.objects.select_related(
                "participant__municipality", "volunteer", "approved_by"
            ).prefetch_related("events__by", "meetings", "feedback", "checkins"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Match: %(match)s") % {"match": self.match}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("match_admin:index"), "label": _("Matches")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        targets = lifecycle.allowed_targets(self.match, self.request.user)
        family_checkin = (
            checkins.open_for(self.match, MatchCheckIn.Side.FAMILY)
            if self.match.status in Match.OPEN_STATUSES
            and self.request.user.has_perm("matching.change_match")
            else None
        )
        context.update(
            match=self.match,
            moves=[(t, lifecycle.ACTION_LABELS[t]) for t in targets],
            end_reasons=Match.EndReason.choices,
            checkins_open=self.match.alerts.filter(
                kind="checkin", resolved_at__isnull=True
            ).count(),
            error=kwargs.get("error"),
            posted=kwargs.get("posted", {}),
            health_checkins=self.match.checkins.all(),
            family_checkin=family_checkin,
            family_checkin_form=kwargs.get("family_checkin_form")
            or (CheckInForm(prefix="checkin") if family_checkin else None),
            checkin_attention=checkins.needing_attention().filter(match=self.match).exists(),
            family_form=kwargs.get("family_form")
            or (
                FeedbackForm()
                if self.match.status == Match.Status.ENDED
                and not any(f.side == "family" for f in self.match.feedback.all())
                else None
            ),
        )
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "family_feedback":
            return self.family_feedback(request)
        if request.POST.get("action") == "family_checkin":
            return self.family_checkin(request)
        if request.POST.get("action") == "checkin_seen":
            _require(request, "matching.change_match")
            checkins.mark_seen(self.match)
            messages.success(request, _("The check-in answers were marked seen."))
            return redirect("match_admin:detail", pk=self.match.pk)
        if request.POST.get("action") == "checkin":
            _require(request, "matching.change_match")
            followup.resolve_checkins(self.match)
            messages.success(request, _("Check-in marked done."))
            return redirect("match_admin:detail", pk=self.match.pk)
        try:
            lifecycle.move(
                self.match,
                request.POST.get("target", ""),
                by=request.user,
                reason=request.POST.get("reason", "").strip(),
                end_reason=request.POST.get("end_reason", ""),
            )
        except ValidationError as exc:
            context = self.get_context_data(
                error=" ".join(exc.messages), posted=request.POST.dict()
            )
            return self.render_to_response(context, status=400)
        except ValueError:  # a target that is not a status at all
            return self.render_to_response(
                self.get_context_data(error=_("Choose a valid move.")), status=400
            )
        messages.success(request, _("The match was updated."))
        return redirect("match_admin:detail", pk=self.match.pk)

    def family_checkin(self, request):
        """The family's own view at a check-in, as the coordinator heard it."""
        _require(request, "matching.change_match")
        checkin = (
            checkins.open_for(self.match, MatchCheckIn.Side.FAMILY)
            if self.match.status in Match.OPEN_STATUSES
            else None
        )
        if checkin is None or str(checkin.pk) != request.POST.get("checkin", ""):
            messages.info(request, _("This check-in has already been answered."))
            return redirect("match_admin:detail", pk=self.match.pk)
        form = CheckInForm(request.POST, prefix="checkin")
        if not form.is_valid():
            context = self.get_context_data(family_checkin_form=form)
            return self.render_to_response(context, status=400)
        checkins.answer(checkin, **form.cleaned_data, by=request.user)
        # Hearing the family is the coordinator's check-in: the reminder is done.
        followup.resolve_checkins(self.match)
        messages.success(request, _("The family's view was recorded."))
        return redirect("match_admin:detail", pk=self.match.pk)

    def family_feedback(self, request):
        """The family's end-of-match feedback, as the coordinator heard it."""
        _require(request, "matching.change_match")
        if (
            self.match.status != Match.Status.ENDED
            or self.match.feedback.filter(side=MatchFeedback.Side.FAMILY).exists()
        ):
            raise PermissionDenied
        form = FeedbackForm(request.POST)
        if not form.is_valid():
            context = self.get_context_data(family_form=form)
            return self.render_to_response(context, status=400)
        feedback = form.save(commit=False)
        feedback.match, feedback.side, feedback.given_by = (
            self.match,
            MatchFeedback.Side.FAMILY,
            request.user,
        )
        feedback.save()
        messages.success(request, _("Thank you for your feedback."))
        return redirect("match_admin:detail", pk=self.match.pk)


class MatchFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Match.Status.choices)
    municipality = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Municipality"),
        field_name="participant__municipality",
        queryset=Municipality.objects.all(),
    )
    end_reason = django_filters.ChoiceFilter(
        label=gettext_lazy("End reason"), choices=Match.EndReason.choices
    )

    quiet = django_filters.BooleanFilter(
        label=gettext_lazy("No meeting for 14 days"), method="filter_quiet"
    )
    checkin_due = django_filters.BooleanFilter(
        label=gettext_lazy("Check-in due"), method="filter_checkin_due"
    )

    checkin_attention = django_filters.BooleanFilter(
        label=gettext_lazy("Check-in low or unanswered"), method="filter_checkin_attention"
    )

    class Meta:
        model = Match
        fields = ["status", "end_reason"]

    def filter_checkin_attention(self, queryset, name, value):
        flagged = checkins.attention_matches().values("pk")
        return queryset.filter(pk__in=flagged) if value else queryset.exclude(pk__in=flagged)

    def filter_quiet(self, queryset, name, value):
        quiet = followup.quiet_matches().values("pk")
        return queryset.filter(pk__in=quiet) if value else queryset.exclude(pk__in=quiet)

    def filter_checkin_due(self, queryset, name, value):
        due = Exists(
            FollowUpAlert.objects.filter(
                match=OuterRef("pk"), kind=FollowUpAlert.Kind.CHECKIN, resolved_at__isnull=True
            )
        )
        return queryset.filter(due if value else ~due)


register_permission_policy(
    Match, RestrictedPolicy(Match, denied={"add", "delete"}), exact_class=True
)


class MatchIndexView(ReadableExportMixin, IndexView):
    def get_base_queryset(self):
        # The columns show both people: one query for them, however many rows.
        return super().get_base_queryset().select_related("volunteer", "participant")


class MatchViewSet(ModelViewSet):
    model = Match
    index_view_class = MatchIndexView
    icon = "link"
    menu_label = gettext_lazy("Matches")
    menu_order = 100
    add_to_admin_menu = False
    copy_view_enabled = False
    # The match's own page (detail/, below) shows its fields with the moves, history,
    # meetings and check-ins; a second, bare inspect page would only drift from it.
    inspect_view_enabled = False
    list_display = [
        TitleColumn(
            "volunteer",
            label=gettext_lazy("Volunteer"),
            get_url=lambda match: reverse("match_admin:detail", args=[match.pk]),
        ),
        # Labelled here: the model field has no verbose name (a migration for a label).
        Column("participant", label=gettext_lazy("Participant")),
        "status",
        "approved_at",
        "introduced_on",
    ]
    filterset_class = MatchFilterSet
    search_fields = [
        "volunteer__first_name",
        "volunteer__last_name",
        "participant__first_name",
        "participant__last_name",
    ]
    search_backend_name = None
    list_export = [
        "pk",
        "volunteer",
        "participant",
        "status",
        "approved_at",
        "introduced_on",
        "ended_on",
        "end_reason",
    ]
    form_fields = ["agreed_contact", "meeting_plan"]

    def get_urlpatterns(self):
        # The coordinators' page of one match (moves, history, meetings, check-ins)
        # lives with the other match views, under the same URL prefix and namespace.
        return [
            *super().get_urlpatterns(),
            path("detail/<int:pk>/", MatchDetailView.as_view(), name="detail"),
        ]


class MatchesGroup(ViewSetGroup):
    menu_label = gettext_lazy("Matches")
    menu_icon = "link"
    menu_order = 322
    items = [
        MatchViewSet("match_admin", url_prefix="matches"),
    ]


# Check-in emails sent before the detail page moved link to admin/match/<pk>/.
match_urlpatterns = [
    path(
        "<int:pk>/",
        RedirectView.as_view(pattern_name="match_admin:detail", permanent=True),
        name="detail",
    ),
]
