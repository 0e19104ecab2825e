"""Matching runs, their suggestions, and the coordinators' pins and exclusions."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from volunteers.matching.engine.algorithm import CRITERIA, DEFAULT_WEIGHTS

CRITERION_LABELS = {
    "language": _("shared language"),
    "distance": _("distance"),
    "availability": _("availability"),
    "children_ages": _("children's ages"),
    "interests": _("shared interests"),
    "waiting_time": _("waiting time"),
}


def _weight_field(criterion):
    return models.FloatField(
        CRITERION_LABELS[criterion],
        default=DEFAULT_WEIGHTS[criterion],
        validators=[MinValueValidator(0), MaxValueValidator(10)],
        help_text=_("0 ignores the criterion; 10 is the most important."),
    )


@register_setting(icon="cogs")
class MatchingWeights(BaseGenericSetting):
    """How much each soft criterion counts. Coordinators edit these in Settings."""

    language = _weight_field("language")
    distance = _weight_field("distance")
    availability = _weight_field("availability")
    children_ages = _weight_field("children_ages")
    interests = _weight_field("interests")
    waiting_time = _weight_field("waiting_time")
    alternatives = models.PositiveSmallIntegerField(
        _("alternatives per participant"),
        default=3,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )

    panels = [
        MultiFieldPanel([FieldPanel(c) for c in CRITERIA], heading=_("Weights")),
        FieldPanel("alternatives"),
    ]

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_matchingweights"
        verbose_name = _("matching weights")

    def as_dict(self) -> dict[str, float]:
        return {criterion: float(getattr(self, criterion)) for criterion in CRITERIA}

    def clean(self):
        from django.core.exceptions import ValidationError

        if not any(self.as_dict().values()):
            raise ValidationError(_("At least one weight must be above zero."))


class MatchingRun(models.Model):
    """One computation of suggestions for the whole cohort, done by a Celery task."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        SUCCEEDED = "succeeded", _("finished")
        FAILED = "failed", _("failed")

    class Trigger(models.TextChoices):
        MANUAL = "manual", _("a coordinator")
        VOLUNTEER_APPROVED = "volunteer_approved", _("a volunteer was approved")
        PARTICIPANT_MATCHABLE = "participant_matchable", _("a participant became matchable")
        COMMAND = "command", _("the run_matching command")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    trigger = models.CharField(
        _("started by"), max_length=30, choices=Trigger.choices, default=Trigger.MANUAL
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    progress_message = models.CharField(_("progress message"), max_length=200, blank=True)
    participants_count = models.PositiveIntegerField(_("participants"), default=0)
    volunteers_count = models.PositiveIntegerField(_("volunteers"), default=0)
    feasible_pairs = models.PositiveBigIntegerField(_("feasible pairs"), default=0)
    suggestions_count = models.PositiveIntegerField(_("suggestions"), default=0)
    matched_count = models.PositiveIntegerField(_("participants with a suggestion"), default=0)
    total_score = models.FloatField(_("total score"), null=True, blank=True)
    timings = models.JSONField(_("timings (s)"), default=dict, blank=True)
    weights = models.JSONField(_("weights used"), default=dict, blank=True)
    algorithm_version = models.CharField(_("algorithm version"), max_length=20, blank=True)
    input_hash = models.CharField(_("input hash"), max_length=64, blank=True)
    error = models.TextField(_("error"), blank=True)
    # When the task was last handed to the broker; empty while the broker could not be
    # reached. The dispatcher sends a queued run that is empty or old here.
    dispatched_at = models.DateTimeField(_("handed to the task queue"), null=True, blank=True)
    # The running task touches this every few seconds; a running run whose heartbeat is
    # old lost its worker, and the dispatcher queues it again.
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    # host:pid of the process running it, to tell a dead worker's redelivery from a
    # duplicate delivery while the first is still at work.
    worker = models.CharField(_("worker process"), max_length=255, blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_matchingrun"
        verbose_name = _("matching run")
        verbose_name_plural = _("matching runs")
        ordering = ["-created_at"]
        permissions = [("run_matching", _("Can run matching and review its suggestions"))]
        constraints = [
            # A burst of triggers joins the one queued run instead of queueing more.
            models.UniqueConstraint(
                fields=["status"], condition=Q(status="queued"), name="one_queued_matching_run"
            )
        ]

    def __str__(self):
        return f"#{self.pk} {self.get_status_display()}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)


class MatchSuggestion(models.Model):
    """A suggested pair from a run: rank 0 is the optimal assignment, 1… alternatives.

    The breakdown holds each criterion's raw score in [0, 1]; with the run's weights,
    ``score == sum(weight * breakdown) / sum(weights)``.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        SUPERSEDED = "superseded", _("replaced by a newer run")

    run = models.ForeignKey(MatchingRun, on_delete=models.CASCADE, related_name="suggestions")
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="suggestions"
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="suggestions"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))
    breakdown = models.JSONField(_("score breakdown"), default=dict)
    pinned = models.BooleanField(_("pinned"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_matchsuggestion"
        verbose_name = _("match suggestion")
        verbose_name_plural = _("match suggestions")
        ordering = ["participant_id", "rank"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "participant", "volunteer"], name="one_suggestion_per_pair_per_run"
            )
        ]

    def __str__(self):
        return f"{self.participant_id} – {self.volunteer_id} ({self.score:.2f})"

    def weighted_parts(self) -> list[tuple[str, str, float, float]]:
        """(criterion, label, raw score, share of the total) for the explanation."""
        weights = self.run.weights
        total = sum(weights.values()) or 1.0
        return [
            (
                c,
                CRITERION_LABELS[c],
                self.breakdown.get(c, 0.0),
                weights.get(c, 0.0) * self.breakdown.get(c, 0.0) / total,
            )
            for c in CRITERIA
        ]


class PairRule(models.Model):
    """A coordinator's decision about one pair before or after a run.

    PIN forces the pair into the next runs; EXCLUDE and REJECTED keep it out ("never
    re-suggest a pair a coordinator rejected") until a coordinator clears the rule.
    """

    class Kind(models.TextChoices):
        PIN = "pin", _("pinned")
        EXCLUDE = "exclude", _("excluded")
        REJECTED = "rejected", _("rejected")

    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="pair_rules"
    )
    volunteer = models.ForeignKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="pair_rules"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    reason = models.TextField(_("reason"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    cleared_at = models.DateTimeField(_("cleared"), null=True, blank=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_pairrule"
        verbose_name = _("pair rule")
        verbose_name_plural = _("pair rules")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "volunteer"],
                condition=Q(cleared_at__isnull=True),
                name="one_open_rule_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.participant_id} – {self.volunteer_id}"
