"""A childcare helper reads her coming shifts on her own page, on a phone, in English
and in Arabic (right to left); axe-core checks the page at 375 px."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_municipalities"),
]


@pytest.fixture
def shift(make_user, meeting_index):
    from cms.vocabularies import VolunteerRole
    from tests.factories.resources import ThemeMeetingPageFactory
    from tests.factories.volunteers import approved_volunteer
    from volunteers.volunteers.models import MeetingHelper

    helper = approved_volunteer(
        user=make_user(roles.VOLUNTEERS, username="lastenhoitaja"),
        roles=[VolunteerRole.CHILDCARE],
        first_name="Siiri",
    )
    start = timezone.now() + datetime.timedelta(days=3)
    meeting = ThemeMeetingPageFactory(
        parent=meeting_index,
        title="Neuvola ja rokotukset",
        start=start,
        end=start + datetime.timedelta(hours=2),
        childcare_places=6,
    )
    return MeetingHelper.objects.create(meeting=meeting, volunteer=helper)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_helper_reads_her_coming_childcare_shift_on_a_phone(
    browser_page, live_server, shift, language
):
    page = browser_page
    page.set_viewport_size(MOBILE)
    log_in(page, live_server.url, "lastenhoitaja", DEFAULT_PASSWORD, "/en")
    with translation.override(language):
        page.goto(live_server.url + reverse("volunteers:me"))
    section = page.locator("section[aria-labelledby=childcare-heading]")
    section.get_by_text("Neuvola ja rokotukset").wait_for()
    assert section.locator("[data-helper-meeting]").count() == 1
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    else:
        assert "6 childcare places" in section.inner_text()
    assert_accessible(page)
