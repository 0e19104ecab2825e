"""Admin hooks of accounts: the Locked logins screen, the two-step link, and the
two-step reset in the user list."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from cms.accounts import lockouts, two_step_reset


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(lockouts.VIEW_PERMISSION)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("locked-logins/", include((lockouts.urlpatterns, "accounts_lockouts"))),
        path(
            "two-step-reset/",
            include((two_step_reset.urlpatterns, "accounts_two_step_reset")),
        ),
    ]


@hooks.register("register_user_listing_buttons")
def two_step_reset_button(user, request_user):
    if two_step_reset.may_reset(request_user, user):
        yield ListingButton(
            _("Reset two-step verification"),
            reverse("accounts_two_step_reset:reset", args=[user.pk]),
            icon_name="key",
            priority=50,
        )


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


@hooks.register("register_log_actions")
def register_two_step_reset_action(actions):
    actions.register_action(
        two_step_reset.RESET_ACTION,
        _("Reset two-step verification"),
        _("Two-step verification reset"),
    )
