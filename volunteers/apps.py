from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers"
    verbose_name = _("Volunteers and participants")

    def ready(self):
        from . import signals  # noqa: F401  (connects the matching triggers)
