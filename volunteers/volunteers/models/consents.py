"""Consents given by volunteers, per purpose, in their language, with the notice version."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.vocabularies import ConsentPurpose


class VolunteerConsent(models.Model):
    """One consent of one volunteer for one purpose; withdrawal keeps the row."""

    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=ConsentPurpose.choices)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=10)
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("volunteer consent")
        verbose_name_plural = _("volunteer consents")
        ordering = ["-given_at"]

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.privacy_notice_version})"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None
