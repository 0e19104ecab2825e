"""Childcare helpers: volunteers who look after the children during a theme meeting.

The assignment names a volunteer, so it lives on the people side; the meeting it
points to is content. Like registrations and attendance it is kept on the meeting's
source copy, so a meeting translated into Arabic still has one list of helpers.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MeetingHelper(models.Model):
    """One volunteer assigned to help with the childcare of one meeting."""

    meeting = models.ForeignKey(
        "resources.ThemeMeetingPage",
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="childcare_helpers",
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer",
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="meeting_helper_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    # The childcare time recorded for her once the meeting was held: set once, so
    # recording the helpers' hours twice adds nothing.
    hours = models.OneToOneField(
        "volunteers.OtherVolunteering",
        verbose_name=_("recorded hours"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_helper",
    )

    class Meta:
        verbose_name = _("childcare helper")
        verbose_name_plural = _("childcare helpers")
        ordering = ["assigned_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "volunteer"], name="one_assignment_per_meeting_and_helper"
            )
        ]

    def __str__(self):
        return f"{self.volunteer} @ {self.meeting}"
