"""Factories for participants and their records (fictional people only)."""

import datetime

import factory
from django.utils import timezone

from cms.vocabularies import ConsentPurpose, LanguageLevel, SpokenLanguage
from resources.models import Municipality
from volunteers.participants.models import (
    KykyviisariSummary,
    MeetingAttendance,
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantLanguage,
)


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    first_name = factory.Sequence(lambda n: f"Äiti{n}")
    last_name = "Esimerkki"
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(name="Kemi"))
    entry_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))


class ParticipantLanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantLanguage

    participant = factory.SubFactory(ParticipantFactory)
    language = SpokenLanguage.ARABIC
    level = LanguageLevel.NATIVE


class ParticipantChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantChild

    participant = factory.SubFactory(ParticipantFactory)
    birth_year = factory.LazyFunction(lambda: timezone.localdate().year - 3)


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantConsent

    participant = factory.SubFactory(ParticipantFactory)
    purpose = ConsentPurpose.MATCHING
    given_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=20))
    language = SpokenLanguage.ARABIC


class KykyviisariFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KykyviisariSummary

    participant = factory.SubFactory(ParticipantFactory)
    phase = "start"
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingAttendance

    participant = factory.SubFactory(ParticipantFactory)
    present = True


def make_meeting(home_page, *, language_group="ar", days_ago=1, slug=None):
    """A published theme meeting under a meeting index (created when missing)."""
    from resources.models import MeetingIndexPage, ThemeMeetingPage, Venue

    index = MeetingIndexPage.objects.first()
    if index is None:
        index = MeetingIndexPage(title="Teematapaamiset", slug="teematapaamiset")
        home_page.add_child(instance=index)
    venue, _created = Venue.objects.get_or_create(
        name="Perhetalo", defaults={"municipality": "Kemi", "address": "Esimerkkikatu 1"}
    )
    start = timezone.now() - datetime.timedelta(days=days_ago)
    meeting = ThemeMeetingPage(
        title=f"Teematapaaminen {start:%d.%m.}",
        slug=slug or f"tapaaminen-{ThemeMeetingPage.objects.count() + 1}",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue=venue,
        language_group=language_group,
        childcare_places=10,
    )
    index.add_child(instance=meeting)
    return meeting
