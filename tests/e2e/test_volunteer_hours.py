"""Volunteering hours in a browser: the volunteer's own hours page (Finnish, mobile too)
and the coordinators' hours report, both checked with axe-core."""

import datetime

import pytest
from django.urls import reverse

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(make_user):
    from wagtail.users.models import UserProfile

    from tests.factories.matches import make_match
    from tests.factories.matching import matchable_participant, matchable_volunteer
    from volunteers.matching.models import MeetingLog
    from volunteers.volunteers.models import OtherVolunteering

    coordinator = make_user(roles.COORDINATORS, username="koordinaattori")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "en"
    profile.save()
    volunteer = matchable_volunteer(
        user=make_user(roles.VOLUNTEERS, username="vapaaehtoinen"), first_name="Äijälä"
    )
    match = make_match(volunteer=volunteer, participant=matchable_participant(first_name="Ñúñez"))
    MeetingLog.objects.create(
        match=match, date=datetime.date(2026, 3, 4), duration_minutes=90, activity="visit"
    )
    OtherVolunteering.objects.create(
        volunteer=volunteer, date=datetime.date(2026, 3, 9), duration_minutes=60, kind="childcare"
    )
    return volunteer


def test_the_volunteer_reads_her_hours_and_the_coordinator_the_report(
    browser_page, live_server, world
):
    page, base = browser_page, live_server.url
    log_in(page, base, "vapaaehtoinen", DEFAULT_PASSWORD)
    page.goto(base + reverse("volunteers:me"))
    page.get_by_role("link", name="Vapaaehtoistuntini").click()
    table = page.get_by_role("table", name="Tunnit kuukausittain")
    row = table.get_by_role("row", name="03/2026")
    assert row.get_by_role("cell").all_inner_texts() == ["90", "60", "2,5"]
    assert page.get_by_role("table", name="Tapaamisaika perheittäin").get_by_text("Ñúñez")
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)

    page.context.clear_cookies()
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, base, "koordinaattori", DEFAULT_PASSWORD, "/en")
    page.goto(base + reverse("volunteering_hours:index"))
    row = page.get_by_role("row", name="Äijälä")
    assert "150" not in row.inner_text() and "2.5" in row.inner_text()
    assert_accessible(page)
    page.goto(base + reverse("training_admin:add"))
    page.get_by_role("heading", name="training session", exact=False).first.wait_for()
    assert_accessible(page)
