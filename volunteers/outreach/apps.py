from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    """Outreach contacts with mothers not yet enrolled, partner organisations and
    referrals in and out."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.outreach"
    label = "outreach"
    verbose_name = _("Outreach and partners")
