"""The staff calendar (month and week views) and each worker's private iCal feed."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms import roles
from home.models import CalendarFeedToken
from tests.conftest import prefer_language
from tests.factories.participants import ParticipantFactory, make_meeting
from volunteers.participants.models import HomeVisit

pytestmark = pytest.mark.django_db

CALENDAR_URL = "/admin/calendar/"


@pytest.fixture
def worker(client, make_user, home_page):
    user = prefer_language(make_user(roles.PROJECT_WORKERS), "en")
    client.force_login(user)
    return user


def visit(worker, first_name="Äijälä", days=2):
    from resources.models.places import ensure_seed_municipalities

    ensure_seed_municipalities()  # a browser test's flush may have removed them
    participant = ParticipantFactory(first_name=first_name, worker=worker)
    return HomeVisit.objects.create(
        participant=participant, worker=worker, date=timezone.localdate() + datetime.timedelta(days)
    )


def month_of(day):
    return {"date": day.isoformat()}


def test_the_month_shows_meetings_and_the_workers_own_visits(client, worker, make_user, home_page):
    meeting = make_meeting(home_page, days_ago=-2, slug="kalenteri")
    mine = visit(worker, "Äijälä")
    visit(make_user(roles.PROJECT_WORKERS), "Toisenasiakas")
    html = client.get(CALENDAR_URL, month_of(mine.date)).text
    assert meeting.title in html
    assert reverse("attendance:meeting", args=[meeting.pk]) in html
    assert "Home visit: Äijälä" in html
    assert "Toisenasiakas" not in html


def test_the_week_view_shows_seven_days_and_that_weeks_items(client, worker):
    mine = visit(worker, "Viikkolainen", days=0)
    later = visit(worker, "Myohemmin", days=14)
    html = client.get(CALENDAR_URL, {"view": "week", "date": mine.date.isoformat()}).text
    assert html.count('class="calendar-date"') == 7
    assert "Viikkolainen" in html
    assert later.participant.first_name not in html


def test_a_date_that_does_not_exist_shows_this_month(client, worker):
    for bad in ("2026-02-30", "eilen", "9999999-01-01"):
        response = client.get(CALENDAR_URL, {"date": bad})
        assert response.status_code == 200
        assert 'aria-current="date"' in response.text


def test_coordinators_see_check_ins_due(client, make_user, home_page):
    from tests.factories.matches import make_match
    from volunteers.matching.models import FollowUpAlert

    client.force_login(prefer_language(make_user(roles.COORDINATORS), "en"))
    match = make_match()
    FollowUpAlert.objects.create(
        match=match, kind="checkin", period="checkin-1", due_on=timezone.localdate()
    )
    html = client.get(CALENDAR_URL).text
    assert f"Check-in: {match.volunteer.first_name} and {match.participant.first_name}" in html


@pytest.mark.parametrize("group", [roles.EDITORS, roles.REPORT_READERS])
def test_roles_without_families_have_no_calendar(client, make_user, group):
    client.force_login(make_user(group))
    response = client.get(CALENDAR_URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_calendar_query_count_does_not_grow_with_items(client, worker, home_page):
    visit(worker, "Eka", days=0)
    make_meeting(home_page, days_ago=0, slug="eka")
    client.get(CALENDAR_URL)  # the first request fills per-process caches (locales, site)
    with CaptureQueriesContext(connection) as few:
        client.get(CALENDAR_URL)
    for i in range(5):
        visit(worker, f"Lisa{i}", days=0)
        make_meeting(home_page, days_ago=0, slug=f"lisa-{i}")
    with CaptureQueriesContext(connection) as many:
        client.get(CALENDAR_URL)
    assert len(many.captured_queries) == len(few.captured_queries)


# --- the private feed ---


def make_address(client):
    response = client.post(CALENDAR_URL, {"action": "renew"})
    assert response.status_code == 200
    url = response.context["new_feed_url"]
    assert url in response.text
    return url.split("testserver", 1)[1]


def test_the_private_feed_has_the_workers_items_and_no_names(client, worker, make_user):
    mine = visit(worker, "Äijälä")
    other = visit(make_user(roles.PROJECT_WORKERS), "Toinen")
    address = make_address(client)
    client.logout()  # a calendar app has no session
    response = client.get(address)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert f"UID:home-visit-{mine.pk}@" in body
    assert f"home-visit-{other.pk}@" not in body
    assert "SUMMARY:Home visit" in body
    assert "Äijälä" not in body and "Toinen" not in body
    assert "/participants/" not in body  # not even the record's id
    assert response["Cache-Control"] == "private, no-store"


def test_an_unknown_or_renewed_or_revoked_address_is_404(client, worker):
    assert client.get("/calendar/private/arvattu.ics").status_code == 404
    first = make_address(client)
    second = make_address(client)
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200
    client.post(CALENDAR_URL, {"action": "revoke"})
    assert client.get(second).status_code == 404
    assert not CalendarFeedToken.objects.exists()


def test_the_token_is_stored_only_as_a_hash(client, worker):
    address = make_address(client)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    assert token not in CalendarFeedToken.objects.get().token_hash


def test_an_address_stops_when_its_owner_leaves_the_role(client, worker):
    address = make_address(client)
    worker.groups.clear()
    assert client.get(address).status_code == 404


def test_an_outsider_cannot_make_an_address(client, make_user):
    client.force_login(make_user(roles.EDITORS))
    client.post(CALENDAR_URL, {"action": "renew"})
    assert not CalendarFeedToken.objects.exists()
