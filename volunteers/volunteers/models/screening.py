"""Screening requirements: each one a dated item recorded by a coordinator."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey


class RequirementKind(models.TextChoices):
    INTERVIEW = "interview", _("interview")
    TRAINING = "training", _("training")
    AGREEMENT = "agreement", _("signed agreement")
    CRIMINAL_RECORD = "criminal_record", _("criminal-record extract")


class RequirementItem(models.Model):
    """A requirement met on a date, optionally valid until an end date.

    For the criminal-record extract (Act 148/2014) only "seen on DATE by
    COORDINATOR" is kept: there is deliberately no file field, and the note must be
    empty so that nothing of the extract's contents can be written down.
    """

    volunteer = ParentalKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="requirements"
    )
    kind = models.CharField(_("requirement"), max_length=20, choices=RequirementKind.choices)
    done_on = models.DateField(_("done or seen on"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)
    reminded_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("screening requirement")
        verbose_name_plural = _("screening requirements")
        ordering = ["-done_on", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.done_on:%d.%m.%Y}"

    def clean(self):
        errors = {}
        if self.kind == RequirementKind.CRIMINAL_RECORD and self.note:
            errors["note"] = _(
                "Write nothing about the extract: only the date it was seen and by whom are kept."
            )
        if self.done_on and self.done_on > timezone.localdate():
            errors["done_on"] = _("The date cannot be in the future.")
        if self.valid_until and self.done_on and self.valid_until < self.done_on:
            errors["valid_until"] = _("The end date must be after the date it was done.")
        if errors:
            raise ValidationError(errors)

    def is_valid_on(self, day) -> bool:
        return self.done_on <= day and (self.valid_until is None or self.valid_until >= day)

    def summary(self) -> str:
        """'seen on DATE by NAME' in words, as coordinators read it."""
        who = self.recorded_by.get_full_name() if self.recorded_by else _("unknown")
        return _("%(kind)s on %(date)s by %(name)s") % {
            "kind": self.get_kind_display(),
            "date": self.done_on.strftime("%d.%m.%Y"),
            "name": who or self.recorded_by.get_username(),
        }
