from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipantsConfig(AppConfig):
    """The mothers' records: consents, ESF profiles, assessments, attendance, caseloads."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "volunteers.participants"
    label = "participants"
    verbose_name = _("Participants")

    def ready(self):
        # Connects the receiver that tells registered mothers of a cancelled meeting.
        from volunteers.participants import reminders  # noqa: F401
        from volunteers.participants.policies import register_caseload_policies

        # Before the viewsets are registered, or they would register plain model policies.
        register_caseload_policies()
