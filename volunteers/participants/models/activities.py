"""Activities: theme-meeting attendance (with childcare and interpreter use),
guidance visits at home, introductory visits and task packages handed out."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from volunteers.participants.models.participants import Participant

# More children than this in one mother's childcare is a typing error.
MAX_CHILDREN_IN_CHILDCARE = 15


class MeetingAttendance(models.Model):
    """One participant at one theme meeting."""

    meeting = models.ForeignKey(
        "resources.ThemeMeetingPage",
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    present = models.BooleanField(_("present"), default=False)
    children_in_childcare = models.PositiveSmallIntegerField(
        _("children in childcare"),
        default=0,
        validators=[MaxValueValidator(MAX_CHILDREN_IN_CHILDCARE)],
    )
    interpreter_used = models.BooleanField(_("interpreter used"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_meetingattendance"
        verbose_name = _("meeting attendance")
        verbose_name_plural = _("meeting attendances")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "participant"], name="attendance_once_per_meeting"
            )
        ]

    def __str__(self):
        return f"{self.participant} @ {self.meeting}"


class HomeVisit(models.Model):
    """Guidance at home (ohjaus kotona)."""

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="home_visits",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("worker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = models.CharField(_("topics"), max_length=255, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_homevisit"
        verbose_name = _("guidance visit at home")
        verbose_name_plural = _("guidance visits at home")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.participant} {self.date}"


class IntroductoryVisit(models.Model):
    """A visit to a leisure place or public office, to get to know it."""

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="introductory_visits",
    )
    place = models.CharField(_("place"), max_length=200)
    date = models.DateField(_("date"), default=timezone.localdate)
    who_went = models.CharField(
        _("who went"), max_length=255, help_text=_("Workers, volunteers or family members.")
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_introductoryvisit"
        verbose_name = _("introductory visit")
        verbose_name_plural = _("introductory visits")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.place} {self.date}"


class TaskPackageHandout(models.Model):
    """A task package (tehtäväpaketti) handed out to a family."""

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="task_packages",
    )
    package = models.ForeignKey(
        "resources.ThemePackagePage",
        verbose_name=_("theme package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.CharField(_("description"), max_length=255, blank=True)
    date = models.DateField(_("handed out on"), default=timezone.localdate)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_taskpackagehandout"
        verbose_name = _("task package handed out")
        verbose_name_plural = _("task packages handed out")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.participant} {self.date}"
