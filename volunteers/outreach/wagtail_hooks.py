"""Admin hooks of outreach: the Outreach menu."""

from wagtail import hooks

from volunteers.outreach.viewsets import OutreachGroup


@hooks.register("register_admin_viewset")
def register_outreach_group():
    return OutreachGroup()
