"""What happens inside a match: meetings the volunteer logs, feedback at the end,
and the follow-up alerts already sent (so a beat job never sends one twice)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from volunteers.matching.models.matches import Match


class MeetingLog(models.Model):
    """One meeting of the volunteer and the family, logged by the volunteer."""

    class Activity(models.TextChoices):
        VISIT = "visit", _("home visit")
        OUTING = "outing", _("outing")
        ERRANDS = "errands", _("errands together")
        LANGUAGE = "language", _("practising Finnish")
        PHONE = "phone", _("phone or video call")
        OTHER = "other", _("something else")

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("date"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(24 * 60)]
    )
    activity = models.CharField(_("activity"), max_length=20, choices=Activity.choices)
    note = models.TextField(
        _("note for the coordinator"),
        max_length=500,
        blank=True,
        help_text=_("Only coordinators read this. Keep it short; no health details."),
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("logged"), auto_now_add=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_meetinglog"
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date} ({self.duration_minutes} min)"


class MatchFeedback(models.Model):
    """End-of-match feedback from one side (the volunteer or the coordinator for the family)."""

    class Side(models.TextChoices):
        VOLUNTEER = "volunteer", _("volunteer")
        FAMILY = "family", _("family")

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="feedback")
    side = models.CharField(_("from"), max_length=10, choices=Side.choices)
    rating = models.PositiveSmallIntegerField(
        _("how did it go? (1–5)"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    text = models.TextField(_("feedback"), max_length=2000, blank=True)
    given_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_matchfeedback"
        verbose_name = _("match feedback")
        verbose_name_plural = _("match feedback")
        constraints = [
            models.UniqueConstraint(fields=["match", "side"], name="one_feedback_per_side")
        ]

    def __str__(self):
        return f"{self.match_id} {self.side} {self.rating}"


class FollowUpAlert(models.Model):
    """A follow-up message that was sent: the record that makes the beat jobs idempotent.

    ``period`` names the occasion ("checkin-3" = the third check-in, "quiet-14" for the
    quiet spell that started on a given date, "2026-W48" for a digest), so the unique
    constraint lets each occasion produce exactly one message.
    """

    class Kind(models.TextChoices):
        CHECKIN = "checkin", _("check-in due")
        NUDGE = "nudge", _("quiet match: volunteer nudged")
        ALERT = "alert", _("quiet match: coordinator alerted")
        DIGEST = "digest", _("weekly digest")

    match = models.ForeignKey(
        Match, null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    period = models.CharField(_("period"), max_length=40)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_followupalert"
        verbose_name = _("follow-up alert")
        verbose_name_plural = _("follow-up alerts")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["match", "kind", "period"], name="one_alert_per_match_kind_period"
            ),
            # Messages about no single match (the digest): NULLs are distinct in a plain
            # unique constraint, so these get their own partial one.
            models.UniqueConstraint(
                fields=["kind", "period"],
                condition=models.Q(match__isnull=True),
                name="one_alert_per_kind_period_without_match",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.period}"
