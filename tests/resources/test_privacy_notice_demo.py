import pytest
from wagtail.models import Locale

from resources.demo_privacy import ensure_privacy_notice
from resources.models import PrivacyNoticePage, current_privacy_notice_version


@pytest.fixture
def english_home(home_page):
    home_page.copy_for_translation(Locale.objects.get(language_code="en")).save_revision().publish()
    return home_page


def test_demo_notice_is_the_current_version_and_loads_once(english_home, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-01"
    ensure_privacy_notice(english_home)
    ensure_privacy_notice(english_home)
    languages = PrivacyNoticePage.objects.live().values_list("locale__language_code", flat=True)
    assert sorted(languages) == ["en", "fi"]
    assert current_privacy_notice_version() == "2026-01"
