"""Admin menu of the people side, and the volunteer's front-page panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from volunteers.volunteers import screening
from volunteers.volunteers.viewsets import requirement_viewset, volunteer_viewset


class PeopleViewSetGroup(ViewSetGroup):
    """The "Volunteers" menu: volunteers, screening, and later participants and matches.

    Other modules add their viewsets to ``items``.
    """

    menu_label = _("Volunteers")
    menu_icon = "group"
    menu_order = 300
    items = [volunteer_viewset, requirement_viewset]


@hooks.register("register_log_actions")
def register_screening_log_actions(actions):
    actions.register_action(
        screening.TRANSITION_ACTION, _("Move through screening"), _("Screening status changed")
    )


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()
