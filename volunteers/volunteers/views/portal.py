"""The volunteer's own pages at /volunteer/me/.

The volunteer is always ``request.user.volunteer_profile``: no URL takes an id, so
one volunteer can never address another's data. Staff without a profile get 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from cms.vocabularies import VolunteerRole
from resources.models import GuidePage, ThemeIndexPage, ThemePackagePage
from resources.privacy import viewable
from volunteers.volunteers import meeting_helpers
from volunteers.volunteers.forms.portal import ProfileForm
from volunteers.volunteers.models import Volunteer, VolunteerStatus
from volunteers.volunteers.views.reconsent import requires_current_consent


def _own_volunteer(request) -> Volunteer:
    volunteer = (
        Volunteer.objects.filter(user=request.user)
        .select_related("municipality")
        .prefetch_related("languages", "children")
        .first()
    )
    # Only approved volunteers use the portal; a rejected or withdrawn one keeps no access.
    if volunteer is None or volunteer.status != VolunteerStatus.APPROVED:
        raise Http404
    return volunteer


def materials_for(request):
    """Guides and theme material the volunteer may read, in the current language.

    Live pages only, with page privacy applied in the query (resources.privacy), so
    the list costs the same few queries however many pages there are.
    """
    pages = (
        Page.objects.live()
        .type(GuidePage, ThemeIndexPage, ThemePackagePage)
        .filter(locale=Locale.get_active())
        .order_by("path")
    )
    return list(viewable(pages, request).specific()[:50])


# Matches she has accepted and not ended: where a check-in can wait for her answer.
# (Named, not imported: this app sits below volunteers.matching in the layers.)
STARTED_MATCH_STATUSES = ["approved", "introduced", "active", "paused"]


def _matches_with_waiting_checkins(volunteer):
    """Her matches, each with how many of her check-ins wait for an answer (one query)."""
    waiting = Q(
        checkins__side="volunteer",
        checkins__answered_at__isnull=True,
        status__in=STARTED_MATCH_STATUSES,
    )
    return (
        volunteer.matches.select_related("participant__municipality")
        .annotate(checkins_waiting=Count("checkins", filter=waiting))
        .order_by("-approved_at")
    )


@login_required
@requires_current_consent
def me(request):
    volunteer = _own_volunteer(request)
    childcare = meeting_helpers.upcoming_assignments(volunteer)
    return render(
        request,
        "volunteers/portal/me.html",
        {
            "volunteer": volunteer,
            "materials": materials_for(request),
            "matches": _matches_with_waiting_checkins(volunteer),
            "childcare": childcare,
            # The section (with its "nothing coming up") is for childcare volunteers,
            # and for anyone assigned anyway (friends may help too); others see none.
            "show_childcare": bool(childcare) or VolunteerRole.CHILDCARE in volunteer.roles,
        },
    )


@login_required
@requires_current_consent
def edit(request):
    volunteer = _own_volunteer(request)
    form = ProfileForm(request.POST or None, volunteer=volunteer)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your details were saved."))
            return redirect("volunteers:me")
        return render(request, "volunteers/portal/edit.html", {"form": form}, status=400)
    return render(request, "volunteers/portal/edit.html", {"form": form})


@login_required
@require_POST
@requires_current_consent
def pause(request):
    """Pause or resume: a paused volunteer is not suggested to new families."""
    volunteer = _own_volunteer(request)
    volunteer.paused = request.POST.get("paused") == "1"
    volunteer.paused_at = timezone.now() if volunteer.paused else None
    volunteer.save(update_fields=["paused", "paused_at", "updated_at"])
    messages.success(
        request,
        _("You are paused: no new families are suggested to you.")
        if volunteer.paused
        else _("Welcome back: you can be suggested to families again."),
    )
    return redirect("volunteers:me")
