from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    """Matching runs, review and approval, the match lifecycle and its follow-up."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.matching"
    label = "matching"
    verbose_name = _("Matching and matches")

    def ready(self):
        from cms.celery import register_dispatcher
        from volunteers.matching import signals  # noqa: F401  (connects the matching triggers)
        from volunteers.matching.runs import dispatch_pending_runs

        register_dispatcher("matching runs", dispatch_pending_runs)
