"""Match health check-ins: date rules, the beat job on a real worker under a frozen
clock (each check-in once), and the attention panel."""

import datetime
import time

import pytest
from django.db import transaction
from freezegun import freeze_time

from tests.factories.matches import make_match
from tests.waiting import wait_for
from volunteers.matching import checkins, followup
from volunteers.matching.models import Match, MatchCheckIn
from volunteers.outbox.models import OutgoingEmail

D = datetime.date


@pytest.fixture(autouse=True)
def in_english():
    """Messages are asserted in English, whatever translations the catalogues hold."""
    from django.utils import translation

    with translation.override("en"):
        yield


def test_the_first_checkin_is_30_days_after_the_start_then_every_60():
    assert checkins.checkin_due(D(2026, 1, 1), 1) == D(2026, 1, 31)
    assert checkins.checkin_due(D(2026, 1, 1), 2) == D(2026, 4, 1)
    assert checkins.checkin_due(D(2026, 1, 1), 3) == D(2026, 5, 31)


@pytest.mark.parametrize(
    ("today", "expected"),
    [(D(2026, 1, 30), 0), (D(2026, 1, 31), 1), (D(2026, 3, 31), 1), (D(2026, 4, 1), 2)],
)
def test_checkins_due_counts_from_the_start(today, expected):
    assert checkins.checkins_due(D(2026, 1, 1), today) == expected


def test_an_unanswered_checkin_is_overdue_after_14_days():
    assert not checkins.is_overdue(D(2026, 1, 31), D(2026, 2, 13))
    assert checkins.is_overdue(D(2026, 1, 31), D(2026, 2, 14))


@pytest.mark.django_db
def test_the_start_is_the_introduction_else_the_approval():
    with freeze_time("2026-01-05 09:00"):
        approved = make_match(status=Match.Status.APPROVED)
        introduced = make_match(introduced_on=D(2026, 1, 20))
    assert checkins.match_start(approved) == D(2026, 1, 5)
    assert checkins.match_start(introduced) == D(2026, 1, 20)


def _checkin_emails():
    return list(OutgoingEmail.objects.filter(purpose="match-checkin").values_list("to", flat=True))


@pytest.mark.worker
def test_the_beat_job_opens_each_checkin_once_on_a_real_worker(celery_worker):
    from volunteers.matching.tasks import open_checkins_task

    with freeze_time("2026-01-01 09:00"):
        due = make_match(introduced_on=D(2026, 1, 10))
        not_yet = make_match(introduced_on=D(2026, 2, 1))
        ended = make_match(status=Match.Status.ENDED, introduced_on=D(2026, 1, 1))
    # The clock ticks from the frozen moment, so the worker's timers still run.
    with freeze_time("2026-02-09 07:15", tick=True):
        with transaction.atomic():
            open_checkins_task.delay()
        assert wait_for(lambda: MatchCheckIn.objects.count() == 2)
        assert _checkin_emails() == [due.volunteer.email]
        # A second beat the same day (or the next) opens nothing new.
        with transaction.atomic():
            open_checkins_task.delay()
            open_checkins_task.delay()
        time.sleep(2.0)  # the solo worker runs the jobs one after another
    assert MatchCheckIn.objects.count() == 2
    assert _checkin_emails() == [due.volunteer.email]
    sides = set(MatchCheckIn.objects.filter(match=due).values_list("side", "number", "due_on"))
    assert sides == {("volunteer", 1, D(2026, 2, 9)), ("family", 1, D(2026, 2, 9))}
    assert not MatchCheckIn.objects.filter(match__in=[not_yet, ended]).exists()


@pytest.mark.django_db
def test_a_match_without_introduction_counts_from_its_approval():
    with freeze_time("2026-01-01 09:00"):
        match = make_match(status=Match.Status.APPROVED)
    with freeze_time("2026-01-30 07:00"):
        assert checkins.open_checkins() == 0
    with freeze_time("2026-01-31 07:00"):
        assert checkins.open_checkins() == 1
    assert match.checkins.get(side="volunteer").due_on == D(2026, 1, 31)


@pytest.mark.django_db
def test_the_next_checkin_comes_60_days_later():
    match = make_match(introduced_on=D(2026, 1, 1))
    for day in ("2026-01-31", "2026-02-01", "2026-03-31", "2026-04-01", "2026-04-02"):
        with freeze_time(f"{day} 07:00"):
            checkins.open_checkins()
    assert list(
        match.checkins.filter(side="volunteer").order_by("number").values_list("due_on", flat=True)
    ) == [D(2026, 1, 31), D(2026, 4, 1)]
    assert len(_checkin_emails()) == 2


def _answer(checkin, rating):
    return checkins.answer(checkin, rating=rating, meetings_held=2, note="", by=None)


@pytest.mark.django_db
def test_a_low_answer_or_no_answer_in_14_days_needs_attention():
    low, fine, silent = (make_match(introduced_on=D(2026, 1, 1)) for _ in range(3))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
        _answer(low.checkins.get(side="volunteer"), 2)
        _answer(fine.checkins.get(side="volunteer"), 4)
    with freeze_time("2026-02-13 07:00"):
        assert set(checkins.attention_matches()) == {low}
        assert followup.attention()["checkins"] == 1
    with freeze_time("2026-02-14 07:00"):
        assert set(checkins.attention_matches()) == {low, silent}
        assert followup.attention()["checkins"] == 2
        # The coordinator looks at it: it leaves the panel.
        checkins.mark_seen(low)
        assert set(checkins.attention_matches()) == {silent}


@pytest.mark.django_db
def test_a_low_family_view_needs_attention_too():
    match = make_match(introduced_on=D(2026, 1, 1))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
        _answer(match.checkins.get(side="volunteer"), 5)
        assert not checkins.attention_matches().exists()
        _answer(match.checkins.get(side="family"), 1)
        assert set(checkins.attention_matches()) == {match}


@pytest.mark.django_db
def test_an_answer_is_kept_once_given():
    match = make_match(introduced_on=D(2026, 1, 1))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
    checkin = match.checkins.get(side="volunteer")
    _answer(checkin, 4)
    _answer(checkin, 1)
    checkin.refresh_from_db()
    assert checkin.rating == 4


# --- The volunteer answers in her portal ------------------------------------------


@pytest.fixture
def volunteer_user(make_user):
    from cms import roles

    return make_user(roles.VOLUNTEERS)


@pytest.fixture
def due_checkin(volunteer_user):
    from tests.factories.matching import matchable_participant, matchable_volunteer

    match = make_match(
        volunteer=matchable_volunteer(user=volunteer_user),
        participant=matchable_participant(first_name="Ñúñez"),
        introduced_on=D(2026, 1, 1),
    )
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
    return match.checkins.get(side="volunteer")


def _answer_url(checkin):
    from django.urls import reverse

    return reverse("volunteers:match_checkin", args=[checkin.match_id, checkin.pk])


def _match_url(match):
    from django.urls import reverse

    return reverse("volunteers:match", args=[match.pk])


ANSWER = {"checkin-rating": "4", "checkin-meetings_held": "3", "checkin-note": "Menee hyvin"}


@pytest.mark.django_db
def test_the_volunteer_answers_her_checkin_in_her_portal(client, volunteer_user, due_checkin):
    client.force_login(volunteer_user)
    html = client.get(_match_url(due_checkin.match)).content.decode()
    assert "How is your match going?" in html
    response = client.post(_answer_url(due_checkin), ANSWER)
    assert response.status_code == 302
    due_checkin.refresh_from_db()
    assert (due_checkin.rating, due_checkin.meetings_held, due_checkin.note) == (
        4,
        3,
        "Menee hyvin",
    )
    assert due_checkin.answered_by == volunteer_user
    # Answered: the question is gone from her page.
    html = client.get(_match_url(due_checkin.match)).content.decode()
    assert "How is your match going?" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("rating", ["0", "6", "", "viisi"])
def test_the_rating_must_be_1_to_5(client, volunteer_user, due_checkin, rating):
    client.force_login(volunteer_user)
    response = client.post(_answer_url(due_checkin), {**ANSWER, "checkin-rating": rating})
    assert response.status_code == 400
    assert "Choose a number from 1 to 5." in response.content.decode()
    due_checkin.refresh_from_db()
    assert due_checkin.answered_at is None


@pytest.mark.parametrize("rating", ["0", ""])
def test_the_rating_message_is_translated_into_finnish(rating):
    from django.utils import translation

    from volunteers.matching.forms import CheckInForm

    with translation.override("fi"):
        form = CheckInForm({"rating": rating, "meetings_held": "1"})
        assert not form.is_valid()
        assert form.errors["rating"] == ["Valitse luku 1–5."]


@pytest.mark.django_db
def test_another_volunteer_cannot_see_or_answer_the_checkin(client, make_user, due_checkin):
    from cms import roles
    from tests.factories.matching import matchable_volunteer

    other = make_user(roles.VOLUNTEERS)
    own = make_match(volunteer=matchable_volunteer(user=other))
    client.force_login(other)
    assert client.get(_match_url(due_checkin.match)).status_code == 404
    assert client.post(_answer_url(due_checkin), ANSWER).status_code == 404
    # Nor through her own match's address with the other check-in's id.
    from django.urls import reverse

    url = reverse("volunteers:match_checkin", args=[own.pk, due_checkin.pk])
    assert client.post(url, ANSWER).status_code == 404
    due_checkin.refresh_from_db()
    assert due_checkin.answered_at is None


@pytest.mark.django_db
def test_an_outsider_is_sent_to_log_in(client, due_checkin):
    response = client.post(_answer_url(due_checkin), ANSWER)
    assert response.status_code == 302
    assert "login" in response["Location"]
    due_checkin.refresh_from_db()
    assert due_checkin.answered_at is None


@pytest.mark.django_db
def test_the_family_side_cannot_be_answered_by_the_volunteer(client, volunteer_user, due_checkin):
    family = due_checkin.match.checkins.get(side="family")
    client.force_login(volunteer_user)
    assert client.post(_answer_url(family), ANSWER).status_code == 404


@pytest.mark.django_db
def test_a_match_counts_from_the_volunteer_s_yes_not_the_proposal():
    """The match starts when she accepts it: the days she took to answer the proposal
    are not counted towards her first check-in."""
    with freeze_time("2026-01-01 09:00"):
        match = make_match(status=Match.Status.APPROVED)
    Match.objects.filter(pk=match.pk).update(
        answered_at=datetime.datetime(2026, 1, 8, 9, tzinfo=datetime.UTC)
    )
    match.refresh_from_db()
    assert checkins.match_start(match) == D(2026, 1, 8)


@pytest.mark.django_db
def test_a_proposal_still_waiting_for_her_answer_gets_no_checkin(settings):
    with freeze_time("2026-01-01 09:00"):
        match = make_match(status=Match.Status.APPROVED)
    Match.objects.filter(pk=match.pk).update(status=Match.Status.PROPOSED)
    with freeze_time("2026-03-01 07:00"):
        assert checkins.open_checkins() == 0
    assert not match.checkins.exists()


@pytest.mark.django_db
def test_her_own_page_says_a_check_in_is_waiting(client, volunteer_user, due_checkin):
    client.force_login(volunteer_user)
    page = client.get("/volunteer/me/").content.decode()
    assert "data-checkin-waiting" in page
    assert f'href="{_match_url(due_checkin.match)}#checkin"' in page

    checkins.answer(due_checkin, rating=4, meetings_held=2, note="", by=volunteer_user)
    assert "data-checkin-waiting" not in client.get("/volunteer/me/").content.decode()


@pytest.mark.django_db
def test_her_own_page_takes_the_same_queries_however_many_matches(
    client, volunteer_user, due_checkin, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(volunteer_user)
    client.get("/volunteer/me/")
    # Both counts with the page's cached header and footer cold: adding rows may move
    # the page cache's generation, and that is not what is measured here.
    cache.clear()
    with CaptureQueriesContext(connection) as one:
        client.get("/volunteer/me/")
    for _ in range(3):
        make_match(volunteer=due_checkin.match.volunteer, status=Match.Status.ENDED)
    cache.clear()
    with CaptureQueriesContext(connection) as four:
        client.get("/volunteer/me/")
    assert len(four) == len(one)


@pytest.mark.django_db
def test_the_weekly_digest_counts_the_checkins_needing_attention(make_user):
    """A low answer reaches the coordinator who reads only her Monday email."""
    from cms import roles
    from volunteers.outbox.models import OutgoingEmail

    make_user(roles.COORDINATORS, email="koordinaattori@example.org")
    low = make_match(introduced_on=D(2026, 1, 1))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
        _answer(low.checkins.get(side="volunteer"), 1)
    with freeze_time("2026-02-02 07:30"):
        followup.send_weekly_digest()
    # In the coordinator's language (Finnish here).
    body = OutgoingEmail.objects.get(purpose="weekly-digest").body
    assert (
        "Huomiota vaativat kuulumiskyselyt (heikko vastaus tai ei vastausta 14 päivään): 1" in body
    )
    assert "Tekstiviestit, joita ei voitu lähettää: 0" in body
