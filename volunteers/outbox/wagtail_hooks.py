"""Admin hooks of the outbox: its read-only lists of outgoing emails and SMS."""

from wagtail import hooks

from volunteers.outbox.viewsets import outgoing_email_viewset, outgoing_sms_viewset


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return outgoing_email_viewset


@hooks.register("register_admin_viewset")
def register_sms_viewset():
    return outgoing_sms_viewset
