"""Meeting series: one language group's weekly theme meeting for a term.

The series is a plan (weekday, time, venue, term, capacities, a theme per date);
`resources/series.py` turns it into ThemeMeetingPage occurrences. No personal data:
registrations and attendance live in the people layer and are only *asked about*
through the `meeting_in_use` hook, so this layer never imports them.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from cms.vocabularies import SpokenLanguage

from .taxonomy import Venue


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class MeetingSeries(ClusterableModel):
    """A weekly theme meeting of one language group over a term."""

    title = models.CharField(
        _("title"), max_length=200, help_text=_("Each meeting is titled with this and its date.")
    )
    index_page = models.ForeignKey(
        "resources.MeetingIndexPage",
        verbose_name=_("meeting listing"),
        on_delete=models.PROTECT,
        related_name="series",
        help_text=_("The meetings are published under this listing page."),
    )
    language_group = models.CharField(
        _("language group"), max_length=10, choices=SpokenLanguage.choices
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="series"
    )
    term_start = models.DateField(_("term starts"))
    term_end = models.DateField(_("term ends"))
    seats = models.PositiveSmallIntegerField(_("seats"), help_text=_("Mothers per meeting."))
    childcare_places = models.PositiveSmallIntegerField(_("childcare places"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("index_page"),
        FieldPanel("language_group"),
        MultiFieldPanel(
            [
                FieldPanel("weekday"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
            ],
            heading=_("When"),
        ),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("seats"), FieldPanel("childcare_places")]),
        InlinePanel("theme_plan", heading=_("Theme plan"), label=_("theme of a date")),
    ]

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")
        ordering = ["-term_start", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.term_start and self.term_end and self.term_end < self.term_start:
            errors["term_end"] = _("The term must end on or after the day it starts.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The meeting must end after it starts.")
        if self.seats == 0:
            errors["seats"] = _("A meeting needs at least one seat.")
        if errors:
            raise ValidationError(errors)


class SeriesTheme(models.Model):
    """The theme package planned for one date of a series."""

    series = ParentalKey(MeetingSeries, on_delete=models.CASCADE, related_name="theme_plan")
    date = models.DateField(_("date"))
    theme_package = models.ForeignKey(
        "resources.ThemePackagePage",
        verbose_name=_("theme package"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("date"), FieldPanel("theme_package")]

    class Meta:
        verbose_name = _("theme of a date")
        verbose_name_plural = _("theme plan")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["series", "date"], name="one_theme_per_series_date")
        ]

    def __str__(self):
        return f"{self.date}: {self.theme_package}"
