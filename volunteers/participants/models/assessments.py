"""Assessments: the initial assessment (alkukartoitus) with questions coordinators
edit, and Kykyviisari summaries.

Kykyviisari runs in TTL's own service (a registered trademark): we record only
that it was done, when, in which phase and, with her consent, the summary scores.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cms.vocabularies import ConsentPurpose
from volunteers.participants.models.participants import Participant


class InitialAssessmentQuestion(models.Model):
    """A question of the initial assessment form; coordinators edit the list."""

    text = models.CharField(_("question"), max_length=255)
    help_text = models.CharField(_("help text"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(
        _("in use"), default=True, help_text=_("Retired questions keep their old answers.")
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_initialassessmentquestion"
        verbose_name = _("initial assessment question")
        verbose_name_plural = _("initial assessment questions")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.text


class InitialAssessment(ClusterableModel):
    """The initial assessment done on entry."""

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="initial_assessments",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_initialassessment"
        verbose_name = _("initial assessment")
        verbose_name_plural = _("initial assessments")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.participant} {self.date}"


class InitialAssessmentAnswer(models.Model):
    assessment = ParentalKey(InitialAssessment, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        InitialAssessmentQuestion,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    answer = models.TextField(_("answer"), blank=True)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_initialassessmentanswer"
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["question__sort_order", "pk"]

    def __str__(self):
        return f"{self.question}: {self.answer[:40]}"


class Phase(models.TextChoices):
    START = "start", _("start")
    MIDDLE = "middle", _("middle")
    END = "end", _("end")


PHASE_ORDER = {Phase.START: 0, Phase.MIDDLE: 1, Phase.END: 2}

# (field name, label): the summary scores Kykyviisari reports, all 0–10.
KYKYVIISARI_SCORES = [
    ("work_ability", _("overall work ability")),
    ("functional_capacity", _("overall functional capacity")),
    ("mental_wellbeing", _("mental wellbeing")),
    ("social_participation", _("social participation")),
    ("physical_functioning", _("physical functioning")),
    ("skills", _("skills")),
    ("everyday_life", _("smooth everyday life")),
]


def _score(label):
    return models.SmallIntegerField(
        label,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(0, _("A score is between 0 and 10.")),
            MaxValueValidator(10, _("A score is between 0 and 10.")),
        ],
    )


class KykyviisariSummary(models.Model):
    """That a Kykyviisari self-assessment was done, and (with consent) its summary scores."""

    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="kykyviisari",
    )
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    work_ability = _score(KYKYVIISARI_SCORES[0][1])
    functional_capacity = _score(KYKYVIISARI_SCORES[1][1])
    mental_wellbeing = _score(KYKYVIISARI_SCORES[2][1])
    social_participation = _score(KYKYVIISARI_SCORES[3][1])
    physical_functioning = _score(KYKYVIISARI_SCORES[4][1])
    skills = _score(KYKYVIISARI_SCORES[5][1])
    everyday_life = _score(KYKYVIISARI_SCORES[6][1])

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_kykyviisarisummary"
        verbose_name = _("Kykyviisari summary")
        verbose_name_plural = _("Kykyviisari summaries")
        ordering = ["participant", "date"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "phase"], name="kykyviisari_per_phase")
        ]

    def __str__(self):
        return f"{self.participant}: {self.get_phase_display()} {self.date}"

    def has_scores(self):
        return any(getattr(self, name) is not None for name, _label in KYKYVIISARI_SCORES)

    def clean(self):
        super().clean()
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date cannot be in the future.")})
        if (
            self.participant_id
            and self.has_scores()
            and not self.participant.has_consent(ConsentPurpose.KYKYVIISARI)
        ):
            raise ValidationError(
                _(
                    "Scores can be recorded only with her current consent for Kykyviisari "
                    "scores. Record the consent first, or leave the scores empty."
                )
            )
