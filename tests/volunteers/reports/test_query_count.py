"""The number of queries of each report does not grow with the data."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.matches import make_match
from tests.factories.outreach import OutreachContactFactory, ReferralFactory
from tests.factories.participants import ParticipantFactory
from volunteers.matching.models import FollowUpAlert, MeetingLog
from volunteers.participants.models import EsfProfile, HomeVisit, MeetingAttendance
from volunteers.reports import period, sections

pytestmark = pytest.mark.django_db


def add_data(make_meeting, kemi, n):
    for i in range(n):
        meeting = make_meeting(day=datetime.date(2026, 1 + i % 12, 10))
        person = ParticipantFactory(municipality=kemi, entry_date=datetime.date(2026, 2, 1))
        EsfProfile.objects.create(
            participant=person, stage="entry", recorded_on=datetime.date(2026, 2, 1)
        )
        MeetingAttendance.objects.create(meeting=meeting, participant=person, present=True)
        HomeVisit.objects.create(participant=person, date=datetime.date(2026, 3, 1))
        match = make_match(participant=person)
        MeetingLog.objects.create(
            match=match, date=datetime.date(2026, 3, 2), duration_minutes=60, activity="visit"
        )
        FollowUpAlert.objects.create(
            match=match, kind="checkin", period=f"checkin-{i}", due_on=datetime.date(2026, 4, 1)
        )
        OutreachContactFactory(
            municipality=kemi, date=datetime.date(2026, 1, 5), participant=person
        )
        ReferralFactory(participant=person, date=datetime.date(2026, 2, 3))


def count_queries(key, filters):
    # A fresh Filters, as each request has: it keeps figures computed for the request.
    filters = sections.Filters(filters.period, filters.municipality)
    with CaptureQueriesContext(connection) as queries:
        sections.build(key, filters)
    return len(queries)


@pytest.mark.parametrize("key", list(sections.REPORTS))
def test_queries_stay_the_same_as_data_grows(key, make_meeting, kemi):
    filters = sections.Filters(period.calendar_year(2026))
    add_data(make_meeting, kemi, 2)
    small = count_queries(key, filters)
    add_data(make_meeting, kemi, 8)
    assert count_queries(key, filters) == small
    assert count_queries(key, sections.Filters(period.WHOLE_PROJECT, kemi)) == small


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/reporting/", {"kind": "all"})
    assert response.status_code == 200
    return len(queries)


def test_the_whole_dashboard_page_runs_the_same_queries_as_data_grows(
    client, make_user, home_page, make_meeting, kemi
):
    from cms import roles

    client.force_login(make_user(roles.COORDINATORS))
    add_data(make_meeting, kemi, 2)
    dashboard_queries(client)  # the first request fills per-process caches
    small = dashboard_queries(client)
    add_data(make_meeting, kemi, 8)
    assert dashboard_queries(client) == small
