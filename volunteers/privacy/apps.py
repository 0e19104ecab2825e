from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Data subjects' rights over the whole people side: export (GDPR art. 15/20),
    erasure (art. 17) and retention. It sits above participants, volunteers,
    matching and the outbox, because one person's data is spread over all of them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
