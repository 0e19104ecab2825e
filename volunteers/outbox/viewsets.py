"""The outbox in the admin, read-only: coordinators see what could not be sent and to whom."""

import django_filters
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms.permissions import RestrictedPolicy
from volunteers.outbox.models import OutgoingEmail, OutgoingSms

for _model in (OutgoingEmail, OutgoingSms):
    register_permission_policy(
        _model, RestrictedPolicy(_model, denied={"add", "change", "delete"}), exact_class=True
    )


class FailedEmailFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=OutgoingEmail.Status.choices
    )

    class Meta:
        model = OutgoingEmail
        fields = ["status", "purpose"]


class OutgoingEmailViewSet(ModelViewSet):
    """The outbox, read-only: coordinators see what could not be sent and to whom."""

    model = OutgoingEmail
    icon = "mail"
    menu_label = gettext_lazy("Outgoing emails")
    menu_order = 323
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["subject", "to", "purpose", "status", "attempts", "created_at"]
    filterset_class = FailedEmailFilterSet
    search_fields = ["to", "subject"]
    search_backend_name = None
    list_export = ["to", "subject", "purpose", "status", "attempts", "last_error", "created_at"]
    export_filename = "outgoing-emails"
    form_fields = ["to"]
    inspect_view_fields = [
        "to",
        "subject",
        "purpose",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
    ]


outgoing_email_viewset = OutgoingEmailViewSet("outgoing_email_admin", url_prefix="outbox")


class SmsFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=OutgoingSms.Status.choices
    )

    class Meta:
        model = OutgoingSms
        fields = ["status", "purpose"]


class OutgoingSmsViewSet(ModelViewSet):
    """SMS messages, read-only: coordinators see what failed and why (delivery status)."""

    model = OutgoingSms
    icon = "mobile-alt"
    menu_label = gettext_lazy("Outgoing SMS")
    menu_order = 324
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["to", "purpose", "status", "attempts", "created_at", "sent_at"]
    filterset_class = SmsFilterSet
    search_fields = ["to"]
    search_backend_name = None
    list_export = ["to", "purpose", "status", "attempts", "last_error", "provider_id", "created_at"]
    export_filename = "outgoing-sms"
    form_fields = ["to"]
    inspect_view_fields = [
        "to",
        "body",
        "language",
        "purpose",
        "status",
        "attempts",
        "last_error",
        "backend",
        "provider_id",
        "created_at",
        "sent_at",
    ]


outgoing_sms_viewset = OutgoingSmsViewSet("outgoing_sms_admin", url_prefix="outbox-sms")
