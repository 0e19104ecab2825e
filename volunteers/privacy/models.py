"""The record of what was done with a person's data: exports, erasures and the
retention job's runs. Coordinators read it in the admin (Privacy log)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subject(models.TextChoices):
    PARTICIPANT = "participant", _("participant")
    VOLUNTEER = "volunteer", _("volunteer")


class PrivacyRecord(models.Model):
    """One export, erasure or retention run: who, when, whose (by id only)."""

    class Kind(models.TextChoices):
        EXPORT = "export", _("export")
        ERASURE = "erasure", _("erasure")
        RETENTION = "retention", _("retention run")

    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices, db_index=True)
    subject = models.CharField(_("whose data"), max_length=20, choices=Subject.choices, blank=True)
    # An id, never a name: the record outlives the person's data.
    subject_ref = models.PositiveBigIntegerField(_("person id"), null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty for the automatic retention job."),
    )
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    summary = models.CharField(_("summary"), max_length=255, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("privacy record")
        verbose_name_plural = _("privacy records")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.subject} #{self.subject_ref or ''}".strip()
