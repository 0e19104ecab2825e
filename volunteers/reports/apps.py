from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Aggregate reports over the people apps, for the funder, steering group and coordinators."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.reports"
    label = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.db.backends.signals import connection_created

        from cms.aggregates import register_sqlite_functions

        # The reports also work on the SQLite database of a first `make run`.
        connection_created.connect(register_sqlite_functions, dispatch_uid="reports_sqlite")
