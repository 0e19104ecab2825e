"""ESF-style entry and exit profiles and the four-week follow-up after exit.

Each answer allows "prefer not to answer": the indicators are sensitive and are
reported only as aggregate counts.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from volunteers.participants.models.participants import Participant

PREFER_NOT = "prefer_not", _("prefer not to answer")


class ProfileStage(models.TextChoices):
    ENTRY = "entry", _("at entry")
    EXIT = "exit", _("at exit")
    FOLLOW_UP = "follow_up", _("four weeks after exit")


class LabourMarketStatus(models.TextChoices):
    EMPLOYED = "employed", _("employed")
    UNEMPLOYED = "unemployed", _("unemployed")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", _("long-term unemployed")
    INACTIVE = "inactive", _("outside the labour force")
    IN_EDUCATION = "in_education", _("in education or training")
    PREFER_NOT = PREFER_NOT


class AgeBand(models.TextChoices):
    UNDER_25 = "under_25", _("under 25")
    FROM_25_TO_54 = "25_54", _("25–54")
    OVER_54 = "over_54", _("over 54")
    PREFER_NOT = PREFER_NOT


class EducationLevel(models.TextChoices):
    ISCED_0 = "isced_0", _("no formal education (ISCED 0)")
    ISCED_1_2 = "isced_1_2", _("primary or lower secondary (ISCED 1–2)")
    ISCED_3_4 = "isced_3_4", _("upper secondary or post-secondary (ISCED 3–4)")
    ISCED_5_8 = "isced_5_8", _("tertiary (ISCED 5–8)")
    PREFER_NOT = PREFER_NOT


class YesNoPreferNot(models.TextChoices):
    YES = "yes", _("yes")
    NO = "no", _("no")
    PREFER_NOT = PREFER_NOT


def _answer(label, choices):
    return models.CharField(label, max_length=30, choices=choices, blank=True)


class EsfProfile(models.Model):
    """A participant's situation at one stage; one row per stage."""

    participant = ParentalKey(Participant, on_delete=models.CASCADE, related_name="esf_profiles")
    stage = models.CharField(_("stage"), max_length=20, choices=ProfileStage.choices)
    recorded_on = models.DateField(_("recorded on"))
    labour_market_status = _answer(_("labour-market status"), LabourMarketStatus.choices)
    age_band = _answer(_("age band"), AgeBand.choices)
    education_level = _answer(_("education level"), EducationLevel.choices)
    foreign_background = _answer(_("migrant or foreign background"), YesNoPreferNot.choices)
    disability = _answer(_("disability"), YesNoPreferNot.choices)
    other_disadvantage = _answer(_("other disadvantage"), YesNoPreferNot.choices)

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_esfprofile"
        verbose_name = _("ESF profile")
        verbose_name_plural = _("ESF profiles")
        ordering = ["recorded_on"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "stage"], name="esf_profile_per_stage")
        ]

    def __str__(self):
        return f"{self.get_stage_display()} ({self.recorded_on})"
