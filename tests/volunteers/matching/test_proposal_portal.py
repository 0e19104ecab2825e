"""The volunteer answers a proposed match in her portal; nobody else can."""

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.matches import pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching import review
from volunteers.matching.models import Match, MeetingLog

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def proposed(make_user):
    volunteer = matchable_volunteer(user=make_user(roles.VOLUNTEERS))
    family = matchable_participant(first_name="Ñúñez")
    return review.approve(pending_suggestion(family, volunteer), by=make_user(roles.COORDINATORS))


@pytest.fixture
def her_client(client, proposed):
    client.force_login(proposed.volunteer.user)
    return client


def answer_url(match):
    return reverse("volunteers:match_answer", args=[match.pk])


def test_her_portal_asks_for_an_answer(her_client, proposed):
    me = her_client.get(reverse("volunteers:me")).content.decode()
    assert "please answer by" in me
    page = her_client.get(reverse("volunteers:match", args=[proposed.pk])).content.decode()
    assert "Accept the match" in page
    assert "Decline the match" in page
    assert "Save the meeting" not in page  # meetings come after her yes


def test_she_accepts(her_client, proposed):
    response = her_client.post(answer_url(proposed), {"answer": "accept"}, follow=True)
    assert "Your coordinator will contact you" in response.content.decode()
    proposed.refresh_from_db()
    assert proposed.status == Match.Status.APPROVED
    assert "Save the meeting" in response.content.decode()


def test_a_decline_without_a_reason_is_refused_with_a_message(her_client, proposed):
    response = her_client.post(answer_url(proposed), {"answer": "decline", "reason": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    proposed.refresh_from_db()
    assert proposed.status == Match.Status.PROPOSED


def test_she_declines_with_a_reason(her_client, proposed):
    response = her_client.post(
        answer_url(proposed), {"answer": "decline", "reason": "Muutan syksyllä"}, follow=True
    )
    assert "You declined this match" in response.content.decode()
    proposed.refresh_from_db()
    assert (proposed.status, proposed.decline_reason) == (Match.Status.DECLINED, "Muutan syksyllä")


def test_she_cannot_log_a_meeting_before_answering(her_client, proposed):
    response = her_client.post(
        reverse("volunteers:match", args=[proposed.pk]),
        {"date": "2026-01-01", "duration_minutes": "60", "activity": "outing"},
    )
    assert response.status_code == 403
    assert not MeetingLog.objects.exists()


def test_another_volunteer_cannot_answer(client, make_user, proposed):
    other = matchable_volunteer(user=make_user(roles.VOLUNTEERS))
    client.force_login(other.user)
    assert client.post(answer_url(proposed), {"answer": "accept"}).status_code == 404
    proposed.refresh_from_db()
    assert proposed.status == Match.Status.PROPOSED


def test_a_coordinator_cannot_answer_in_her_place(client, make_user, proposed):
    client.force_login(make_user(roles.COORDINATORS))
    assert client.post(answer_url(proposed), {"answer": "accept"}).status_code == 404


def test_an_anonymous_visitor_is_sent_to_log_in(client, proposed):
    response = client.post(answer_url(proposed), {"answer": "accept"})
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == Match.Status.PROPOSED


def test_the_coordinator_sees_her_answer_and_why_she_declined(client, make_user, proposed):
    from volunteers.matching import proposals

    client.force_login(make_user(roles.COORDINATORS))
    detail = reverse("match_admin:detail", args=[proposed.pk])
    assert "data-answer-due" in client.get(detail).content.decode()
    proposals.decline(proposed, by=proposed.volunteer.user, reason="Muutan syksyllä")
    html = client.get(detail).content.decode()
    assert "Muutan syksyllä" in html
    assert "vapaaehtoinen kieltäytyi" in html  # the admin speaks Finnish
