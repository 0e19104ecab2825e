"""Volunteering besides the match meetings, and the training sessions volunteers attend.

Coordinators record both. Attending a training session fulfils the volunteer's
"training" screening requirement (volunteers/volunteers/training.py keeps the two in step).
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


class OtherVolunteering(models.Model):
    """Volunteering outside a match (childcare at a meeting, an event), logged by a coordinator."""

    class Kind(models.TextChoices):
        CHILDCARE = "childcare", _("childcare at a meeting")
        EVENT = "event", _("helping at an event")
        OTHER = "other", _("other volunteering")

    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="other_volunteering",
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(24 * 60)]
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("other volunteering")
        verbose_name_plural = _("other volunteering")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.date:%d.%m.%Y} ({self.duration_minutes} min)"

    def clean(self):
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date cannot be in the future.")})


class TrainingSession(ClusterableModel):
    """A training for volunteers: when, what, who trained and who attended."""

    date = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)
    trainer = models.CharField(_("trainer"), max_length=200)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.topic} {self.date:%d.%m.%Y}"

    @admin.display(description=_("attendees"))
    def attendee_count(self) -> int:
        return len(self.attendances.all())

    def clean(self):
        # Attendance is recorded once the session has been held.
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date cannot be in the future.")})


class TrainingAttendance(models.Model):
    """One volunteer at one session; it keeps the screening requirement it produced."""

    session = ParentalKey(TrainingSession, on_delete=models.CASCADE, related_name="attendances")
    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="training_attendances",
    )
    requirement = models.OneToOneField(
        "volunteers.RequirementItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="training_attendance",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+",
    )  # fmt: skip

    class Meta:
        verbose_name = _("training attendance")
        verbose_name_plural = _("training attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "volunteer"], name="one_attendance_per_volunteer_and_session"
            )
        ]

    def __str__(self):
        return f"{self.volunteer} @ {self.session}"
