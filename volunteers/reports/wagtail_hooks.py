"""The Reports menu item and URLs, and the export action of the audit log."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.roles import VIEW_REPORTS
from volunteers.reports import views


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_REPORTS)


@hooks.register("register_admin_urls")
def register_reports_urls():
    return [path("reporting/", include((views.urlpatterns, "reports")))]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(views.MENU_LABEL, reverse("reports:index"), icon_name="table", order=400)


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    actions.register_action(views.EXPORT_ACTION, _("Export report"), _("Report exported"))
