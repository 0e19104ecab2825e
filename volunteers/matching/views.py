"""The volunteer's own match at /volunteer/me/match/<id>/: what she needs, nothing more.

The match is looked up among the logged-in volunteer's own matches only, so another
match's id gives 404 (no IDOR). The page shows the family's first name, municipality,
the agreed contact and the meeting plan. A proposed match waits for her answer
(accept, or decline with a reason; proposals.py); once she has accepted she logs
meetings, and she gives feedback at the end.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from volunteers.matching import checkins, hours, lifecycle, proposals
from volunteers.matching.forms import CheckInForm, DeclineForm, FeedbackForm, MeetingLogForm
from volunteers.matching.models import Match, MatchCheckIn, MatchFeedback
from volunteers.volunteers.views.portal import _own_volunteer


@login_required
def my_hours(request):
    """Her own volunteering hours: per month (meetings and other) and per match."""
    volunteer = _own_volunteer(request)
    return render(
        request,
        "matching/volunteer_hours.html",
        {"volunteer": volunteer, "hours": hours.hours_for_volunteer(volunteer)},
    )


def _own_match(request, pk) -> Match:
    volunteer = _own_volunteer(request)
    match = (
        Match.objects.filter(pk=pk, volunteer=volunteer)
        .select_related("participant__municipality", "volunteer")
        .first()
    )
    if match is None:
        raise Http404
    return match


# Meetings are logged once she has said yes, until the match ends.
LOGGABLE = (
    Match.Status.APPROVED,
    Match.Status.INTRODUCED,
    Match.Status.ACTIVE,
    Match.Status.PAUSED,
)


def _render(
    request,
    match,
    meeting_form=None,
    feedback_form=None,
    decline_form=None,
    checkin_form=None,
    status=200,
):
    feedback_given = match.feedback.filter(side=MatchFeedback.Side.VOLUNTEER).exists()
    open_checkin = (
        checkins.open_for(match, MatchCheckIn.Side.VOLUNTEER) if match.status in LOGGABLE else None
    )
    context = {
        "checkin": open_checkin,
        "checkin_form": checkin_form or (CheckInForm(prefix="checkin") if open_checkin else None),
        "match": match,
        "meetings": match.meetings.all()[:50],
        "meeting_form": meeting_form or MeetingLogForm(match=match),
        "can_log": match.status in LOGGABLE,
        "decline_form": decline_form or DeclineForm(),
        "moves": [
            (t, lifecycle.ACTION_LABELS[t])
            for t in lifecycle.allowed_targets(match, request.user)
            if t not in lifecycle.ANSWER_TARGETS
        ],
        "feedback_form": feedback_form
        or (FeedbackForm() if match.status == Match.Status.ENDED and not feedback_given else None),
        "feedback_given": feedback_given,
    }
    return render(request, "matching/volunteer_match.html", context, status=status)


@login_required
def match_detail(request, pk):
    """Her match; POST logs a meeting."""
    match = _own_match(request, pk)
    if request.method == "POST":
        if match.status not in LOGGABLE:
            raise PermissionDenied
        form = MeetingLogForm(request.POST, match=match)
        if form.is_valid():
            meeting = form.save(commit=False)
            meeting.match, meeting.logged_by = match, request.user
            meeting.save()
            messages.success(request, _("The meeting was logged. Thank you!"))
            return redirect("volunteers:match", pk=match.pk)
        return _render(request, match, meeting_form=form, status=400)
    return _render(request, match)


@login_required
@require_POST
def match_feedback(request, pk):
    """End-of-match feedback, once, after the match has ended."""
    match = _own_match(request, pk)
    if match.status != Match.Status.ENDED:
        raise PermissionDenied
    if match.feedback.filter(side=MatchFeedback.Side.VOLUNTEER).exists():
        messages.info(request, _("You have already given feedback. Thank you!"))
        return redirect("volunteers:match", pk=match.pk)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        feedback = form.save(commit=False)
        feedback.match, feedback.side, feedback.given_by = (
            match,
            MatchFeedback.Side.VOLUNTEER,
            request.user,
        )
        feedback.save()
        messages.success(request, _("Thank you for your feedback."))
        return redirect("volunteers:match", pk=match.pk)
    return _render(request, match, feedback_form=form, status=400)


@login_required
@require_POST
def match_move(request, pk):
    """The volunteer pauses or resumes her match (the table allows her only those)."""
    match = _own_match(request, pk)
    try:
        lifecycle.move(
            match,
            request.POST.get("target", ""),
            by=request.user,
            reason=request.POST.get("reason", "").strip()[:500],
        )
    except (ValidationError, ValueError):
        messages.error(request, _("The match could not be changed; reload the page."))
    else:
        messages.success(request, _("The match was updated."))
    return redirect("volunteers:match", pk=match.pk)


@login_required
@require_POST
def match_answer(request, pk):
    """Her answer to a proposed match: accept, or decline with a reason."""
    match = _own_match(request, pk)
    if match.status != Match.Status.PROPOSED:
        messages.info(request, _("You have already answered; reload the page."))
        return redirect("volunteers:match", pk=match.pk)
    if request.POST.get("answer") == "accept":
        try:
            proposals.accept(match, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request, _("Thank you! Your coordinator will contact you about the first meeting.")
            )
        return redirect("volunteers:match", pk=match.pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _render(request, match, decline_form=form, status=400)
    try:
        proposals.decline(match, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError:
        messages.error(request, _("The match could not be changed; reload the page."))
    else:
        messages.success(request, _("Thank you for telling us. Your coordinator has been told."))
    return redirect("volunteers:match", pk=match.pk)


@login_required
@require_POST
def match_checkin(request, pk, checkin_pk):
    """Her answer to a check-in of her own match (another's check-in is not found)."""
    match = _own_match(request, pk)
    checkin = match.checkins.filter(pk=checkin_pk, side=MatchCheckIn.Side.VOLUNTEER).first()
    if checkin is None:
        raise Http404
    if checkin.answered or match.status not in Match.OPEN_STATUSES:
        messages.info(request, _("This check-in has already been answered. Thank you!"))
        return redirect("volunteers:match", pk=match.pk)
    form = CheckInForm(request.POST, prefix="checkin")
    if form.is_valid():
        checkins.answer(checkin, **form.cleaned_data, by=request.user)
        messages.success(request, _("Thank you! Your coordinator will read your answer."))
        return redirect("volunteers:match", pk=match.pk)
    return _render(request, match, checkin_form=form, status=400)
