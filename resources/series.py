"""Meeting series → theme-meeting occurrences.

`generate(series)` creates, updates or removes the series' meetings for its term,
skipping Finnish public holidays (the `holidays` library). It checks everything
first and then writes in one transaction, so bad input saves nothing. A meeting
that has registrations or attendance (asked through the ``meeting_in_use`` hook,
which the people layer answers) is never deleted by editing the series.
"""

import datetime
from dataclasses import dataclass, field

import holidays
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale

from resources.models import MeetingSeries, ThemeMeetingPage
from resources.signals import meeting_cancelled, meeting_moved

IN_USE_HOOK = "meeting_in_use"


def finnish_holidays(start: datetime.date, end: datetime.date) -> dict:
    """Finnish public holidays between `start` and `end`, {date: name}."""
    years = range(start.year, end.year + 1)
    return dict(holidays.country_holidays("FI", years=years, language="fi"))


def planned_dates(series: MeetingSeries) -> list[datetime.date]:
    """The series' weekday in its term, public holidays left out."""
    if not (series.term_start and series.term_end) or series.term_end < series.term_start:
        return []
    skip = finnish_holidays(series.term_start, series.term_end)
    first = series.term_start + datetime.timedelta(
        days=(series.weekday - series.term_start.weekday()) % 7
    )
    dates = []
    day = first
    while day <= series.term_end:
        if day not in skip:
            dates.append(day)
        day += datetime.timedelta(days=7)
    return dates


def at(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """`day` at `time` in the project's time zone (Europe/Helsinki), aware."""
    return timezone.make_aware(datetime.datetime.combine(day, time))


def meetings_in_use(meetings) -> set:
    """Translation keys of `meetings` that have registrations or attendance."""
    keys = {m.translation_key for m in meetings}
    used = set()
    for hook in hooks.get_hooks(IN_USE_HOOK):
        used |= set(hook(keys))
    return used


def _label(meeting) -> str:
    when = formats.date_format(timezone.localtime(meeting.start), "SHORT_DATETIME_FORMAT")
    return f"{meeting.title} ({when})"


def conflicts(venue_id, language_group, start, end, exclude_keys=()) -> list[str]:
    """Messages for live meetings that clash with [start, end): the venue booked, or
    the language group already meeting then. Each meeting counts once (source copy)."""
    overlapping = (
        ThemeMeetingPage.objects.filter(
            locale=Locale.get_default(), cancelled=False, start__lt=end, end__gt=start
        )
        .filter(Q(venue_id=venue_id) | Q(language_group=language_group))
        .exclude(translation_key__in=list(exclude_keys))
    )
    messages = []
    for other in overlapping:
        if other.venue_id == venue_id:
            messages.append(
                _("The venue is already booked then: %(meeting)s.") % {"meeting": _label(other)}
            )
        else:
            messages.append(
                _("The language group already has a meeting then: %(meeting)s.")
                % {"meeting": _label(other)}
            )
    return messages


@dataclass
class Result:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    deleted: list = field(default_factory=list)
    kept_in_use: list = field(default_factory=list)


def check(series: MeetingSeries, theme_plan=None) -> list[datetime.date]:
    """The dates the series will have; ValidationError (all problems at once) if the
    series has no dates, its theme plan names a date it has no meeting on, or an
    occurrence clashes with another meeting at the venue or of the language group."""
    dates = planned_dates(series)
    if not dates:
        raise ValidationError(
            _(
                "The series has no meeting dates: between the term's start and end there is "
                "no %(weekday)s that is not a public holiday."
            )
            % {"weekday": series.get_weekday_display()},
            code="no_dates",
        )
    errors = []
    theme_plan = list(series.theme_plan.all()) if theme_plan is None else theme_plan
    for item in theme_plan:
        if item.date not in dates:
            errors.append(
                _("The theme plan has %(date)s, but the series has no meeting that day.")
                % {"date": formats.date_format(item.date, "SHORT_DATE_FORMAT")}
            )
    own = {}
    if series.pk:
        own = {
            m.series_date: m
            for m in ThemeMeetingPage.objects.filter(series=series, locale=Locale.get_default())
        }
    own_keys = {m.translation_key for m in own.values()}
    for day in dates:
        meeting = own.get(day)
        if meeting is not None and _was_moved(meeting):
            continue  # a moved occurrence keeps its own, already checked, time
        start, end = at(day, series.start_time), at(day, series.end_time)
        errors.extend(conflicts(series.venue_id, series.language_group, start, end, own_keys))
    if errors:
        raise ValidationError(errors)
    return dates


def _was_moved(meeting) -> bool:
    return timezone.localdate(meeting.start) != meeting.series_date


def _apply(series, meeting, day, theme_by_date):
    """Copy the series' plan onto one occurrence; True if anything changed."""
    values = {
        "title": f"{series.title} {formats.date_format(day, 'SHORT_DATE_FORMAT')}",
        "venue_id": series.venue_id,
        "language_group": series.language_group,
        "seats": series.seats,
        "childcare_places": series.childcare_places,
        "theme_package_id": theme_by_date.get(day),
    }
    if meeting.pk is None or not _was_moved(meeting):
        values["start"] = at(day, series.start_time)
        values["end"] = at(day, series.end_time)
    changed = False
    for name, value in values.items():
        if getattr(meeting, name) != value:
            setattr(meeting, name, value)
            changed = True
    return changed


def generate(series: MeetingSeries) -> Result:
    """Make the series' meetings match the series (after `check` has passed)."""
    dates = check(series)
    theme_by_date = {item.date: item.theme_package_id for item in series.theme_plan.all()}
    index = series.index_page.specific
    existing = {
        m.series_date: m
        for m in ThemeMeetingPage.objects.filter(series=series, locale=index.locale_id)
    }
    result = Result()
    with transaction.atomic():
        for day in dates:
            meeting = existing.get(day)
            if meeting is None:
                meeting = ThemeMeetingPage(
                    series=series,
                    series_date=day,
                    locale_id=index.locale_id,
                    slug=f"{slugify(series.title)[:40]}-{series.pk}-{day.isoformat()}",
                )
                _apply(series, meeting, day, theme_by_date)
                index.add_child(instance=meeting)
                meeting.save_revision().publish()
                result.created.append(meeting)
            elif _apply(series, meeting, day, theme_by_date):
                meeting.save_revision().publish()
                result.updated.append(meeting)
        gone = [m for day, m in existing.items() if day not in dates]
        in_use = meetings_in_use(gone)
        for meeting in gone:
            if meeting.translation_key in in_use:
                result.kept_in_use.append(meeting)
            else:
                result.deleted.append(meeting)
                for copy in ThemeMeetingPage.objects.filter(
                    translation_key=meeting.translation_key
                ).exclude(pk=meeting.pk):
                    copy.delete()
                meeting.delete()
    return result


def move(meeting: ThemeMeetingPage, start: datetime.datetime, end: datetime.datetime, user=None):
    """Move one occurrence to another time; ValidationError if it would clash."""
    if end <= start:
        raise ValidationError(_("The meeting must end after it starts."))
    problems = conflicts(
        meeting.venue_id, meeting.language_group, start, end, [meeting.translation_key]
    )
    if problems:
        raise ValidationError(problems)
    old_start = meeting.start
    with transaction.atomic():
        for copy in ThemeMeetingPage.objects.filter(translation_key=meeting.translation_key):
            copy.start, copy.end = start, end
            copy.save_revision(user=user).publish(user=user)
        transaction.on_commit(
            lambda: meeting_moved.send(
                sender=ThemeMeetingPage, meeting=meeting, old_start=old_start
            )
        )
    meeting.start, meeting.end = start, end
    return meeting


def cancel(meeting: ThemeMeetingPage, user=None):
    """Cancel one occurrence (all its translations); the registered mothers are told
    by the people layer through `meeting_cancelled`. Cancelling twice does nothing."""
    if meeting.cancelled:
        return False
    with transaction.atomic():
        for copy in ThemeMeetingPage.objects.filter(translation_key=meeting.translation_key):
            copy.cancelled = True
            copy.save_revision(user=user).publish(user=user)
        meeting_cancelled.send(sender=ThemeMeetingPage, meeting=meeting)
    meeting.cancelled = True
    return True
