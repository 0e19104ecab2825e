"""The Privacy log in the admin, read-only: exports, erasures and retention runs
(who, when, whose id). Coordinators only (view_privacyrecord)."""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms.permissions import RestrictedPolicy
from volunteers.privacy.models import PrivacyRecord

register_permission_policy(
    PrivacyRecord,
    RestrictedPolicy(PrivacyRecord, denied={"add", "change", "delete"}),
    exact_class=True,
)


class PrivacyRecordViewSet(ModelViewSet):
    model = PrivacyRecord
    icon = "lock"
    menu_label = gettext_lazy("Privacy log")
    menu_order = 324
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["kind", "subject", "subject_ref", "by", "at", "summary"]
    list_filter = ["kind", "subject"]
    search_backend_name = None
    form_fields = ["kind"]
    inspect_view_fields = ["kind", "subject", "subject_ref", "by", "at", "summary", "details"]


privacy_record_viewset = PrivacyRecordViewSet("privacy_records")
