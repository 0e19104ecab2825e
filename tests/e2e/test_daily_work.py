"""A coordinator's morning in a browser: log in, land on the admin home, see what needs
attention, open this week's meeting, its attendance and the printable sheet; and the
review dialog: approve a suggestion with a note. axe-core checks each screen at 1280 px."""

import datetime
import re

import pytest
from django.utils import timezone

from cms import roles
from tests.a11y import assert_accessible
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def morning(make_user, home_page):
    """A coordinator (admin in English), a pending suggestion and a meeting this week."""
    from wagtail.users.models import UserProfile

    from tests.factories.matches import finished_run, pending_suggestion
    from tests.factories.matching import matchable_participant, matchable_volunteer
    from tests.factories.participants import make_meeting

    coordinator = make_user(roles.COORDINATORS, username="koordinaattori")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "en"
    profile.save()
    participant = matchable_participant(first_name="Ñúñez", languages=(("ar", 3),))
    run = finished_run()
    proposed = pending_suggestion(participant, matchable_volunteer(first_name="Äijälä"), run)
    pending_suggestion(participant, matchable_volunteer(first_name="Toinen"), run, rank=1)
    # Later today, or earlier today late on a Sunday: always this week.
    meeting = make_meeting(home_page, slug="viikon-tapaaminen", language_group="ar", days_ago=0)
    hours = -1 if timezone.localtime().hour >= 22 else 1
    meeting.start = timezone.now() + datetime.timedelta(hours=hours)
    meeting.end = meeting.start + datetime.timedelta(hours=1)
    meeting.save_revision().publish()
    return {"meeting": meeting, "participant": participant, "proposed": proposed}


def admin_log_in(page, base):
    """Open the admin as a bookmark would: the login comes first, then the admin home."""
    page.goto(base + "/admin/")
    page.locator("input[name=username]").fill("koordinaattori")
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_the_coordinators_morning(browser_page, live_server, morning):
    page, base = browser_page, live_server.url
    admin_log_in(page, base)

    # The admin home: what needs attention, and this week's meeting without attendance.
    page.get_by_role("heading", name="Needs attention").wait_for()
    assert page.locator('[data-count="suggestions"]').inner_text() == "2"
    assert page.locator('[data-attendance="missing"]').count() == 1
    assert_accessible(page)

    # This week's meeting: the attendance list of its language group, then the sheet.
    page.get_by_role("link", name=morning["meeting"].title).click()
    page.get_by_role("table", name="Attendance").wait_for()
    assert page.get_by_text("Ñúñez").count() >= 1
    assert_accessible(page)
    page.get_by_role("link", name="Printable attendance sheet").click()
    page.get_by_text("Ñúñez").first.wait_for()

    # Back home, open the item that needs attention: the suggestions waiting.
    page.goto(base + "/admin/")
    page.get_by_role("link", name=re.compile("Suggestions waiting for review")).click()
    page.get_by_role("heading", name=re.compile("Ñúñez")).wait_for()


def test_the_review_dialog_approves_with_a_note(browser_page, live_server, morning):
    from volunteers.matching.models import Match

    page, base = browser_page, live_server.url
    admin_log_in(page, base)
    page.goto(base + "/admin/review/")
    page.get_by_role("heading", name=re.compile("Ñúñez")).wait_for()
    # Both candidates side by side in one table, one decision button each.
    assert page.get_by_role("button", name=re.compile("^Decide on ")).count() == 2
    assert_accessible(page)

    page.get_by_role("button", name="Decide on Äijälä").click()
    dialog = page.get_by_role("dialog", name=re.compile("Äijälä"))
    dialog.wait_for()
    assert_accessible(page)
    dialog.get_by_label("Agreed contact").fill("Tekstiviesti")
    dialog.get_by_label("Meeting plan").fill("Tiistaisin klo 17")
    dialog.get_by_label(re.compile("Note or reason")).fill("Sama kieli ja lähellä")
    dialog.get_by_role("button", name="Approve Äijälä").click()

    page.get_by_text("No suggestions are waiting for review.").wait_for()
    match = Match.objects.get()
    assert match.volunteer_id == morning["proposed"].volunteer_id
    assert (match.agreed_contact, match.meeting_plan) == ("Tekstiviesti", "Tiistaisin klo 17")
    assert match.events.get().reason == "Sama kieli ja lähellä"


def test_the_review_dialog_closes_with_escape_and_keeps_the_page(
    browser_page, live_server, morning
):
    page, base = browser_page, live_server.url
    admin_log_in(page, base)
    page.goto(base + "/admin/review/")
    page.get_by_role("button", name="Decide on Toinen").click()
    dialog = page.get_by_role("dialog", name=re.compile("Toinen"))
    dialog.wait_for()
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    # Focus goes back to the button that opened it (native dialog behaviour).
    assert page.evaluate("document.activeElement.textContent").strip() == "Decide on Toinen"


def test_the_calendar_and_its_private_address(browser_page, live_server, morning):
    from tests.e2e.conftest import MOBILE

    page, base = browser_page, live_server.url
    admin_log_in(page, base)
    page.goto(base + "/admin/calendar/")
    page.get_by_role("link", name=morning["meeting"].title).wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="Week view").click()
    page.get_by_role("link", name=morning["meeting"].title).wait_for()
    page.get_by_role("button", name="Make my calendar address").click()
    address = page.get_by_label(re.compile("Your new address")).input_value()
    assert re.search(r"/calendar/private/[\w-]+\.ics$", address)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
