"""Hooks of outreach: the Outreach admin menu and the partner's front-page panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.panels import FrontPagePanel
from volunteers.outreach import access, reporting
from volunteers.outreach.audit import OutreachLogEntry
from volunteers.outreach.models import OutreachContact, Referral
from volunteers.outreach.viewsets import OutreachGroup
from volunteers.participants.permissions import has_caseload, sees_all


@hooks.register("register_admin_viewset")
def register_outreach_group():
    return OutreachGroup()


@hooks.register("register_log_actions")
def register_outreach_log_actions(actions):
    # Entries about contacts and referrals name no one and follow the rows' rule.
    for model in (OutreachContact, Referral):
        actions.register_model(model, OutreachLogEntry)


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


@hooks.register("admin_home_panels")
@hooks.register("front_page_panels")
def outreach_panel(request):
    """Reached by outreach → enrolled, over the last year: a worker's own contacts,
    a coordinator's all."""
    user = request.user
    if not (sees_all(user) or has_caseload(user)):
        return None
    figures = reporting.reached_and_enrolled(access.contacts_for(OutreachContact.objects, user))
    return FrontPagePanel(
        title=_("Outreach"),
        template="outreach/panel.html",
        order=25,
        context={**figures, "url": reverse("outreach_contacts:index")},
    )
