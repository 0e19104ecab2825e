"""Browser checks of the participant screens: axe-core on the participant form
and the attendance screen, desktop and mobile; the attendance screen saves."""

import pytest
from django.urls import reverse

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _passwords(demo_site):
    return {name: password for name, password, _role in demo_site}


def test_participant_form_is_accessible(browser_page, live_server, demo_site):
    page = browser_page
    log_in(page, live_server.url, "worker", _passwords(demo_site)["worker"], "/en")
    page.goto(live_server.url + reverse("participants:add"))
    assert page.locator("input[name=first_name]").count() == 1
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)


def test_participant_page_with_chart_is_accessible(browser_page, live_server, demo_site):
    from volunteers.participants.models import Participant

    participant = Participant.objects.filter(worker__username="worker").first()
    page = browser_page
    log_in(page, live_server.url, "worker", _passwords(demo_site)["worker"], "/en")
    page.goto(live_server.url + reverse("participants:inspect", args=[participant.pk]))
    assert page.locator("table.listing caption").count() == 1
    assert_accessible(page)


def test_attendance_screen_is_accessible_and_saves(browser_page, live_server, demo_site):
    from resources.models import ThemeMeetingPage
    from volunteers.participants.models import MeetingAttendance

    # A past demo meeting that has attendance, whichever loader made it.
    meeting = ThemeMeetingPage.objects.filter(attendances__isnull=False).order_by("-start").first()
    page = browser_page
    log_in(page, live_server.url, "coordinator", _passwords(demo_site)["coordinator"], "/en")
    page.goto(live_server.url + reverse("attendance:meeting", args=[meeting.pk]))
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
    page.locator("input[name='rows-0-present']").check()
    page.locator("input[name='rows-0-children_in_childcare']").fill("2")
    page.get_by_role("button", name="Tallenna läsnäolo").click()  # "Save attendance"
    page.wait_for_load_state()
    assert MeetingAttendance.objects.filter(meeting=meeting, children_in_childcare=2).exists()


def test_participant_form_with_errors_is_accessible_and_keeps_input(
    browser_page, live_server, demo_site
):
    page = browser_page
    log_in(page, live_server.url, "worker", _passwords(demo_site)["worker"], "/en")
    page.goto(live_server.url + reverse("participants:add"))
    page.locator("input[name=first_name]").fill("Äijälä")
    page.locator("input[name=exit_date]").fill("2020-01-01")
    page.locator("footer.footer button[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.locator("input[name=first_name]").input_value() == "Äijälä"
    assert page.locator(".error-message, .w-field__errors").count() >= 1
    # Wagtail's message banner fades in; axe measures contrast once it has settled.
    page.wait_for_timeout(1500)
    assert_accessible(page)
