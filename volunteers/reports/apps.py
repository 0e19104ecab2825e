from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Aggregate reports over the people apps, for the funder, steering group and coordinators."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.reports"
    label = "reports"
    verbose_name = _("Reports")
