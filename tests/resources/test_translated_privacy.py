"""A page's privacy follows it into every translation (issue 16): set, changed and
removed in the admin, it holds for the English and Arabic pages too, in page
serving, search, the iCal feeds and the listings."""

import pytest
from django.contrib.auth.models import Group
from icalendar import Calendar
from wagtail.models import Locale, PageViewRestriction

from cms import roles
from tests.factories.resources import (
    GuideChapterPageFactory,
    GuidePageFactory,
    ThemeMeetingPageFactory,
)

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "ar")


def translate(page, language):
    """The page in another language, published (its parents must be translated)."""
    translation = page.specific.copy_for_translation(Locale.objects.get(language_code=language))
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def translated_tree(home_page, guide_index, meeting_index):
    """The front page and both indexes in English and Arabic."""
    for language in LANGUAGES:
        for page in (home_page, guide_index, meeting_index):
            translate(page, language)


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user(None, is_superuser=True, is_staff=True))
    return client


def set_privacy(admin_client, page, restriction_type, groups=()):
    """What the admin's privacy dialog sends."""
    data = {"restriction_type": restriction_type, "password": ""}
    if groups:
        data["groups"] = [Group.objects.get(name=name).pk for name in groups]
    response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200
    assert '"step": "set_privacy_done"' in response.text


@pytest.fixture
def guide(guide_index, translated_tree):
    page = GuidePageFactory(parent=guide_index, title="Ammattilaisen opas")
    return page, [translate(page, language) for language in LANGUAGES]


def is_refused(client, page):
    response = client.get(page.url)
    return response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_making_a_page_private_makes_its_translations_private(
    client, admin_client, guide, django_user_model
):
    page, translations = guide
    set_privacy(admin_client, page, PageViewRestriction.LOGIN)
    client.logout()
    assert is_refused(client, page)
    for translation in translations:
        assert is_refused(client, translation)


def test_changing_the_groups_changes_them_on_the_translations(
    client, admin_client, guide, make_user
):
    page, translations = guide
    set_privacy(admin_client, page, PageViewRestriction.LOGIN)
    set_privacy(admin_client, page, PageViewRestriction.GROUPS, [roles.COORDINATORS])
    client.force_login(make_user(roles.VOLUNTEERS))
    for translation in translations:
        assert is_refused(client, translation)
    client.force_login(make_user(roles.COORDINATORS))
    for translation in translations:
        assert client.get(translation.url).status_code == 200


def test_making_a_page_public_again_opens_its_translations(client, admin_client, guide):
    page, translations = guide
    set_privacy(admin_client, page, PageViewRestriction.LOGIN)
    set_privacy(admin_client, page, PageViewRestriction.NONE)
    client.logout()
    for translation in (page, *translations):
        assert client.get(translation.url).status_code == 200


def test_privacy_set_on_a_translation_applies_to_the_finnish_page(client, admin_client, guide):
    page, (english, arabic) = guide
    set_privacy(admin_client, english, PageViewRestriction.LOGIN)
    client.logout()
    assert is_refused(client, page)
    assert is_refused(client, arabic)


def test_a_translation_made_after_the_page_went_private_is_private(
    client, guide_index, translated_tree, restrict
):
    page = GuidePageFactory(parent=guide_index)
    restrict(page)
    assert is_refused(client, translate(page, "en"))


def test_deleting_the_finnish_page_leaves_its_translations_private(client, guide, restrict):
    page, translations = guide
    restrict(page)
    page.delete()
    for translation in translations:
        assert is_refused(client, translation)


def test_search_in_english_does_not_show_a_private_pages_translation(client, admin_client, guide):
    page, _translations = guide
    chapter = GuideChapterPageFactory(parent=page, title="Salainen luku")
    english = translate(chapter, "en")
    english.title = "Secret chapter on trauma"
    english.save_revision().publish()
    assert "Secret chapter on trauma" in client.get("/en/search/", {"q": "trauma"}).text
    set_privacy(admin_client, page, PageViewRestriction.GROUPS, roles.INTRANET_READERS)
    client.logout()
    assert "Secret chapter on trauma" not in client.get("/en/search/", {"q": "trauma"}).text


@pytest.fixture
def meeting(meeting_index, translated_tree):
    page = ThemeMeetingPageFactory(parent=meeting_index, title="Sisäinen tapaaminen")
    translations = []
    for language in LANGUAGES:
        translation = translate(page, language)
        translation.title = f"Internal meeting {language}"
        translation.save_revision().publish()
        translations.append(translation)
    return page, translations


def feed_titles(client, prefix):
    calendar = Calendar.from_ical(client.get(f"{prefix}/calendar/meetings.ics").content)
    return {str(event["summary"]) for event in calendar.walk("VEVENT")}


def test_a_private_meeting_leaves_the_english_and_arabic_feeds(client, admin_client, meeting):
    page, _translations = meeting
    assert feed_titles(client, "/en") == {"Internal meeting en"}
    set_privacy(admin_client, page, PageViewRestriction.LOGIN)
    client.logout()
    for language in ("", "/en", "/ar"):
        assert feed_titles(client, language) == set()


def test_a_private_meeting_leaves_the_translated_listings(client, admin_client, meeting):
    page, translations = meeting
    index_en = translations[0].get_parent()
    assert "Internal meeting en" in client.get(index_en.url).text
    set_privacy(admin_client, page, PageViewRestriction.LOGIN)
    client.logout()
    for translation in translations:
        assert translation.title not in client.get(translation.get_parent().url).text


def test_the_upgrade_makes_existing_translations_of_private_pages_private(client, guide):
    import importlib

    from django.apps import apps

    from resources import translated_privacy

    page, translations = guide
    # A restriction made before this release: on the Finnish page only.
    token = translated_privacy._syncing.set(True)
    try:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    finally:
        translated_privacy._syncing.reset(token)
    assert client.get(translations[0].url).status_code == 200

    migration = importlib.import_module(
        "resources.migrations.0010_restrictions_on_every_translation"
    )
    migration.restrict_translations(apps, None)
    for translation in translations:
        assert is_refused(client, translation)
