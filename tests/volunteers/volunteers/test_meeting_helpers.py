"""Childcare helpers at a theme meeting: the coordinator assigns eligible volunteers
with the childcare or friend role on the meeting view, each is told by email in her
language, and nobody else may assign."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms import roles
from cms.vocabularies import VolunteerRole
from tests.factories.participants import ParticipantChildFactory, ParticipantFactory
from tests.factories.resources import (
    ThemeMeetingPageFactory,
    ThemePackagePageFactory,
)
from tests.factories.volunteers import VolunteerFactory, approved_volunteer
from tests.refusals import assert_refused, refused_to
from volunteers.outbox.models import OutgoingEmail
from volunteers.participants import registrations
from volunteers.volunteers.models import MeetingHelper

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_municipalities")]


@pytest.fixture
def meeting(meeting_index, home_page):
    package = ThemePackagePageFactory(parent=home_page, title="Neuvola ja lapsen terveys")
    return ThemeMeetingPageFactory(
        parent=meeting_index, title="Neuvola", childcare_places=4, theme_package=package
    )


@pytest.fixture
def helper():
    return approved_volunteer(
        roles=[VolunteerRole.CHILDCARE], first_name="Siiri", email="siiri@example.org"
    )


def url(meeting, action="assign"):
    return f"/admin/meeting-helpers/{meeting.pk}/{action}/"


def meeting_page(client, meeting):
    return client.get(f"/admin/registrations/{meeting.pk}/").content.decode()


def register_children(meeting, worker, ages):
    mother = ParticipantFactory(worker=worker)
    year = timezone.localdate().year
    kids = [ParticipantChildFactory(participant=mother, birth_year=year - a) for a in ages]
    registrations.register(meeting, mother, worker, children=kids)


def test_the_coordinator_assigns_a_childcare_helper_and_sees_her_beside_the_children(
    coordinator_client, meeting, helper, worker
):
    register_children(meeting, worker, [2, 4])
    response = coordinator_client.post(url(meeting), {"volunteer": helper.pk}, follow=True)
    assert response.status_code == 200
    assert MeetingHelper.objects.get().volunteer == helper
    html = response.content.decode()
    assert f"{helper.full_name} on nyt tapaamisen lastenhoitaja" in html
    assert 'data-childcare="children">2<' in html
    assert 'data-childcare="places">4<' in html
    assert 'data-childcare="helpers">1<' in html
    assert 'data-helper="Siiri' in html


def test_assigning_emails_her_in_her_language_with_time_place_theme_and_children(
    coordinator_client, meeting, worker
):
    swede = approved_volunteer(
        roles=[VolunteerRole.CHILDCARE],
        first_name="Stina",
        email="stina@example.org",
        language="sv",
    )
    register_children(meeting, worker, [1, 3, 5])
    coordinator_client.post(url(meeting), {"volunteer": swede.pk})
    email = OutgoingEmail.objects.get(purpose="childcare-helper-assigned")
    assert email.to == "stina@example.org"
    assert email.language == "sv"
    start = timezone.localtime(meeting.start)
    assert f"{start:%H:%M}" in email.body
    assert "Du är barnvakt vid en tematräff" in email.body
    assert "Barn anmälda till barnpassningen hittills: 3" in email.body
    assert meeting.venue.name in email.body
    assert "Tema: Neuvola ja lapsen terveys" in email.body
    assert "Barnvakt vid tematräffen" in email.subject


def test_an_eligible_friend_can_help_too(coordinator_client, meeting):
    friend = approved_volunteer(roles=[VolunteerRole.FRIEND], first_name="Frida")
    coordinator_client.post(url(meeting), {"volunteer": friend.pk})
    assert MeetingHelper.objects.filter(volunteer=friend).exists()


def test_the_choices_offer_only_eligible_childcare_helpers_and_friends(
    coordinator_client, meeting, helper
):
    approved_volunteer(roles=[VolunteerRole.GODPARENT], first_name="Ilmari")
    approved_volunteer(roles=[VolunteerRole.CHILDCARE], first_name="Tauno", paused=True)
    VolunteerFactory(roles=[VolunteerRole.CHILDCARE], first_name="Seppo")
    approved_volunteer(roles=[VolunteerRole.FRIEND], first_name="Frida")
    html = meeting_page(coordinator_client, meeting)
    assert f'<option value="{helper.pk}">' in html
    assert "Frida" in html
    for name in ("Ilmari", "Tauno", "Seppo"):
        assert name not in html


@pytest.mark.parametrize(
    "who",
    [
        dict(roles=[VolunteerRole.CHILDCARE], paused=True),
        dict(roles=[VolunteerRole.GODPARENT]),
    ],
    ids=["paused", "only-a-godparent"],
)
def test_a_volunteer_who_is_not_an_eligible_helper_is_refused_with_a_message(
    coordinator_client, meeting, who
):
    volunteer = approved_volunteer(first_name="Eeva", **who)
    response = coordinator_client.post(url(meeting), {"volunteer": volunteer.pk}, follow=True)
    assert "Valitse lastenhoitajaksi sopiva vapaaehtoinen" in response.content.decode()
    assert not MeetingHelper.objects.exists()
    assert not OutgoingEmail.objects.exists()


def test_a_helper_who_stopped_being_eligible_is_refused_by_the_service(
    meeting, helper, coordinator
):
    from django.core.exceptions import ValidationError

    from volunteers.volunteers import meeting_helpers

    helper.paused = True
    helper.save()
    with pytest.raises(ValidationError) as error:
        meeting_helpers.assign(meeting, helper, coordinator)
    assert "Siiri" in error.value.messages[0]
    assert not MeetingHelper.objects.exists()


def test_assigning_her_twice_shows_a_message_and_keeps_one(coordinator_client, meeting, helper):
    coordinator_client.post(url(meeting), {"volunteer": helper.pk})
    response = coordinator_client.post(url(meeting), {"volunteer": helper.pk}, follow=True)
    assert "on jo tämän tapaamisen lastenhoitaja" in response.content.decode()
    assert MeetingHelper.objects.count() == 1
    assert OutgoingEmail.objects.filter(purpose="childcare-helper-assigned").count() == 1


def test_removing_a_helper_tells_her(coordinator_client, meeting, helper):
    coordinator_client.post(url(meeting), {"volunteer": helper.pk})
    assigned = MeetingHelper.objects.get()
    response = coordinator_client.post(url(meeting, f"remove/{assigned.pk}"), follow=True)
    assert not MeetingHelper.objects.exists()
    assert f"{helper.full_name} ei ole enää tapaamisen lastenhoitaja" in response.content.decode()
    email = OutgoingEmail.objects.get(purpose="childcare-helper-removed")
    assert email.to == "siiri@example.org"
    assert "Et ole enää lastenhoitajana" in email.body


def test_a_helper_assigned_on_a_translated_copy_belongs_to_the_meeting(
    coordinator_client, meeting, helper
):
    from tests.volunteers.participants.test_attendance_translations import translate

    arabic = translate(meeting, "ar", "لقاء موضوعي")
    coordinator_client.post(url(arabic), {"volunteer": helper.pk})
    assert MeetingHelper.objects.get().meeting_id == meeting.pk
    assert 'data-childcare="helpers">1<' in meeting_page(coordinator_client, arabic)


@pytest.mark.parametrize("group", [roles.PROJECT_WORKERS, roles.VOLUNTEERS])
def test_a_project_worker_or_a_volunteer_cannot_assign_or_remove(
    client, make_user, meeting, helper, coordinator, group
):
    from volunteers.volunteers import meeting_helpers

    assigned = meeting_helpers.assign(meeting, helper, coordinator)
    other = approved_volunteer(roles=[VolunteerRole.CHILDCARE], first_name="Toinen")
    client.force_login(make_user(group))
    response = client.post(url(meeting), {"volunteer": other.pk})
    assert_refused(response, to=refused_to(group))
    response = client.post(url(meeting, f"remove/{assigned.pk}"))
    assert_refused(response, to=refused_to(group))
    assert list(MeetingHelper.objects.values_list("volunteer", flat=True)) == [helper.pk]


def test_a_project_worker_sees_the_counts_but_not_the_helpers(
    client, worker, meeting, helper, coordinator
):
    from volunteers.volunteers import meeting_helpers

    meeting_helpers.assign(meeting, helper, coordinator)
    client.force_login(worker)
    html = meeting_page(client, meeting)
    assert 'data-count="children">' in html
    assert "Siiri" not in html
    assert url(meeting) not in html


def test_the_meeting_view_costs_the_same_queries_however_many_helpers(
    coordinator_client, meeting, coordinator
):
    from volunteers.volunteers import meeting_helpers

    def assign_one(n):
        volunteer = approved_volunteer(roles=[VolunteerRole.CHILDCARE], first_name=f"Apu{n}")
        meeting_helpers.assign(meeting, volunteer, coordinator)

    assign_one(0)
    meeting_page(coordinator_client, meeting)
    with CaptureQueriesContext(connection) as few:
        meeting_page(coordinator_client, meeting)
    for n in range(1, 6):
        assign_one(n)
    with CaptureQueriesContext(connection) as many:
        html = meeting_page(coordinator_client, meeting)
    assert 'data-childcare="helpers">6<' in html
    assert len(many) == len(few)


# The English source of the helper's emails: none of it may reach her in another language.
ENGLISH = [
    "Childcare helper at the theme meeting",
    "You are a childcare helper",
    "Children registered for the childcare",
    "If you cannot come",
    "No longer a childcare helper",
    "Thank you for offering to help",
]


@pytest.mark.parametrize("code", [c for c in settings.INTERFACE_LANGUAGES if c != "en"])
def test_both_emails_are_in_each_of_the_ten_languages(meeting, coordinator, code):
    from volunteers.volunteers import meeting_helpers

    volunteer = approved_volunteer(roles=[VolunteerRole.CHILDCARE], language=code)
    assigned = meeting_helpers.assign(meeting, volunteer, coordinator)
    meeting_helpers.remove(assigned, coordinator)
    emails = OutgoingEmail.objects.filter(to=volunteer.email).order_by("pk")
    assert [e.language for e in emails] == [code, code]
    text = " ".join(f"{e.subject} {e.body}" for e in emails)
    assert [s for s in ENGLISH if s in text] == []
    assert ("Olet lastenhoitajana" in text) == (code == "fi")
