from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Outgoing messages: stored first, sent by a task after the transaction commits."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.outbox"
    label = "outbox"
    verbose_name = _("Outbox")
