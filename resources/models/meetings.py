"""Theme-meeting pages and their upcoming listing."""

import datetime
import functools

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.vocabularies import SpokenLanguage

from .filters import MeetingFilter
from .listing import FilteredListingMixin
from .places import municipality_names
from .taxonomy import Language, Venue
from .themes import ThemePackagePage


def upcoming_meetings(queryset=None, now=None):
    """Live meetings that have not ended yet, soonest first, with what listings show."""
    now = now or timezone.now()
    queryset = ThemeMeetingPage.objects.all() if queryset is None else queryset
    return (
        queryset.live()
        .filter(end__gte=now)
        .select_related("venue", "theme_package__theme")
        .order_by("start", "path")
    )


def one_per_meeting(queryset, locale=None):
    """Each meeting once across its translations, in the reader's language if possible.

    A translated meeting is one event: every listing and count keeps, per translation
    key, the copy in `locale` (default: the active language) if the queryset holds
    one, else the source copy in the default language, else the oldest copy.
    """
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    same_meeting = queryset.order_by().filter(translation_key=OuterRef("translation_key"))
    in_reader_language = Exists(same_meeting.filter(locale=locale))
    in_default_language = Exists(same_meeting.filter(locale=default))
    older_copy = Exists(same_meeting.filter(pk__lt=OuterRef("pk")))
    if locale == default:
        # The same rule with the middle case folded into the first: a third less SQL
        # to build and plan for the many readers in the default language.
        return queryset.filter(models.Q(locale=locale) | (~in_reader_language & ~older_copy))
    return queryset.filter(
        models.Q(locale=locale)
        | (~in_reader_language & models.Q(locale=default))
        | (~in_reader_language & ~in_default_language & ~older_copy)
    )


def source_meeting(meeting):
    """The copy of a meeting that its attendance belongs to: the default-language one
    (the source of its translations), or the oldest copy when there is none."""
    default = Locale.get_default()
    return (
        ThemeMeetingPage.objects.filter(translation_key=meeting.translation_key)
        .annotate(
            preference=Case(
                When(locale=default, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("preference", "pk")
        .first()
    )


def attach_places(meetings):
    """Fill `place` of each meeting with one query for all their venues' translations,
    so a listing costs the same whether it shows one meeting or fifty. The names of
    the municipalities are read for all of them at the first place's
    `municipality_name` (one query; none if the listing shows no municipality)."""
    meetings = list(meetings)
    wanted = {
        (m.venue.translation_key, m.locale_id) for m in meetings if m.venue.locale_id != m.locale_id
    }
    found = {}
    if wanted:
        keys = {key for key, _locale in wanted}
        locales = {locale for _key, locale in wanted}
        for venue in Venue.objects.filter(translation_key__in=keys, locale_id__in=locales):
            found[(venue.translation_key, venue.locale_id)] = venue
    names = functools.cache(municipality_names)
    for meeting in meetings:
        meeting.place = found.get((meeting.venue.translation_key, meeting.locale_id), meeting.venue)
        meeting.place.municipality_names_of_listing = names
    return meetings


def end_of_week(now=None) -> datetime.datetime:
    """Sunday midnight (local time) after `now`: the boundary of "this week"."""
    local = timezone.localtime(now or timezone.now())
    monday = (local - datetime.timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday + datetime.timedelta(days=7)


class MeetingIndexPage(FilteredListingMixin, Page):
    """Lists the upcoming theme meetings: this week, then later."""

    intro = RichTextField(_("introduction"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ThemeMeetingPage"]
    listing_model_name = "ThemeMeetingPage"
    filterset_class = MeetingFilter
    paginate_by = 20

    class Meta:
        verbose_name = _("theme meeting index")

    def listing_queryset(self):
        return upcoming_meetings(ThemeMeetingPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        boundary = end_of_week()
        meetings = attach_places(context["items"])
        context["this_week"] = [m for m in meetings if m.start < boundary]
        context["later"] = [m for m in meetings if m.start >= boundary]
        return context


class ThemeMeetingPage(Page):
    """One theme meeting: when, where, which package, in which language group."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="meetings"
    )
    theme_package = models.ForeignKey(
        ThemePackagePage,
        verbose_name=_("theme package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    language_group = models.CharField(
        _("language group"),
        max_length=10,
        choices=SpokenLanguage.choices,
        help_text=_("The language the group speaks."),
    )
    interpreter_languages = ParentalManyToManyField(
        Language,
        verbose_name=_("interpreter languages"),
        blank=True,
        related_name="interpreted_meetings",
    )
    childcare_places = models.PositiveSmallIntegerField(
        _("childcare places"),
        default=0,
        help_text=_("How many children can be looked after during the meeting."),
    )
    notes = RichTextField(_("notes"), blank=True, features=["bold", "italic", "ul", "link"])
    seats = models.PositiveSmallIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Mothers who can register; empty: no limit.")
    )
    # Set on meetings a series made (resources/series.py): `series_date` is the date
    # the series planned, kept when the meeting is moved, so regenerating the series
    # recognises it.
    series = models.ForeignKey(
        "resources.MeetingSeries",
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    series_date = models.DateField(_("planned date in the series"), null=True, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Time")),
        FieldPanel("venue"),
        FieldPanel("theme_package"),
        FieldPanel("language_group"),
        FieldPanel("interpreter_languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("childcare_places"),
        FieldPanel("seats"),
        FieldPanel("notes"),
    ]
    # Every translation of a meeting is held at the same place: the page keeps the
    # Finnish venue and shows the venue's translation (see `place`), so a meeting can
    # be translated before its venue is.
    override_translatable_fields = [
        SynchronizedField("venue"),
        SynchronizedField("seats", overridable=False),
        SynchronizedField("cancelled", overridable=False),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("notes"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.RelatedFields(
            "venue", [index.SearchField("name"), index.SearchField("municipality")]
        ),
    ]
    parent_page_types = ["resources.MeetingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme meeting")
        ordering = ["start"]

    # The venue, the theme package and its locale in one query with the page rather
    # than three: the page served is read with them (home/routing.py).
    route_select_related = ("venue", "theme_package__locale")

    def get_context(self, request, *args, **kwargs):
        if not all(
            self._meta.get_field(name).is_cached(self) for name in ("venue", "theme_package")
        ):
            # Read otherwise (a preview, Wagtail's own routing): one query for them.
            related = ThemeMeetingPage.objects.select_related(*self.route_select_related).get(
                pk=self.pk
            )
            self.venue, self.theme_package = related.venue, related.theme_package
        return super().get_context(request, *args, **kwargs)

    @cached_property
    def place(self):
        """The venue in the page's language (its translation, or the venue itself)."""
        if self.venue.locale_id == self.locale_id:
            return self.venue
        return (
            Venue.objects.filter(
                translation_key=self.venue.translation_key, locale_id=self.locale_id
            ).first()
            or self.venue
        )

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The meeting must end after it starts.")})
