"""The whole match flow in a browser, with a real Celery worker computing the run:
a coordinator runs matching and approves a suggestion; the volunteer accepts the
proposed match and logs a meeting; the coordinator ends the match with a reason. axe-core checks the
review screen and the volunteer's match page."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cohort(celery_worker, make_user, settings):
    """A coordinator (admin in English), one family and one volunteer who can log in."""
    from wagtail.users.models import UserProfile

    from tests.factories.matching import matchable_participant, matchable_volunteer

    # Automatic triggers start at once, so no run waits in the queue behind a countdown.
    settings.MATCHING_DEBOUNCE_SECONDS = 0
    coordinator = make_user(roles.COORDINATORS, username="koordinaattori")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "en"
    profile.save()
    volunteer_user = make_user(roles.VOLUNTEERS, username="vapaaehtoinen")
    volunteer = matchable_volunteer(user=volunteer_user, first_name="Äijälä", language="en")
    participant = matchable_participant(first_name="Ñúñez")
    return {"participant": participant, "volunteer": volunteer}


def test_run_approve_log_a_meeting_and_end(browser_page, live_server, cohort):
    from volunteers.matching.models import Match, MeetingLog

    page = browser_page
    base = live_server.url

    # The coordinator runs matching and watches the run finish.
    log_in(page, base, "koordinaattori", DEFAULT_PASSWORD, "/en")
    page.goto(base + reverse("volunteers_matching:index"))
    page.get_by_role("button", name="Run matching").click()
    page.wait_for_url(re.compile(r"/admin/matching/\d+/$"))
    review_link = page.get_by_role("link", name="Review the suggestions")
    review_link.wait_for(timeout=30_000)
    assert page.locator("[data-run-status]").inner_text() == "finished"
    review_link.click()

    # The review screen: accessible, then a deliberate approval.
    page.get_by_role("heading", name=re.compile("Ñúñez")).wait_for()
    assert_accessible(page)
    page.get_by_role("button", name="Decide on Äijälä").click()
    dialog = page.get_by_role("dialog", name=re.compile("Äijälä"))
    dialog.get_by_label("Agreed contact").fill("Tekstiviesti")
    dialog.get_by_label("Meeting plan").fill("Tiistaisin klo 17")
    dialog.get_by_role("button", name="Approve Äijälä").click()
    page.get_by_text("No suggestions are waiting for review.").wait_for()
    match = Match.objects.get()
    assert (match.participant, match.volunteer) == (cohort["participant"], cohort["volunteer"])

    # The volunteer sees her match and logs a meeting.
    page.context.clear_cookies()
    log_in(page, base, "vapaaehtoinen", DEFAULT_PASSWORD, "/en")
    with translation.override("en"):
        me_url = base + reverse("volunteers:me")
    page.goto(me_url)
    page.get_by_role("link", name=re.compile("Ñúñez")).click()
    page.get_by_role("heading", name="My match: Ñúñez").wait_for()
    assert page.get_by_text("Tiistaisin klo 17").count() == 1
    assert_accessible(page)
    page.get_by_role("button", name="Accept the match").click()
    page.get_by_text("Thank you! Your coordinator will contact you").wait_for()
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
    page.get_by_label("Duration (minutes)").fill("90")
    page.get_by_label("Activity").select_option("outing")
    page.get_by_label("Note for the coordinator").fill("Kävimme kirjastossa")
    page.get_by_role("button", name="Save the meeting").click()
    page.get_by_text("The meeting was logged. Thank you!").wait_for()
    assert MeetingLog.objects.filter(match=match, duration_minutes=90).exists()

    # The coordinator introduces and then ends the match with a reason.
    page.context.clear_cookies()
    log_in(page, base, "koordinaattori", DEFAULT_PASSWORD, "/en")
    detail = base + reverse("match_admin:detail", args=[match.pk])
    page.goto(detail)
    page.get_by_label("Mark introduced").check()
    page.get_by_role("button", name="Save the move").click()
    page.get_by_label("End the match").check()
    page.get_by_label("End reason (when ending)").select_option("completed")
    page.get_by_label("Why (recorded in the history)").fill("Tavoitteet saavutettu")
    page.get_by_role("button", name="Save the move").click()
    page.get_by_text("The match was updated.").wait_for()
    match.refresh_from_db()
    assert (match.status, match.end_reason) == (Match.Status.ENDED, Match.EndReason.COMPLETED)
    assert list(match.events.values_list("to_status", flat=True)) == [
        "proposed",
        "approved",
        "introduced",
        "ended",
    ]
