"""Listing filters (django-filter). Choices are limited to the page's locale so a
theme appears once, in the reader's language; filter values are the slugs and
codes shared by every language so links survive a language switch."""

import django_filters
from django.utils.translation import gettext_lazy as _

from cms.vocabularies import SpokenLanguage

from .taxonomy import Audience, Language, Theme


class _LocaleFilterSet(django_filters.FilterSet):
    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        if "theme" in self.filters and locale is not None:
            self.filters["theme"].queryset = Theme.objects.filter(locale=locale)


class ThemePackageFilter(_LocaleFilterSet):
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        field_name="theme__slug",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        empty_label=_("All themes"),
        method="filter_theme",
    )
    audience = django_filters.ModelChoiceFilter(
        label=_("Audience"),
        field_name="audiences",
        to_field_name="code",
        queryset=Audience.objects.all(),
        empty_label=_("All audiences"),
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language"),
        field_name="languages_available",
        to_field_name="code",
        queryset=Language.objects.all(),
        empty_label=_("All languages"),
    )

    def filter_theme(self, queryset, name, value):
        return queryset.filter(theme__slug=value.slug)


class MeetingFilter(_LocaleFilterSet):
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        to_field_name="slug",
        queryset=Theme.objects.all(),
        empty_label=_("All themes"),
        method="filter_theme",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language group"),
        field_name="language_group",
        choices=SpokenLanguage.choices,
        empty_label=_("All languages"),
    )

    def filter_theme(self, queryset, name, value):
        return queryset.filter(theme_package__theme__slug=value.slug)


class GuideFilter(django_filters.FilterSet):
    audience = django_filters.ModelChoiceFilter(
        label=_("Audience"),
        field_name="audiences",
        to_field_name="code",
        queryset=Audience.objects.all(),
        empty_label=_("All audiences"),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
