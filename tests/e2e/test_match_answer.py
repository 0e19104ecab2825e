"""A volunteer answers a proposed match in her portal, on a phone: she sees the family
proposed to her, accepts, and logs a meeting; and the whole journey of issue 14 in one
flow, up to the check-in a month later. axe-core checks the portal pages at 375 px."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def proposed(make_user):
    from tests.factories.matches import pending_suggestion
    from tests.factories.matching import matchable_participant, matchable_volunteer
    from volunteers.matching import review

    volunteer_user = make_user(roles.VOLUNTEERS, username="vapaaehtoinen")
    volunteer = matchable_volunteer(user=volunteer_user, first_name="Äijälä", language="en")
    family = matchable_participant(first_name="Ñúñez")
    return review.approve(
        pending_suggestion(family, volunteer),
        by=make_user(roles.COORDINATORS),
        meeting_plan="Tiistaisin klo 17",
    )


def test_the_volunteer_accepts_a_proposed_match_and_logs_a_meeting(
    browser_page, live_server, proposed
):
    from volunteers.matching.models import Match, MeetingLog

    page = browser_page
    base = live_server.url
    page.set_viewport_size(MOBILE)
    log_in(page, base, "vapaaehtoinen", DEFAULT_PASSWORD, "/en")
    with translation.override("en"):
        me_url = base + reverse("volunteers:me")
    page.goto(me_url)
    page.get_by_text(re.compile("please answer by")).wait_for()
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("Ñúñez")).click()
    page.get_by_role("heading", name="Your answer").wait_for()
    assert page.get_by_role("button", name="Save the meeting").count() == 0
    assert_accessible(page)
    page.get_by_role("button", name="Accept the match").click()
    page.get_by_text("Thank you! Your coordinator will contact you").wait_for()
    proposed.refresh_from_db()
    assert proposed.status == Match.Status.APPROVED
    assert_accessible(page)

    page.get_by_label("Duration (minutes)").fill("75")
    page.get_by_label("Activity").select_option("outing")
    page.get_by_role("button", name="Save the meeting").click()
    page.get_by_text("The meeting was logged. Thank you!").wait_for()
    assert MeetingLog.objects.filter(match=proposed, duration_minutes=75).exists()
    assert_accessible(page)


def test_the_volunteers_whole_journey_accept_log_a_meeting_answer_the_checkin(
    browser_page, live_server, proposed, make_user
):
    """The issue's one flow, on a phone: she accepts the family proposed to her, logs
    their first meeting, and a month later answers the health check-in that the beat
    job opened; the coordinator's match page then shows her answer."""
    import datetime

    from django.test import Client
    from django.utils import timezone

    from volunteers.matching import checkins
    from volunteers.matching.models import Match, MeetingLog

    page = browser_page
    base = live_server.url
    page.set_viewport_size(MOBILE)
    log_in(page, base, "vapaaehtoinen", DEFAULT_PASSWORD, "/en")
    with translation.override("en"):
        me_url = base + reverse("volunteers:me")
        match_url = base + reverse("volunteers:match", args=[proposed.pk])
    page.goto(me_url)
    page.get_by_role("link", name=re.compile("Ñúñez")).click()
    page.get_by_role("button", name="Accept the match").click()
    page.get_by_text("Thank you! Your coordinator will contact you").wait_for()

    page.get_by_label("Duration (minutes)").fill("90")
    page.get_by_label("Activity").select_option("outing")
    page.get_by_role("button", name="Save the meeting").click()
    page.get_by_text("The meeting was logged. Thank you!").wait_for()
    assert MeetingLog.objects.filter(match=proposed, duration_minutes=90).count() == 1

    # A month passes: her yes was 31 days ago, and the daily job opens the check-in.
    Match.objects.filter(pk=proposed.pk).update(
        answered_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert checkins.open_checkins() >= 1
    page.goto(match_url)
    page.get_by_role("heading", name="How is your match going?").wait_for()
    assert_accessible(page)
    page.get_by_role("group", name=re.compile("How is it going")).get_by_label("5").check()
    page.get_by_label("Meetings held since the last check-in").fill("1")
    page.get_by_label("Anything the coordinator should know").fill("Retki kirjastoon onnistui")
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_text("Thank you! Your coordinator will read your answer.").wait_for()
    assert_accessible(page)

    answer = proposed.checkins.get(side="volunteer")
    assert (answer.rating, answer.meetings_held, answer.note) == (
        5,
        1,
        "Retki kirjastoon onnistui",
    )
    coordinator = Client()
    coordinator.force_login(make_user(roles.COORDINATORS))
    match_page = coordinator.get(reverse("match_admin:detail", args=[proposed.pk])).text
    assert "5/5" in match_page
    assert "Retki kirjastoon onnistui" in match_page
