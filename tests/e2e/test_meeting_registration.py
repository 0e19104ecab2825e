"""A worker registers two mothers for a meeting (one needs an Arabic interpreter and
brings two children); the coordinator's meeting view shows the counts; axe passes."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REGISTER = re.compile(r"^(Register|Ilmoita|Anmäl)$")


def _passwords(demo_site):
    return {name: password for name, password, _role in demo_site}


def test_worker_registers_two_mothers_and_the_coordinator_sees_the_counts(
    browser_page, live_server, demo_site
):
    from django.contrib.auth import get_user_model

    from resources.models import MeetingIndexPage, ThemeMeetingPage, Venue
    from tests.factories.participants import ParticipantChildFactory, ParticipantFactory

    worker = get_user_model().objects.get(username="worker")
    index = MeetingIndexPage.objects.filter(locale__language_code="fi").first()
    start = timezone.now() + datetime.timedelta(days=5)
    meeting = ThemeMeetingPage(
        title="Rekisteröintitesti",
        slug="rekisterointitesti",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue=Venue.objects.filter(locale__language_code="fi").first(),
        language_group="ar",
        childcare_places=4,
        seats=10,
    )
    index.add_child(instance=meeting)
    year = timezone.localdate().year
    amina = ParticipantFactory(worker=worker, first_name="Amina")
    kids = [ParticipantChildFactory(participant=amina, birth_year=year - a) for a in (2, 5)]
    leila = ParticipantFactory(worker=worker, first_name="Leila")

    page = browser_page
    passwords = _passwords(demo_site)
    log_in(page, live_server.url, "worker", passwords["worker"], "/en")
    register_url = live_server.url + reverse("registrations:register", args=[meeting.pk])

    page.goto(register_url)
    assert_accessible(page)
    page.locator("select[name=participant]").select_option(str(amina.pk))
    for kid in kids:
        page.locator(f"input[name=children][value='{kid.pk}']").check()
    page.locator("select[name=interpreter_language]").select_option("ar")
    page.get_by_role("button", name=REGISTER).click()
    page.wait_for_load_state()

    page.goto(register_url)
    page.locator("select[name=participant]").select_option(str(leila.pk))
    page.get_by_role("button", name=REGISTER).click()
    page.wait_for_load_state()

    page.context.clear_cookies()
    log_in(page, live_server.url, "coordinator", passwords["coordinator"], "/en")
    page.goto(live_server.url + reverse("registrations:meeting", args=[meeting.pk]))
    assert page.locator("[data-count=registered]").inner_text() == "2"
    assert page.locator("[data-count=children]").inner_text() == "2"
    assert page.locator("[data-interpreter=ar]").inner_text() == "1"
    assert page.locator("[data-age='2']").inner_text() == "1"
    assert page.locator("[data-age='5']").inner_text() == "1"
    # Wagtail's message banner fades in; axe measures contrast once it has settled.
    page.wait_for_timeout(1000)
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)


def test_the_coordinator_assigns_a_childcare_helper_on_the_meeting_view(
    browser_page, live_server, demo_site
):
    from resources.models import MeetingIndexPage, ThemeMeetingPage, Venue
    from volunteers.volunteers.models import MeetingHelper

    index = MeetingIndexPage.objects.filter(locale__language_code="fi").first()
    start = timezone.now() + datetime.timedelta(days=6)
    meeting = ThemeMeetingPage(
        title="Lastenhoitotesti",
        slug="lastenhoitotesti",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue=Venue.objects.filter(locale__language_code="fi").first(),
        language_group="so",
        childcare_places=3,
    )
    index.add_child(instance=meeting)
    page = browser_page
    log_in(page, live_server.url, "coordinator", _passwords(demo_site)["coordinator"], "/en")
    page.goto(live_server.url + reverse("registrations:meeting", args=[meeting.pk]))
    assert page.locator("[data-childcare=helpers]").inner_text() == "0"
    page.locator("#id_helper_volunteer").select_option(index=0)
    page.get_by_role("button", name=re.compile(r"^(Assign|Nimeä|Utse)$")).click()
    page.wait_for_load_state()
    assert page.locator("[data-childcare=helpers]").inner_text() == "1"
    assert page.locator("[data-childcare=places]").inner_text() == "3"
    assert MeetingHelper.objects.filter(meeting=meeting).count() == 1
    page.wait_for_timeout(1000)
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
