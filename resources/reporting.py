"""Query functions over theme meetings for the reports app (aggregates only).

A meeting translated into several languages is one meeting: its pages share a
translation_key, and `held_meetings` keeps one page per key (the lowest id).
"""

from django.db.models import Count, OuterRef, Subquery, Sum

from cms.aggregates import between
from resources.models import Theme, ThemeMeetingPage


def held_meetings(start=None, end=None, municipality_name=None):
    """One live page per meeting that started in the period (in the municipality)."""
    first_translation = (
        ThemeMeetingPage.objects.live()
        .filter(translation_key=OuterRef("translation_key"))
        .order_by("pk")
        .values("pk")[:1]
    )
    meetings = ThemeMeetingPage.objects.live().filter(
        between("start__date", start, end), pk=Subquery(first_translation)
    )
    if municipality_name:
        meetings = meetings.filter(venue__municipality__iexact=municipality_name)
    return meetings


def meeting_translations(start=None, end=None, municipality_name=None):
    """Every page (all translations) of the meetings `held_meetings` counts."""
    keys = held_meetings(start, end, municipality_name).values("translation_key")
    return ThemeMeetingPage.objects.filter(translation_key__in=keys)


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
