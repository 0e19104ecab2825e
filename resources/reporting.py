"""Query functions over theme meetings for the reports app (aggregates only).

A meeting translated into several languages is one meeting: its pages share a
translation_key, and `held_meetings` keeps one page per key (the lowest id).
"""

import datetime

from django.db.models import Count, Min, Q, Sum
from django.utils import timezone

from resources.models import Theme, ThemeMeetingPage


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def meeting_translations(start=None, end=None, municipality_name=None, prefix=""):
    """Q for every live page (all translations) of the meetings that started in the
    period at a venue in the municipality; `prefix` reaches the meeting from another
    model ("meeting__"). Plain column comparisons, so the indexes serve them."""
    q = Q(**{f"{prefix}live": True})
    if start is not None:
        q &= Q(**{f"{prefix}start__gte": _day_start(start)})
    if end is not None:
        q &= Q(**{f"{prefix}start__lt": _day_start(end + datetime.timedelta(days=1))})
    if municipality_name:
        q &= Q(**{f"{prefix}venue__municipality__iexact": municipality_name})
    return q


def meeting_pages(start=None, end=None, municipality_name=None):
    """Ids of every live page (all translations) of the meetings of the period, as a
    queryset: a subquery for `meeting__in=` in the other apps' reporting functions."""
    return ThemeMeetingPage.objects.filter(
        meeting_translations(start, end, municipality_name)
    ).values("pk")


def month_and_language(start=None, end=None, municipality_name=None):
    """{page id: (first day of the meeting's month, language group)} of `meeting_pages`.
    One query over the meeting pages (thousands of rows, not the attendance's hundreds of
    thousands); the month is the local one."""
    rows = ThemeMeetingPage.objects.filter(
        meeting_translations(start, end, municipality_name)
    ).values_list("pk", "start", "language_group")
    return {
        pk: (timezone.localtime(begins).date().replace(day=1), language)
        for pk, begins, language in rows
    }


def held_meetings(start=None, end=None, municipality_name=None):
    """One page per meeting held in the period: the first of its translations."""
    pages = ThemeMeetingPage.objects.filter(meeting_translations(start, end, municipality_name))
    first_pages = (
        pages.order_by().values("translation_key").annotate(first=Min("pk")).values("first")
    )
    return ThemeMeetingPage.objects.filter(pk__in=first_pages)


def meetings_by(field, start=None, end=None, municipality_name=None):
    """{value of `field`: number of meetings}, one query."""
    rows = (
        held_meetings(start, end, municipality_name)
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
    )
    return {row[field]: row["n"] for row in rows}


def meeting_totals(start=None, end=None, municipality_name=None):
    """Meetings held and the childcare places they offered, one query."""
    return held_meetings(start, end, municipality_name).aggregate(
        meetings=Count("pk"), childcare_places=Sum("childcare_places", default=0)
    )


def theme_names(language_code):
    """{theme slug: name in `language_code`, else any translation}, one query."""
    names = {}
    for slug, name, locale in Theme.objects.values_list("slug", "name", "locale__language_code"):
        if slug not in names or locale == language_code:
            names[slug] = name
    return names
