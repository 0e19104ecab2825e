"""Volunteering hours: meeting minutes plus other volunteering, per volunteer, match and month."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import roles
from tests.conftest import prefer_language
from tests.factories.matches import make_match
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.refusals import assert_refused, refused_to
from volunteers.matching.models import MeetingLog
from volunteers.volunteers.models import OtherVolunteering

pytestmark = pytest.mark.django_db
JAN = datetime.date(2026, 1, 15)
FEB = datetime.date(2026, 2, 10)


@pytest.fixture(autouse=True)
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


def meet(match, day, minutes):
    return MeetingLog.objects.create(
        match=match, date=day, duration_minutes=minutes, activity=MeetingLog.Activity.VISIT
    )


def other(volunteer, day, minutes):
    return OtherVolunteering.objects.create(
        volunteer=volunteer, date=day, duration_minutes=minutes, kind="childcare"
    )


@pytest.fixture
def volunteer_user(make_user):
    return make_user(roles.VOLUNTEERS)


@pytest.fixture
def her(volunteer_user):
    volunteer = matchable_volunteer(user=volunteer_user)
    first = make_match(volunteer=volunteer, participant=matchable_participant(first_name="Amina"))
    second = make_match(volunteer=volunteer, participant=matchable_participant(first_name="Sara"))
    meet(first, JAN, 60)
    meet(first, JAN.replace(day=20), 30)
    meet(second, FEB, 45)
    other(volunteer, FEB, 120)
    return volunteer


@pytest.fixture
def someone_else():
    volunteer = matchable_volunteer(first_name="Toinen")
    match = make_match(volunteer=volunteer, participant=matchable_participant(first_name="Salla"))
    meet(match, JAN, 999)
    other(volunteer, JAN, 777)
    return volunteer


def _cells(html, table_id):
    from html.parser import HTMLParser

    rows, state = [], {"in": False, "row": None, "cell": None}

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "table" and dict(attrs).get("id") == table_id:
                state["in"] = True
            elif state["in"] and tag == "tr":
                state["row"] = []
            elif state["in"] and tag in ("td", "th") and state["row"] is not None:
                state["cell"] = ""

        def handle_endtag(self, tag):
            if tag == "table":
                state["in"] = False
            elif state["in"] and tag in ("td", "th") and state["cell"] is not None:
                state["row"].append(" ".join(state["cell"].split()))
                state["cell"] = None
            elif state["in"] and tag == "tr" and state["row"] is not None:
                rows.append(state["row"])
                state["row"] = None

        def handle_data(self, data):
            if state["cell"] is not None:
                state["cell"] += data

    P().feed(html)
    return rows


def test_the_volunteer_sees_her_hours_per_month_and_per_match(
    client, volunteer_user, her, someone_else
):
    client.force_login(volunteer_user)
    response = client.get(reverse("volunteers:hours"))
    assert response.status_code == 200
    html = response.content.decode()
    months = _cells(html, "hours-by-month")
    assert months[1:] == [["02/2026", "45", "120", "2.8"], ["01/2026", "90", "0", "1.5"]]
    by_match = _cells(html, "hours-by-match")
    assert [row[1] for row in by_match[1:]] == ["90", "45"]
    assert "Amina" in by_match[1][0] and "Sara" in by_match[2][0]
    # Nothing of another volunteer's hours.
    assert "999" not in html and "777" not in html and "Salla" not in html
    assert "<caption>" in html and 'scope="col"' in html


def test_the_portal_links_to_her_hours(client, volunteer_user, her):
    client.force_login(volunteer_user)
    assert reverse("volunteers:hours") in client.get(reverse("volunteers:me")).content.decode()


def test_hours_page_refuses_anyone_without_a_volunteer_profile(client, make_user, her):
    assert client.get(reverse("volunteers:hours")).status_code == 302  # anonymous: to login
    for group in (roles.PARTNER_PROFESSIONALS, roles.COORDINATORS, roles.VOLUNTEERS, None):
        client.force_login(make_user(group))
        response = client.get(reverse("volunteers:hours"))
        assert response.status_code == 404, group


@pytest.fixture
def coordinator_client(client, make_user, english):
    client.force_login(prefer_language(make_user(roles.COORDINATORS), "en"))
    return client


def test_coordinators_see_hours_per_volunteer_and_month(coordinator_client, her, someone_else):
    response = coordinator_client.get(reverse("volunteering_hours:index"))
    assert response.status_code == 200
    rows = _cells(response.content.decode(), "hours-report")[1:]
    name = her.full_name
    assert [name, "02/2026", "45", "120", "2.8"] in rows
    assert [name, "01/2026", "90", "0", "1.5"] in rows
    assert [someone_else.full_name, "01/2026", "999", "777", "29.6"] in rows


def test_coordinators_filter_by_period_and_download_csv(coordinator_client, her):
    url = reverse("volunteering_hours:index")
    rows = _cells(
        coordinator_client.get(url, {"start": "2026-02-01"}).content.decode(), "hours-report"
    )[1:]
    assert [r[1] for r in rows] == ["02/2026"]
    response = coordinator_client.get(url, {"start": "2026-02-01", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[1] == f"{her.full_name};02/2026;45;120;2,75"


@pytest.mark.parametrize(
    "group", [None, roles.VOLUNTEERS, roles.PARTNER_PROFESSIONALS, roles.PROJECT_WORKERS]
)
def test_outsiders_cannot_open_the_hours_report(client, make_user, her, group):
    url = reverse("volunteering_hours:index")
    assert client.get(url)["Location"].startswith(reverse("wagtailadmin_login"))
    client.force_login(make_user(group))
    for query in ({}, {"export": "csv"}):
        response = client.get(url, query)
        assert_refused(response, to=refused_to(group))
        assert her.full_name not in response.content.decode()


def test_the_report_costs_the_same_queries_however_much_data(coordinator_client):
    url = reverse("volunteering_hours:index")

    def grow(n):
        for i in range(n):
            volunteer = matchable_volunteer(first_name=f"V{i}")
            match = make_match(volunteer=volunteer)
            meet(match, JAN, 30)
            meet(match, FEB, 30)
            other(volunteer, FEB, 15)

    grow(2)
    coordinator_client.get(url)  # warm caches (site, locale, menu)
    with CaptureQueriesContext(connection) as small:
        assert coordinator_client.get(url).status_code == 200
    grow(8)
    with CaptureQueriesContext(connection) as large:
        response = coordinator_client.get(url)
    assert len(_cells(response.content.decode(), "hours-report")) == 1 + 10 * 2
    assert len(large) == len(small)


def test_her_page_costs_the_same_queries_however_many_meetings(client, volunteer_user, her):
    from django.core.cache import cache

    client.force_login(volunteer_user)
    client.get(reverse("volunteers:hours"))
    # Both counts with the cached header and footer cold (adding rows may move the
    # page cache's generation; that is not what is measured here).
    cache.clear()
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("volunteers:hours"))
    for match in her.matches.all():
        for day in range(1, 25):
            meet(match, datetime.date(2025, 6, day), 20)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        client.get(reverse("volunteers:hours"))
    assert len(large) == len(small)
