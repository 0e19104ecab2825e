"""Admin hooks of the privacy app: its URLs, the export and erase buttons on a
person's pages, the Privacy log and the audit-log actions."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import HeaderButton

from cms.person_actions import HOOK
from volunteers.participants.models import Participant
from volunteers.privacy import permissions, views
from volunteers.privacy.erasure import ERASE_ACTION, EXPORT_ACTION
from volunteers.privacy.models import Subject
from volunteers.privacy.viewsets import privacy_record_viewset
from volunteers.volunteers.models import Volunteer


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [path("privacy/", include((views.urlpatterns, "privacy")))]


@hooks.register("register_admin_viewset")
def register_privacy_viewset():
    return privacy_record_viewset


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Personal data export"), _("Personal data exported"))
    actions.register_action(ERASE_ACTION, _("Erasure"), _("Personal data erased"))


@hooks.register(HOOK)
def person_buttons(request, obj):
    """Export (JSON and a readable page) and Erase, for those allowed."""
    user = request.user
    if isinstance(obj, Participant):
        subject = Subject.PARTICIPANT
        can_export = permissions.can_export_participant(user, obj)
        can_erase = permissions.can_erase_participant(user, obj)
    elif isinstance(obj, Volunteer):
        subject = Subject.VOLUNTEER
        can_export = permissions.can_export_volunteer(user)
        can_erase = permissions.can_erase_volunteer(user)
    else:
        return []
    buttons = []
    if can_export:
        for fmt, label in (("html", _("Export data (page)")), ("json", _("Export data (JSON)"))):
            url = reverse("privacy:export", args=[subject, obj.pk, fmt])
            buttons.append(HeaderButton(label, url=url, icon_name="download"))
    if can_erase and not obj.anonymised_at:
        url = reverse("privacy:erase", args=[subject, obj.pk])
        buttons.append(HeaderButton(_("Erase personal data"), url=url, icon_name="bin"))
    return buttons
