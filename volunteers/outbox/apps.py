from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Outgoing messages: stored first, sent by a task after the transaction commits."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.outbox"
    label = "outbox"
    verbose_name = _("Outbox")

    def ready(self):
        from cms.celery import register_dispatcher
        from volunteers.outbox.services import dispatch_pending_emails, dispatch_pending_sms

        register_dispatcher("emails", dispatch_pending_emails)
        register_dispatcher("sms", dispatch_pending_sms)
