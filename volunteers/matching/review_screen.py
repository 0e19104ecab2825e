"""The coordinators' review screen: pending suggestions per participant, and decisions.

The screen pages through participants in the database (those with a pending
suggestion, filtered, a page at a time) and then loads only that page's suggestions,
so its time and the objects it builds do not grow with the number of suggestions
waiting. Each participant is a card: her candidates side by side in one table of
criteria, and one decision dialog per candidate (agreed contact, meeting plan and one
reason field; approve or reject). The dialog opens without script (invoker commands)
and the same form has a page of its own, where errors are shown with the input kept.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.vocabularies import SpokenLanguage
from resources.models import Municipality
from volunteers.matching import review
from volunteers.matching.engine.algorithm import CRITERIA
from volunteers.matching.models import Match, MatchingRun, MatchSuggestion
from volunteers.matching.models.runs import CRITERION_LABELS
from volunteers.participants.models import Participant, ParticipantLanguage

REVIEW_PERMISSION = review.DECIDE_PERMISSION
PENDING = MatchSuggestion.Status.PENDING


def reasons_in_words(suggestion: MatchSuggestion) -> list[str]:
    """The strongest and weakest criteria of a suggestion, as short phrases."""
    parts = suggestion.weighted_parts()
    strong = [_("strong: %(criterion)s") % {"criterion": p[1]} for p in parts if p[2] >= 0.75]
    weak = [_("weak: %(criterion)s") % {"criterion": p[1]} for p in parts if p[2] <= 0.25]
    return strong + weak


def _criteria_rows(suggestions):
    """One row per criterion with each candidate's raw score in percent, in column order."""
    return [
        {
            "label": CRITERION_LABELS[criterion],
            "cells": [round(s.breakdown.get(criterion, 0.0) * 100) for s in suggestions],
        }
        for criterion in CRITERIA
    ]


class ReviewerRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ReviewView(ReviewerRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pending suggestions per participant, a page of participants at a time."""

    page_title = gettext_lazy("Review suggestions")
    header_icon = "tick"
    template_name = "matching/admin/review.html"
    # Ten mothers a page: a coordinator decides one family at a time, and each card
    # carries a dialog per candidate.
    page_size = 10

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def participants(self):
        """Participants with a pending suggestion that match the filters, in name order."""
        waiting = MatchSuggestion.objects.filter(participant=OuterRef("pk"), status=PENDING)
        queryset = Participant.objects.filter(Exists(waiting))
        municipality = self.request.GET.get("municipality")
        if municipality and municipality.isdigit():
            queryset = queryset.filter(municipality_id=municipality)
        language = self.request.GET.get("language")
        if language in SpokenLanguage.values:
            speaks = ParticipantLanguage.objects.filter(
                participant=OuterRef("pk"), language=language
            )
            queryset = queryset.filter(Exists(speaks))
        return (
            queryset.select_related("municipality")
            .prefetch_related("languages")
            .order_by("first_name", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.participants(), self.page_size)
        page = paginator.get_page(self.request.GET.get("p"))
        participants = list(page.object_list)
        by_participant = {p.pk: [] for p in participants}
        suggestions = list(
            MatchSuggestion.objects.filter(participant__in=by_participant.keys(), status=PENDING)
            .select_related("volunteer__municipality")
            .order_by("participant_id", "rank", "-score")
        )
        # The page's suggestions come from one run or a few: one instance per run,
        # not a copy joined onto every row.
        runs = MatchingRun.objects.only("pk", "weights").in_bulk({s.run_id for s in suggestions})
        for suggestion in suggestions:
            suggestion.run = runs[suggestion.run_id]
            suggestion.reasons = reasons_in_words(suggestion)
            by_participant[suggestion.participant_id].append(suggestion)
        # A family may have a support family and a godparent at once: the coordinator
        # sees the support she already has in the other role.
        open_matches = {p.pk: [] for p in participants}
        for match in Match.objects.filter(
            participant__in=open_matches.keys(), status__in=Match.OPEN_STATUSES
        ).only("participant_id", "role", "status"):
            open_matches[match.participant_id].append(match)
        cards = [
            {
                "participant": p,
                "suggestions": by_participant[p.pk],
                "criteria": _criteria_rows(by_participant[p.pk]),
                "open_matches": open_matches[p.pk],
            }
            for p in participants
        ]
        context.update(
            cards=cards,
            page_obj=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            municipalities=Municipality.objects.order_by("name"),
            languages=SpokenLanguage.choices,
            selected={k: self.request.GET.get(k, "") for k in ("municipality", "language")},
            return_to=self.request.get_full_path(),
            rules_url=reverse("pair_rules:index"),
        )
        return context

    def post(self, request, *args, **kwargs):
        # Forms of the earlier screen posted here; they are decided like the dialog's.
        suggestion = get_object_or_404(MatchSuggestion, pk=request.POST.get("suggestion"))
        return DecisionView.as_view()(request, pk=suggestion.pk)


class DecisionView(WagtailAdminTemplateMixin, TemplateView):
    """Approve or reject one pending suggestion: the dialog's form on a page of its own."""

    header_icon = "tick"
    template_name = "matching/admin/review_decision.html"

    def dispatch(self, request, *args, **kwargs):
        # The permission first: an outsider learns nothing about which ids exist.
        if not request.user.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied
        self.suggestion = get_object_or_404(
            MatchSuggestion.objects.select_related(
                "run", "participant__municipality", "volunteer__municipality"
            ),
            pk=kwargs["pk"],
        )
        if self.suggestion.status != PENDING:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Decide: %(volunteer)s for %(participant)s") % {
            "volunteer": self.suggestion.volunteer.full_name,
            "participant": self.suggestion.participant.first_name,
        }

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("volunteers_review:index"), "label": _("Review suggestions")},
            {"url": "", "label": self.get_page_title()},
        ]

    def return_to(self):
        target = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=False
        ) and target.startswith("/"):
            return target
        return reverse("volunteers_review:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        self.suggestion.reasons = reasons_in_words(self.suggestion)
        context.update(
            s=self.suggestion,
            criteria=_criteria_rows([self.suggestion]),
            return_to=self.return_to(),
            error_message=kwargs.get("error_message", ""),
            posted=kwargs.get("posted", {}),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        reason = request.POST.get("reason", "").strip()
        try:
            if action == "approve":
                match = review.approve(
                    self.suggestion,
                    by=request.user,
                    reason=reason,
                    agreed_contact=request.POST.get("agreed_contact", "").strip()[:200],
                    meeting_plan=request.POST.get("meeting_plan", "").strip(),
                )
                messages.success(
                    request,
                    _("Approved: %(volunteer)s and %(participant)s.")
                    % {"volunteer": match.volunteer, "participant": match.participant.first_name},
                )
            elif action == "reject":
                review.reject(self.suggestion, by=request.user, reason=reason)
                messages.success(request, _("Rejected; the pair will not be suggested again."))
            else:
                raise ValidationError(_("Choose approve or reject."))
        except ValidationError as exc:
            context = self.get_context_data(
                error_message=" ".join(exc.messages), posted=request.POST.dict()
            )
            return self.render_to_response(context, status=400)
        return redirect(self.return_to())


review_urlpatterns = [
    path("", ReviewView.as_view(), name="index"),
    path("<int:pk>/", DecisionView.as_view(), name="decide"),
]
