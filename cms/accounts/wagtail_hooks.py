"""Admin hooks of accounts: the Locked logins screen and the two-step link."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.accounts import lockouts


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(lockouts.VIEW_PERMISSION)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("locked-logins/", include((lockouts.urlpatterns, "accounts_lockouts")))]


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Locked logins"), reverse("accounts_lockouts:index"), icon_name="lock", order=900
    )


@hooks.register("register_account_menu_item")
def register_two_step_account_item(request):
    return {
        "url": reverse("two_step_enrol"),
        "label": _("Two-step verification"),
        "help_text": _("Set up an authenticator app, or make new recovery codes."),
    }
