"""The privacy notice is a page per version; a new version asks for a new consent."""

import datetime

import pytest
from wagtail.models import Locale

from cms import roles
from cms.vocabularies import ConsentPurpose
from resources.models import PrivacyNoticePage
from tests.factories.volunteers import approved_volunteer

pytestmark = pytest.mark.django_db


def publish_notice(home_page, version, effective_from, title="Tietosuojaseloste", body="<p>Fi</p>"):
    page = PrivacyNoticePage(
        title=title,
        slug=f"tietosuoja-{version}",
        version=version,
        effective_from=effective_from,
        body=body,
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(page, language_code, title, body):
    locale = Locale.objects.get(language_code=language_code)
    home = page.get_parent()
    if home.get_translation_or_none(locale) is None:
        home.specific.copy_for_translation(locale).save_revision().publish()
    translation = page.copy_for_translation(locale)
    translation.title = title
    translation.body = body
    translation.save_revision().publish()
    return translation


@pytest.fixture
def notice_2026(home_page):
    return publish_notice(home_page, "2026-01", datetime.date(2026, 1, 1))


@pytest.fixture
def volunteer(make_user, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-01"
    return approved_volunteer(user=make_user(roles.VOLUNTEERS), first_name="Ville")


def test_sign_up_links_to_the_notice_of_the_recorded_version_in_the_readers_language(
    client, notice_2026
):
    english = translate(notice_2026, "en", "Privacy notice", "<p>In English.</p>")
    html = client.get("/en/volunteer/sign-up/").content.decode()
    assert "2026-01" in html
    assert f'href="{english.url}"' in html


def test_sign_up_links_to_the_finnish_notice_when_no_translation_exists(client, notice_2026):
    html = client.get("/sv/volunteer/sign-up/").content.decode()
    assert f'href="{notice_2026.url}"' in html


def test_the_newest_published_notice_is_the_version_a_sign_up_records(client, home_page):
    publish_notice(home_page, "2026-01", datetime.date(2026, 1, 1))
    publish_notice(home_page, "2027-03", datetime.date(2027, 3, 1))
    assert "2027-03" in client.get("/en/volunteer/sign-up/").content.decode()


def test_the_notice_page_shows_its_version(client, notice_2026):
    response = client.get(notice_2026.url)
    assert response.status_code == 200
    assert "2026-01" in response.content.decode()


def test_the_portal_opens_when_the_volunteer_accepted_the_current_notice(
    client, notice_2026, volunteer
):
    client.force_login(volunteer.user)
    response = client.get("/en/volunteer/me/")
    assert response.status_code == 200
    assert "Ville" in response.content.decode()


def test_a_new_notice_version_asks_for_consent_before_anything_else(
    client, home_page, notice_2026, volunteer
):
    publish_notice(home_page, "2026-09", datetime.date(2026, 9, 1), body="<p>Uusi teksti.</p>")
    client.force_login(volunteer.user)
    for path in ("/volunteer/me/", "/volunteer/me/edit/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url == "/volunteer/me/privacy-notice/"
    html = client.get("/volunteer/me/privacy-notice/").content.decode()
    assert "2026-09" in html
    assert "Uusi teksti." in html


def test_accepting_the_new_notice_records_time_language_and_version(
    client, home_page, notice_2026, volunteer
):
    publish_notice(home_page, "2026-09", datetime.date(2026, 9, 1))
    client.force_login(volunteer.user)
    response = client.post("/en/volunteer/me/privacy-notice/", {"accept": "on"})
    assert response.status_code == 302
    consent = volunteer.consents.filter(purpose=ConsentPurpose.PRIVACY_NOTICE).latest("given_at")
    assert (consent.privacy_notice_version, consent.language) == ("2026-09", "en")
    assert consent.given_at is not None
    assert client.get("/en/volunteer/me/").status_code == 200


def test_the_new_notice_is_not_accepted_without_the_tick(client, home_page, notice_2026, volunteer):
    publish_notice(home_page, "2026-09", datetime.date(2026, 9, 1))
    client.force_login(volunteer.user)
    response = client.post("/en/volunteer/me/privacy-notice/", {})
    assert response.status_code == 400
    assert "Please accept the privacy notice" in response.content.decode()
    assert client.get("/en/volunteer/me/").status_code == 302


def test_the_notice_is_shown_in_the_readers_language(client, home_page, notice_2026, volunteer):
    notice = publish_notice(home_page, "2026-09", datetime.date(2026, 9, 1))
    translate(notice, "en", "Privacy notice", "<p>The new English text.</p>")
    client.force_login(volunteer.user)
    assert (
        "The new English text." in client.get("/en/volunteer/me/privacy-notice/").content.decode()
    )


def test_within_one_request_a_part_in_another_language_links_that_languages_notice(
    notice_2026,
):
    """A GET request keeps the notices it read (resources/request_memo.py); a part of
    the page rendered in another language must still find that language's notice."""
    from django.utils import translation

    from resources import request_memo
    from resources.models.privacy_notice import privacy_notice_page

    english = translate(notice_2026, "en", "Privacy notice", "<p>In English.</p>")
    token = request_memo._memo.set({})
    try:
        assert privacy_notice_page("2026-01").pk == notice_2026.pk
        with translation.override("en"):
            assert privacy_notice_page("2026-01").pk == english.pk
    finally:
        request_memo._memo.reset(token)
