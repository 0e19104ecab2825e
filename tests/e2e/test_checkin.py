"""A volunteer answers her match's health check-in in her portal, on a phone-sized
screen; axe-core checks the page at 375 px with the question open and after an error."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_checkin(make_user):
    from tests.factories.matches import make_match
    from tests.factories.matching import matchable_participant, matchable_volunteer
    from volunteers.matching import checkins

    volunteer_user = make_user(roles.VOLUNTEERS, username="vapaaehtoinen")
    match = make_match(
        volunteer=matchable_volunteer(user=volunteer_user, first_name="Äijälä", language="en"),
        participant=matchable_participant(first_name="Ñúñez"),
        introduced_on=timezone.localdate() - datetime.timedelta(days=31),
    )
    assert checkins.open_checkins() == 1
    return match.checkins.get(side="volunteer")


def test_the_volunteer_answers_her_checkin_on_a_phone(browser_page, live_server, open_checkin):
    page = browser_page
    base = live_server.url
    page.set_viewport_size(MOBILE)
    log_in(page, base, "vapaaehtoinen", DEFAULT_PASSWORD, "/en")
    with translation.override("en"):
        page.goto(base + reverse("volunteers:match", args=[open_checkin.match_id]))
    page.get_by_role("heading", name="How is your match going?").wait_for()
    assert page.viewport_size["width"] == 375
    assert_accessible(page)

    # Sent without a rating: the error is next to the question, and still accessible.
    page.get_by_label("Meetings held since the last check-in").fill("3")
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_text("Choose a number from 1 to 5.").wait_for()
    assert_accessible(page)

    page.get_by_role("group", name=re.compile("How is it going")).get_by_label("4").check()
    page.get_by_label("Meetings held since the last check-in").fill("3")
    page.get_by_label("Anything the coordinator should know").fill("Kävimme kirjastossa")
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_text("Thank you! Your coordinator will read your answer.").wait_for()
    assert page.get_by_role("heading", name="How is your match going?").count() == 0

    open_checkin.refresh_from_db()
    assert (open_checkin.rating, open_checkin.meetings_held, open_checkin.note) == (
        4,
        3,
        "Kävimme kirjastossa",
    )
