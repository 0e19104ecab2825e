"""Admin hooks of the outbox: its read-only list of outgoing emails."""

from wagtail import hooks

from volunteers.outbox.viewsets import outgoing_email_viewset


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return outgoing_email_viewset
