"""Hooks of outreach: the Outreach admin menu and the partner's front-page panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.panels import FrontPagePanel
from volunteers.outreach import access
from volunteers.outreach.viewsets import OutreachGroup


@hooks.register("register_admin_viewset")
def register_outreach_group():
    return OutreachGroup()


@hooks.register("front_page_panels")
def partner_referrals_panel(request):
    """A partner professional's shortcut to her referrals at /partner/referrals/."""
    if not access.can_refer_in(request.user):
        return None
    return FrontPagePanel(
        title=_("My referrals"),
        template="outreach/front_page_panel.html",
        order=10,
        context={"url": reverse("outreach:my_referrals")},
    )
