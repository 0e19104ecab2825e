"""What an editor writes is offered for translation by wagtail-localize, and the
translated page shows the translation (issue 15)."""

import json

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from resources.models import AgendaItem, Venue
from tests.factories.resources import (
    ThemeMeetingPageFactory,
    ThemePackagePageFactory,
    VenueFactory,
)

BODY = [
    {"type": "heading", "value": {"text": "Rahan käyttö", "level": "h2"}},
    {
        "type": "checklist",
        "value": {"title": "Ota mukaan", "items": ["Kelan päätös", "Vuokrasopimus"]},
    },
    {
        "type": "key_phrases",
        "value": {
            "title": "Sanoja pankissa",
            "phrases": [{"finnish": "Haluan avata tilin.", "translation": "", "audio": None}],
        },
    },
    {
        "type": "steps",
        "value": {
            "title": "Näin haet",
            "steps": [{"title": "Täytä lomake", "text": "<p>Netissä.</p>"}],
        },
    },
    {"type": "callout", "value": {"kind": "tip", "text": "<p>Kysy neuvoa.</p>"}},
]


@pytest.fixture
def arabic(theme_index):
    """Arabic locale with the front page and the theme index already translated."""
    locale = Locale.objects.get(language_code="ar")
    for page in (theme_index.get_parent(), theme_index):
        page.specific.copy_for_translation(locale).save_revision().publish()
    return locale


@pytest.fixture
def package(theme_index):
    page = ThemePackagePageFactory(parent=theme_index, title="Raha-asiat", body=json.dumps(BODY))
    page.agenda_items = [
        AgendaItem(title="Tervetuloa", minutes=10, description="Kahvi ja kuulumiset."),
        AgendaItem(title="Pankkiasiat", minutes=40, description="Harjoitellaan yhdessä."),
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _source_strings(instance):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    return source, {segment.string.data for segment in source.stringsegment_set.all()}


def test_translating_a_package_offers_the_meeting_plan(package):
    _source, strings = _source_strings(package)
    assert {
        "Tervetuloa",
        "Kahvi ja kuulumiset.",
        "Pankkiasiat",
        "Harjoitellaan yhdessä.",
    } <= strings


def test_translating_a_package_offers_every_text_block(package):
    _source, strings = _source_strings(package)
    expected = {
        "Raha-asiat",
        "Rahan käyttö",
        "Ota mukaan",
        "Kelan päätös",
        "Vuokrasopimus",
        "Sanoja pankissa",
        "Haluan avata tilin.",
        "Näin haet",
        "Täytä lomake",
        "Netissä.",
        "Kysy neuvoa.",
    }
    assert expected <= strings


def test_choice_and_number_fields_are_not_offered_as_text(package):
    _source, strings = _source_strings(package)
    assert "h2" not in strings
    assert "tip" not in strings
    assert "10" not in strings


def test_the_arabic_page_shows_the_translated_meeting_plan(
    client, package, arabic, django_capture_on_commit_callbacks
):
    theme_ar = package.theme.copy_for_translation(arabic)
    theme_ar.name = "المال"
    theme_ar.save()
    source, strings = _source_strings(package)
    translation = Translation.objects.create(source=source, target_locale=arabic)
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=arabic,
            context=segment.context,
            defaults={"data": f"ع {segment.string.data}"},
        )
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    page_ar = package.get_translation(arabic)
    response = client.get(page_ar.url)
    assert response.status_code == 200
    assert "ع Tervetuloa" in response.text
    assert "ع Harjoitellaan yhdessä." in response.text
    assert "Kahvi ja kuulumiset." not in response.text.replace("ع Kahvi ja kuulumiset.", "")
    assert list(page_ar.specific.agenda_items.values_list("locale", flat=True)) == [arabic.pk] * 2


def test_venue_name_is_offered_for_translation_but_not_its_address(home_page):
    venue = VenueFactory(name="Perhekeskus Lumo", address="Valtakatu 1", accessibility="Hissi")
    _source, strings = _source_strings(venue)
    assert {"Perhekeskus Lumo", "Hissi"} <= strings
    assert "Valtakatu 1" not in strings
    assert "Kemi" not in strings


def test_meeting_page_names_the_venue_in_the_readers_language(client, meeting_index):
    venue = VenueFactory(name="Perhekeskus Lumo")
    arabic = Locale.objects.get(language_code="ar")
    venue_ar = venue.copy_for_translation(arabic)
    venue_ar.name = "مركز الأسرة لومو"
    venue_ar.save()
    for page in (meeting_index.get_parent(), meeting_index):
        page.specific.copy_for_translation(arabic).save_revision().publish()
    meeting = ThemeMeetingPageFactory(parent=meeting_index, venue=venue)
    meeting_ar = meeting.copy_for_translation(arabic)
    meeting_ar.save_revision().publish()

    assert "مركز الأسرة لومو" in client.get(meeting_ar.url).text
    assert "مركز الأسرة لومو" in client.get(meeting_ar.get_parent().url).text
    assert "Perhekeskus Lumo" in client.get(meeting.url).text


def test_existing_venues_are_in_the_default_locale(home_page):
    venue = VenueFactory()
    assert venue.locale == Locale.get_default()
    assert Venue.objects.filter(locale=Locale.get_default()).count() == 1
