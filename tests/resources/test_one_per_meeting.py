"""A translated meeting is one event: listings show it once, in the reader's language
if it has a copy there, else the default language's copy, else the oldest copy."""

import pytest
from wagtail.models import Locale

from resources.models import ThemeMeetingPage, one_per_meeting
from tests.factories.resources import ThemeMeetingPageFactory

pytestmark = pytest.mark.django_db


def _translate(page, language_code, title):
    copy = page.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    copy.title = title
    copy.save_revision().publish()
    return copy


@pytest.fixture
def meetings(meeting_index):
    finnish = ThemeMeetingPageFactory(parent=meeting_index, title="Kokous")
    _translate(finnish, "ar", "اجتماع")
    arabic_index = meeting_index.get_translation(Locale.objects.get(language_code="ar"))
    arabic_only = ThemeMeetingPageFactory(parent=arabic_index, title="Arabic first")
    _translate(arabic_only, "so", "Somali copy")


def _listed(language_code):
    locale = Locale.objects.get(language_code=language_code)
    meetings = one_per_meeting(ThemeMeetingPage.objects.live(), locale=locale)
    return sorted(meetings.values_list("title", flat=True))


@pytest.mark.parametrize(
    ("reader", "listed"),
    [
        ("fi", ["Arabic first", "Kokous"]),  # the default language: its copy, else the oldest
        ("en", ["Arabic first", "Kokous"]),
        ("ar", ["Arabic first", "اجتماع"]),
        ("so", ["Kokous", "Somali copy"]),
    ],
)
def test_each_meeting_once_in_the_readers_language_if_it_can(meetings, reader, listed):
    assert _listed(reader) == listed
