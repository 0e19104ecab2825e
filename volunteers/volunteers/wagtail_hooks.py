"""Admin menu of the people side, and the volunteer's front-page panel."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from cms.panels import FrontPagePanel
from volunteers.volunteers import screening
from volunteers.volunteers.activity_viewsets import other_volunteering_viewset, training_viewset
from volunteers.volunteers.meeting_helper_views import MeetingHelperViewSet, helpers_section
from volunteers.volunteers.models import Volunteer, VolunteerStatus
from volunteers.volunteers.viewsets import requirement_viewset, volunteer_viewset

SCREENING_PERMISSION = "volunteers.change_volunteer"
# Confirmed their email, not yet approved or rejected: the coordinator's next steps.
WAITING_FOR_SCREENING = [
    VolunteerStatus.CONFIRMED,
    VolunteerStatus.INTERVIEWED,
    VolunteerStatus.TRAINED,
]


class PeopleViewSetGroup(ViewSetGroup):
    """The "Volunteers" menu: volunteers, screening, and later participants and matches.

    Other modules add their viewsets to ``items``.
    """

    menu_label = _("Volunteers")
    menu_icon = "group"
    menu_order = 300
    items = [volunteer_viewset, requirement_viewset, other_volunteering_viewset, training_viewset]


@hooks.register("register_log_actions")
def register_screening_log_actions(actions):
    actions.register_action(
        screening.TRANSITION_ACTION, _("Move through screening"), _("Screening status changed")
    )


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_viewset")
def register_meeting_helper_actions():
    return MeetingHelperViewSet()


# The coordinator's meeting view (volunteers/participants/meeting_views.py) shows them.
hooks.register("registration_meeting_sections", helpers_section)


@hooks.register("admin_home_panels")
def screening_queue_panel(request):
    """For coordinators: sign-ups waiting for screening, by the step they are at."""
    if not request.user.has_perm(SCREENING_PERMISSION):
        return None
    counts = dict(
        Volunteer.objects.filter(status__in=WAITING_FOR_SCREENING)
        .values_list("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    index = reverse("volunteer_admin:index")
    steps = [
        {
            "label": VolunteerStatus(status).label,
            "count": counts.get(status, 0),
            "url": f"{index}?status={status}",
        }
        for status in WAITING_FOR_SCREENING
    ]
    return FrontPagePanel(
        title=_("Sign-ups waiting for screening"),
        template="volunteers/admin/screening_queue_panel.html",
        order=8,
        context={"steps": steps},
    )
