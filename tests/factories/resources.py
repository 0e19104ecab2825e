"""Factories for the content pages. Pass parent= to place a page in the tree."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from resources.models import (
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
    MeetingIndexPage,
    Theme,
    ThemeIndexPage,
    ThemeMeetingPage,
    ThemePackagePage,
    Venue,
)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Teema {n}")
    slug = factory.Sequence(lambda n: f"teema-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Perhekeskus {n}")
    municipality = "Kemi"
    address = "Valtakatu 1"


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Oppaat"


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Opas {n}")


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideChapterPage

    title = factory.Sequence(lambda n: f"Luku {n}")
    summary = "Lyhyt tiivistelmä."


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemeIndexPage

    title = "Teemamateriaalit"


class ThemePackagePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemePackagePage

    title = factory.Sequence(lambda n: f"Teemapaketti {n}")
    theme = factory.SubFactory(ThemeFactory)
    intro = "Materiaali yhteen teematapaamiseen."


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MeetingIndexPage

    title = "Teematapaamiset"


class ThemeMeetingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemeMeetingPage

    title = factory.Sequence(lambda n: f"Tapaaminen {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)
    language_group = "ar"
    childcare_places = 6
