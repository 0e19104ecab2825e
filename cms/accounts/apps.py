from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff and volunteer logins: two-step verification, lockout, session limits."""

    name = "cms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # Starts the staff session clock at login (the middleware module is imported
        # only at the first request, after a test's or a worker's first login).
        from cms.accounts import sessions  # noqa: F401
