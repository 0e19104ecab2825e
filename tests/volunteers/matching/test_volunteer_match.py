"""The volunteer's own match page: only her match, only what she needs; meeting log."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cms import roles
from tests.factories.matches import make_match
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.models import Match, MatchFeedback, MeetingLog

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """Messages are asserted in English, whatever translations the catalogues hold."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def volunteer_user(make_user):
    return make_user(roles.VOLUNTEERS)


@pytest.fixture
def own_match(volunteer_user):
    participant = matchable_participant(
        first_name="Ñúñez", last_name="Salainensukunimi", phone="+358 40 999 8888"
    )
    return make_match(
        volunteer=matchable_volunteer(user=volunteer_user),
        participant=participant,
        agreed_contact="Tekstiviesti",
        meeting_plan="Tiistaisin",
    )


@pytest.fixture
def volunteer_client(client, volunteer_user):
    client.force_login(volunteer_user)
    return client


def url(match):
    return reverse("volunteers:match", args=[match.pk])


def test_the_volunteer_sees_first_name_municipality_contact_and_plan(volunteer_client, own_match):
    html = volunteer_client.get(url(own_match)).content.decode()
    for text in ("Ñúñez", "Kemi", "Tekstiviesti", "Tiistaisin"):
        assert text in html


def test_the_volunteer_sees_nothing_more_of_the_family(volunteer_client, own_match):
    html = volunteer_client.get(url(own_match)).content.decode()
    assert "Salainensukunimi" not in html
    assert "999 8888" not in html


def test_another_volunteers_match_is_not_found(volunteer_client, own_match):
    other = make_match()
    assert volunteer_client.get(url(other)).status_code == 404


def test_another_volunteers_match_takes_no_meeting_log(volunteer_client, own_match):
    other = make_match()
    response = volunteer_client.post(
        url(other), {"date": timezone.localdate(), "duration_minutes": 60, "activity": "visit"}
    )
    assert response.status_code == 404
    assert not MeetingLog.objects.exists()


def test_staff_without_a_volunteer_profile_get_404(client, make_user, own_match):
    client.force_login(make_user(roles.COORDINATORS))
    assert client.get(url(own_match)).status_code == 404


def test_an_anonymous_visitor_is_sent_to_log_in(client, own_match):
    response = client.get(url(own_match))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_portal_lists_her_match(volunteer_client, own_match):
    html = volunteer_client.get(reverse("volunteers:me")).content.decode()
    assert url(own_match) in html


def test_the_volunteer_logs_a_meeting(volunteer_client, own_match, volunteer_user):
    today = timezone.localdate()
    response = volunteer_client.post(
        url(own_match),
        {"date": today, "duration_minutes": 90, "activity": "outing", "note": "Puistossa"},
    )
    assert response.status_code == 302
    meeting = MeetingLog.objects.get()
    assert (meeting.match, meeting.date, meeting.logged_by) == (own_match, today, volunteer_user)


def test_the_note_is_not_shown_back_on_the_volunteers_page(volunteer_client, own_match):
    MeetingLog.objects.create(
        match=own_match,
        date=timezone.localdate(),
        duration_minutes=30,
        activity="phone",
        note="Vain koordinaattorille",
    )
    assert "Vain koordinaattorille" not in volunteer_client.get(url(own_match)).content.decode()


def test_a_future_meeting_is_refused_with_the_input_kept(volunteer_client, own_match):
    future = timezone.localdate() + datetime.timedelta(days=3)
    response = volunteer_client.post(
        url(own_match),
        {"date": future, "duration_minutes": 45, "activity": "visit", "note": "Äidin kanssa"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "cannot be in the future" in html
    assert "Äidin kanssa" in html
    assert not MeetingLog.objects.exists()


def test_a_missing_duration_gets_a_message_next_to_the_field(volunteer_client, own_match):
    response = volunteer_client.post(
        url(own_match), {"date": timezone.localdate(), "activity": "visit"}
    )
    assert response.status_code == 400
    assert 'id="id_duration_minutes_error"' in response.content.decode()


def test_the_volunteer_pauses_her_match_from_her_page(volunteer_client, own_match):
    volunteer_client.post(
        reverse("volunteers:match_move", args=[own_match.pk]), {"target": "paused"}
    )
    own_match.refresh_from_db()
    assert own_match.status == Match.Status.PAUSED


def test_the_volunteer_cannot_end_her_match(volunteer_client, own_match):
    response = volunteer_client.post(
        reverse("volunteers:match_move", args=[own_match.pk]),
        {"target": "ended", "end_reason": "other"},
    )
    assert response.status_code == 403
    own_match.refresh_from_db()
    assert own_match.status == Match.Status.ACTIVE


def test_feedback_is_given_once_after_the_end(volunteer_client, own_match):
    own_match.status = Match.Status.ENDED
    own_match.save()
    feedback_url = reverse("volunteers:match_feedback", args=[own_match.pk])
    volunteer_client.post(feedback_url, {"rating": 5, "text": "Kiitos"})
    volunteer_client.post(feedback_url, {"rating": 1, "text": "Uudestaan"})
    assert list(MatchFeedback.objects.values_list("rating", "text")) == [(5, "Kiitos")]


def test_feedback_is_refused_while_the_match_is_open(volunteer_client, own_match):
    response = volunteer_client.post(
        reverse("volunteers:match_feedback", args=[own_match.pk]), {"rating": 5}
    )
    assert response.status_code == 403
    assert not MatchFeedback.objects.exists()
