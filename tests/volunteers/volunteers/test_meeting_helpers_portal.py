"""Her own page lists the theme meetings she is a childcare helper at: when (local
time), which meeting (in her interface language where translated), where, and how
many children are registered for how many places. Only her own, only still to come."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page

from cms import roles
from cms.vocabularies import VolunteerRole
from tests.factories.participants import ParticipantChildFactory, ParticipantFactory
from tests.factories.resources import ThemeMeetingPageFactory
from tests.factories.volunteers import approved_volunteer
from volunteers.participants import registrations
from volunteers.volunteers import meeting_helpers
from volunteers.volunteers.models import MeetingHelper

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_municipalities")]

SECTION = 'id="childcare-heading"'


def meeting_in(meeting_index, days, **kwargs):
    # 15:30 UTC: 17:30 or 18:30 in Helsinki, so a page showing UTC would be caught.
    day = timezone.now().date() + datetime.timedelta(days=days)
    start = datetime.datetime.combine(day, datetime.time(15, 30), tzinfo=datetime.UTC)
    return ThemeMeetingPageFactory(
        parent=meeting_index, start=start, end=start + datetime.timedelta(hours=2), **kwargs
    )


@pytest.fixture
def helper(make_user):
    return approved_volunteer(
        user=make_user(roles.VOLUNTEERS), roles=[VolunteerRole.CHILDCARE], first_name="Siiri"
    )


@pytest.fixture
def meeting(meeting_index):
    return meeting_in(meeting_index, 3, title="Neuvola ja rokotukset", childcare_places=6)


def assign(meeting, volunteer):
    return MeetingHelper.objects.create(meeting=meeting, volunteer=volunteer)


def my_page(client, volunteer, path="/volunteer/me/"):
    client.force_login(volunteer.user)
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_she_sees_the_meeting_she_helps_at_with_local_time_place_and_children(
    client, helper, meeting, worker
):
    assign(meeting, helper)
    mother = ParticipantFactory(worker=worker)
    year = timezone.localdate().year
    kids = [ParticipantChildFactory(participant=mother, birth_year=year - a) for a in (2, 5)]
    registrations.register(meeting, mother, worker, children=kids)
    html = my_page(client, helper)
    assert SECTION in html
    assert "Neuvola ja rokotukset" in html
    local = timezone.localtime(meeting.start)
    assert local.strftime("%-d.%-m.%Y") in html
    assert f"{local:%H:%M}–{timezone.localtime(meeting.end):%H:%M}" in html
    assert meeting.venue.name in html
    assert "2 lasta ilmoitettu" in html
    assert "6 lastenhoitopaikkaa" in html


def test_the_meeting_title_is_in_her_language_where_the_meeting_is_translated(
    client, helper, meeting
):
    assign(meeting, helper)
    copy = meeting.copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    copy = Page.objects.get(pk=copy.pk).specific
    copy.title = "Rådgivningen och vaccinationer"
    copy.save_revision().publish()
    swedish = my_page(client, helper, "/sv/volunteer/me/")
    assert "Rådgivningen och vaccinationer" in swedish
    assert "Neuvola ja rokotukset" not in swedish
    assert "6 barnpassningsplatser" in swedish
    # Untranslated into Russian: the Finnish title, the meeting listed once.
    russian = my_page(client, helper, "/ru/volunteer/me/")
    assert russian.count("Neuvola ja rokotukset") == 1
    assert "Rådgivningen" not in russian


def test_another_volunteers_assignment_never_shows(client, helper, meeting_index, make_user):
    other = approved_volunteer(
        user=make_user(roles.VOLUNTEERS), roles=[VolunteerRole.CHILDCARE], first_name="Saara"
    )
    theirs = meeting_in(meeting_index, 4, title="Saaran kokoontuminen")
    assign(theirs, other)
    mine = meeting_in(meeting_index, 5, title="Siirin kokoontuminen")
    assign(mine, helper)
    html = my_page(client, helper)
    assert "Siirin kokoontuminen" in html
    assert "Saaran kokoontuminen" not in html
    assert "Siirin kokoontuminen" not in my_page(client, other)


def test_past_cancelled_and_removed_assignments_are_not_upcoming(
    client, helper, meeting_index, coordinator
):
    past = meeting_in(meeting_index, -2, title="Mennyt kokoontuminen")
    assign(past, helper)
    cancelled = meeting_in(meeting_index, 2, title="Peruttu kokoontuminen")
    cancelled.cancelled = True
    cancelled.save_revision().publish()
    assign(cancelled, helper)
    removed = meeting_in(meeting_index, 6, title="Poistettu kokoontuminen")
    meeting_helpers.remove(assign(removed, helper), coordinator)
    html = my_page(client, helper)
    for title in ("Mennyt", "Peruttu", "Poistettu"):
        assert f"{title} kokoontuminen" not in html
    # She has the childcare role: the section says there is nothing coming up.
    assert SECTION in html
    assert "Sinulle ei ole tulossa lastenhoitovuoroja" in html


def test_the_page_stays_quiet_about_childcare_for_a_volunteer_without_that_role(client, make_user):
    godparent = approved_volunteer(user=make_user(roles.VOLUNTEERS), first_name="Kaisa")
    html = my_page(client, godparent)
    assert SECTION not in html
    assert "lastenhoitovuoroja" not in html


def test_a_friend_assigned_as_helper_sees_her_assignment(client, make_user, meeting):
    friend = approved_volunteer(
        user=make_user(roles.VOLUNTEERS), roles=[VolunteerRole.FRIEND], first_name="Ella"
    )
    assign(meeting, friend)
    html = my_page(client, friend)
    assert SECTION in html
    assert "Neuvola ja rokotukset" in html


def test_her_page_takes_the_same_queries_however_many_assignments(client, helper, meeting_index):
    sv = Locale.objects.get(language_code="sv")

    def add(days):
        meeting = meeting_in(meeting_index, days)
        assign(meeting, helper)
        copy = meeting.copy_for_translation(sv, copy_parents=True)
        Page.objects.get(pk=copy.pk).specific.save_revision().publish()

    add(1)
    my_page(client, helper, "/sv/volunteer/me/")
    cache.clear()
    with CaptureQueriesContext(connection) as one:
        my_page(client, helper, "/sv/volunteer/me/")
    for days in range(2, 6):
        add(days)
    cache.clear()
    with CaptureQueriesContext(connection) as five:
        html = my_page(client, helper, "/sv/volunteer/me/")
    assert html.count("data-helper-meeting") == 5
    assert len(five) == len(one)
