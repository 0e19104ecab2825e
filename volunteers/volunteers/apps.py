from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    """Sign-up, screening, eligibility and the volunteer's portal."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.volunteers"
    label = "volunteers"  # the label (and so the tables and permissions) of the first version
    verbose_name = _("Volunteers")

    def ready(self):
        from volunteers.volunteers import training

        training.connect()
