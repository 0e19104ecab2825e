from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff and volunteer logins: two-step verification, lockout, session limits."""

    name = "cms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
