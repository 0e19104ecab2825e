"""Matches between a volunteer and a participant, and their lifecycle as data."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.vocabularies import MATCH_ROLE_CHOICES


class Match(models.Model):
    """A volunteer supporting a participant's family, approved by a coordinator."""

    class Status(models.TextChoices):
        # Approved by a coordinator, waiting for the volunteer's yes (lifecycle.py).
        PROPOSED = "proposed", _("proposed to the volunteer")
        DECLINED = "declined", _("declined by the volunteer")
        APPROVED = "approved", _("approved")
        INTRODUCED = "introduced", _("introduced")
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused")
        ENDED = "ended", _("ended")

    class EndReason(models.TextChoices):
        COMPLETED = "completed", _("completed")
        MOVED_AWAY = "moved_away", _("moved away")
        FAMILY_WISH = "family_wish", _("the family's wish")
        VOLUNTEER_WISH = "volunteer_wish", _("the volunteer's wish")
        OTHER = "other", _("other")

    # Statuses that hold one of the volunteer's capacity places and the family's
    # place for the match's role.
    OPEN_STATUSES = (
        Status.PROPOSED,
        Status.APPROVED,
        Status.INTRODUCED,
        Status.ACTIVE,
        Status.PAUSED,
    )

    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="matches"
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="matches"
    )
    suggestion = models.ForeignKey(
        "matching.MatchSuggestion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The role the volunteer takes in this family (one open match per role), kept on
    # the match so the database can hold the rule.
    role = models.CharField(_("role"), max_length=20, choices=MATCH_ROLE_CHOICES, default="")
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.APPROVED, db_index=True
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved"), auto_now_add=True)
    answer_due = models.DateTimeField(_("answer due"), null=True, blank=True)
    answer_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    decline_reason = models.TextField(_("why the volunteer declined"), blank=True)
    introduced_on = models.DateField(_("introduced on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.CharField(
        _("end reason"), max_length=20, choices=EndReason.choices, blank=True
    )
    agreed_contact = models.CharField(
        _("agreed contact"),
        max_length=200,
        blank=True,
        help_text=_("How the volunteer reaches the family, as agreed with her."),
    )
    meeting_plan = models.TextField(_("meeting plan"), blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_match"
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-approved_at"]
        constraints = [
            # A family has at most one open match per role: a support family and a
            # godparent at once, never two of the same.
            models.UniqueConstraint(
                fields=["participant", "role"],
                condition=Q(status__in=["proposed", "approved", "introduced", "active", "paused"]),
                name="one_open_match_per_participant_role",
            )
        ]

    def __str__(self):
        return f"{self.volunteer} – {self.participant}"

    def save(self, *args, **kwargs):
        if not self.role:
            self.role = self.role_for(self.volunteer, self.participant)
        super().save(*args, **kwargs)

    @staticmethod
    def role_for(volunteer, participant) -> str:
        """The role a match of this pair takes: the family's wish when the volunteer
        takes that role, otherwise the volunteer's first role."""
        roles = list(volunteer.roles or [])
        if participant.wished_role and participant.wished_role in roles:
            return participant.wished_role
        return roles[0] if roles else ""

    @property
    def awaiting_answer(self) -> bool:
        return self.status == self.Status.PROPOSED


class MatchEvent(models.Model):
    """One move of a match: who, when, from what to what, and why."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=12, choices=Match.Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Match.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_matchevent"
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_status or '–'} → {self.to_status}"
