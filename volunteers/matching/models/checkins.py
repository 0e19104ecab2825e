"""Match health check-ins: a short question to the volunteer (in her portal) and the
family's own view (recorded by a coordinator), at 30 days and then every 60 days."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from volunteers.matching.models.matches import Match


class MatchCheckIn(models.Model):
    """One check-in of one side of a match; unanswered until ``answered_at`` is set."""

    class Side(models.TextChoices):
        VOLUNTEER = "volunteer", _("volunteer")
        FAMILY = "family", _("family")

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="checkins")
    side = models.CharField(_("from"), max_length=10, choices=Side.choices)
    number = models.PositiveSmallIntegerField(_("check-in number"))
    due_on = models.DateField(_("due on"))
    rating = models.PositiveSmallIntegerField(
        _("how is it going? (1–5)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    meetings_held = models.PositiveSmallIntegerField(
        _("meetings held since the last check-in"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(200)],
    )
    note = models.TextField(_("anything the coordinator should know"), max_length=1000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A coordinator has looked at a low or missing answer: it leaves the attention panel.
    seen_at = models.DateTimeField(_("seen by a coordinator"), null=True, blank=True)
    created_at = models.DateTimeField(_("opened"), auto_now_add=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["-due_on", "side"]
        constraints = [
            models.UniqueConstraint(
                fields=["match", "side", "number"], name="one_checkin_per_match_side_number"
            )
        ]

    def __str__(self):
        return f"{self.match_id} {self.side} #{self.number}"

    @property
    def answered(self) -> bool:
        return self.answered_at is not None
