"""The coordinators' admin screens: review, pair rules, one match, the outbox."""

import pytest
from django.urls import reverse

from cms import roles
from tests.admin_lists import queries_of
from tests.factories.matches import finished_run, make_match, pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.refusals import assert_refused
from volunteers.matching.models import Match, MatchSuggestion, PairRule
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """Messages are asserted in English, whatever translations the catalogues hold."""
    from django.utils import translation

    with translation.override("en"):
        yield


REVIEW_URL = "/admin/review/"


@pytest.fixture
def coordinator_client(client, make_user):
    from wagtail.users.models import UserProfile

    user = make_user(roles.COORDINATORS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def test_the_review_screen_groups_the_proposed_volunteer_first(coordinator_client):
    participant = matchable_participant(first_name="Äijälä")
    run = finished_run()
    best = pending_suggestion(participant, matchable_volunteer(first_name="Ensimmäinen"), run)
    pending_suggestion(participant, matchable_volunteer(first_name="Toinen"), run, rank=1)
    html = coordinator_client.get(REVIEW_URL).content.decode()
    assert "Äijälä" in html
    assert html.index(best.volunteer.full_name) < html.index("Toinen")
    assert html.index("Proposed") < html.index("Alternative")


def test_the_review_screen_filters_by_municipality(coordinator_client):
    from resources.models import Municipality

    pending_suggestion(matchable_participant(first_name="Kemiläinen"))
    tornio = Municipality.objects.get(name="Tornio")
    pending_suggestion(matchable_participant(first_name="Torniolainen", municipality=tornio))
    html = coordinator_client.get(REVIEW_URL, {"municipality": tornio.pk}).content.decode()
    assert "Torniolainen" in html
    assert "Kemiläinen" not in html


def test_the_review_screen_filters_by_language(coordinator_client):
    pending_suggestion(matchable_participant(first_name="Arabiaa", languages=(("ar", 3),)))
    pending_suggestion(matchable_participant(first_name="Suomea"))
    html = coordinator_client.get(REVIEW_URL, {"language": "ar"}).content.decode()
    assert "Arabiaa" in html
    assert "Suomea" not in html


@pytest.mark.parametrize("group", [None, roles.PROJECT_WORKERS, roles.EDITORS])
def test_others_cannot_open_the_review_screen(client, make_user, group):
    client.force_login(make_user(group))
    response = client.get(REVIEW_URL)
    # Without admin access: the admin login; with it but no permission: the dashboard.
    assert response.status_code == 302
    expected = reverse("wagtailadmin_login") if group is None else reverse("wagtailadmin_home")
    assert response["Location"].split("?")[0] == expected


def test_the_review_screen_query_count_is_constant(coordinator_client, django_assert_num_queries):
    def add(n):
        run = finished_run()
        for _ in range(n):
            pending_suggestion(run=run)

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    add(2)
    # The first request of a login also stamps the staff session (a few writes).
    coordinator_client.get(REVIEW_URL)
    with CaptureQueriesContext(connection) as small:
        coordinator_client.get(REVIEW_URL)
    add(6)
    with django_assert_num_queries(len(small.captured_queries)):
        coordinator_client.get(REVIEW_URL)


def test_approving_on_the_screen_creates_the_match(coordinator_client):
    suggestion = pending_suggestion()
    response = coordinator_client.post(
        REVIEW_URL,
        {"suggestion": suggestion.pk, "action": "approve", "agreed_contact": "Puhelin"},
    )
    assert response.status_code == 302
    assert Match.objects.get().agreed_contact == "Puhelin"


def test_rejecting_without_a_reason_shows_the_error_and_keeps_the_input(coordinator_client):
    suggestion = pending_suggestion()
    response = coordinator_client.post(
        REVIEW_URL,
        {"suggestion": suggestion.pk, "action": "reject", "meeting_plan": "Keskiviikkoisin"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="error-{suggestion.pk}"' in html
    assert "Keskiviikkoisin" in html
    assert MatchSuggestion.objects.get(pk=suggestion.pk).status == "pending"


def test_an_approval_that_fails_the_recheck_says_why(coordinator_client):
    volunteer = matchable_volunteer(capacity=1)
    make_match(volunteer=volunteer)
    suggestion = pending_suggestion(volunteer=volunteer)
    response = coordinator_client.post(
        REVIEW_URL, {"suggestion": suggestion.pk, "action": "approve"}
    )
    assert response.status_code == 400
    assert "no room" in response.content.decode()


def test_a_rejected_pair_is_listed_and_can_be_cleared(coordinator_client):
    suggestion = pending_suggestion()
    coordinator_client.post(
        REVIEW_URL, {"suggestion": suggestion.pk, "action": "reject", "reason": "Ei sovi"}
    )
    rule = PairRule.objects.get()
    listing = coordinator_client.get(reverse("pair_rules:index")).content.decode()
    assert "Ei sovi" in listing
    assert reverse("pair_rules:clear", args=[rule.pk]) in listing
    coordinator_client.post(reverse("pair_rules:clear", args=[rule.pk]))
    rule.refresh_from_db()
    assert rule.cleared_at is not None


def test_the_coordinator_ends_a_match_with_a_reason(coordinator_client):
    match = make_match(status=Match.Status.ACTIVE)
    response = coordinator_client.post(
        reverse("match_admin:detail", args=[match.pk]),
        {"target": "ended", "end_reason": "completed", "reason": "Tavoitteet saavutettu"},
    )
    assert response.status_code == 302
    match.refresh_from_db()
    assert (match.status, match.end_reason) == ("ended", "completed")


def test_ending_without_a_reason_on_the_screen_keeps_the_input(coordinator_client):
    match = make_match(status=Match.Status.ACTIVE)
    response = coordinator_client.post(
        reverse("match_admin:detail", args=[match.pk]),
        {"target": "ended", "reason": "Muutti pois"},
    )
    assert response.status_code == 400
    assert "Muutti pois" in response.content.decode()


def test_a_project_worker_cannot_open_a_match(client, make_user):
    client.force_login(make_user(roles.PROJECT_WORKERS))
    match = make_match()
    response = client.get(reverse("match_admin:detail", args=[match.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_match_detail_shows_the_meeting_notes(coordinator_client):
    from volunteers.matching.models import MeetingLog

    match = make_match()
    MeetingLog.objects.create(
        match=match,
        date=match.introduced_on,
        duration_minutes=60,
        activity="visit",
        note="Salainen",
    )
    html = coordinator_client.get(reverse("match_admin:detail", args=[match.pk]))
    assert "Salainen" in html.content.decode()


def test_failed_emails_are_listed_for_coordinators(coordinator_client):
    OutgoingEmail.objects.create(
        to="kadonnut@example.org", subject="Hei", body="x", status="failed", last_error="SMTP"
    )
    OutgoingEmail.objects.create(to="perilla@example.org", subject="Hei", body="x", status="sent")
    html = coordinator_client.get(
        reverse("outgoing_email_admin:index"), {"status": "failed"}
    ).content.decode()
    assert "kadonnut@example.org" in html
    assert "perilla@example.org" not in html


def test_the_match_list_opens(coordinator_client):
    match = make_match()
    response = coordinator_client.get(reverse("match_admin:index"))
    assert response.status_code == 200
    assert match.volunteer.first_name in response.content.decode()
    assert match.participant.first_name in response.content.decode()


def test_the_match_list_filters_quiet_matches(coordinator_client):
    import datetime

    from django.utils import timezone

    quiet = make_match(introduced_on=timezone.localdate() - datetime.timedelta(days=20))
    busy = make_match(introduced_on=timezone.localdate())
    response = coordinator_client.get(reverse("match_admin:index"), {"quiet": "true"})
    listed = {m.pk for m in response.context["object_list"]}
    assert quiet.pk in listed
    assert busy.pk not in listed


# A coordinator's match list: session, user, permissions, the menu, the filters'
# choices, the count and the page of matches with both people.
MAX_MATCH_LIST_QUERIES = 13


def test_the_match_list_costs_the_same_queries_for_3_matches_as_for_30(
    coordinator_client, django_assert_max_num_queries
):
    for _ in range(3):
        make_match()
    url = reverse("match_admin:index")
    # The first request of a login also stamps the staff session (a few writes).
    coordinator_client.get(url)
    few = queries_of(coordinator_client, url)
    for _ in range(27):
        make_match()
    with django_assert_max_num_queries(MAX_MATCH_LIST_QUERIES):
        assert queries_of(coordinator_client, url) == few


def test_the_coordinator_records_the_familys_feedback_after_the_end(coordinator_client):
    from volunteers.matching.models import MatchFeedback

    match = make_match(status=Match.Status.ENDED)
    coordinator_client.post(
        reverse("match_admin:detail", args=[match.pk]),
        {"action": "family_feedback", "rating": 4, "text": "Äiti kiittää"},
    )
    assert list(MatchFeedback.objects.values_list("side", "rating", "text")) == [
        ("family", 4, "Äiti kiittää")
    ]


def test_family_feedback_without_a_rating_is_refused_with_the_text_kept(coordinator_client):
    match = make_match(status=Match.Status.ENDED)
    response = coordinator_client.post(
        reverse("match_admin:detail", args=[match.pk]),
        {"action": "family_feedback", "text": "Äiti kiittää"},
    )
    assert response.status_code == 400
    assert "Äiti kiittää" in response.content.decode()


def test_a_match_cannot_be_added_outside_the_review(coordinator_client):
    assert_refused(coordinator_client.get(reverse("match_admin:add")), to="dashboard")


def test_the_outbox_is_read_only(client, make_user):
    superuser = make_user(None, is_superuser=True)
    client.force_login(superuser)
    email = OutgoingEmail.objects.create(to="a@example.org", subject="S", body="B")
    assert client.get(reverse("outgoing_email_admin:edit", args=[email.pk])).status_code in (
        302,
        403,
    )


def test_the_match_page_belongs_to_the_matches_listing(coordinator_client):
    match = make_match()
    listing = coordinator_client.get(reverse("match_admin:index")).content.decode()
    detail = reverse("match_admin:detail", args=[match.pk])
    assert detail.startswith(reverse("match_admin:index"))
    assert f'href="{detail}"' in listing


def test_a_link_to_the_former_match_address_still_arrives(coordinator_client):
    match = make_match()
    response = coordinator_client.get(f"/admin/match/{match.pk}/")
    assert response.status_code == 301
    assert response["Location"] == reverse("match_admin:detail", args=[match.pk])


def test_a_match_has_one_page_the_list_links_to_it_and_no_bare_inspect_page(coordinator_client):
    match = make_match()
    listing = coordinator_client.get(reverse("match_admin:index")).content.decode()
    assert reverse("match_admin:detail", args=[match.pk]) in listing
    assert "/inspect/" not in listing
    inspect = coordinator_client.get(f"/admin/matches/inspect/{match.pk}/")
    assert inspect.status_code == 404


# --- The review screen at scale: paginated in the database, one dialog per candidate ---


def _participants_with_suggestions(count, per_participant=2):
    run = finished_run()
    participants = []
    for i in range(count):
        participant = matchable_participant(first_name=f"Osallistuja{i:03d}")
        for rank in range(per_participant):
            pending_suggestion(participant, run=run, rank=rank)
        participants.append(participant)
    return participants


def test_the_review_screen_pages_through_the_participants(coordinator_client, monkeypatch):
    from volunteers.matching.review_screen import ReviewView

    monkeypatch.setattr(ReviewView, "page_size", 3)
    _participants_with_suggestions(5, per_participant=1)
    first = coordinator_client.get(REVIEW_URL).content.decode()
    second = coordinator_client.get(REVIEW_URL, {"p": 2}).content.decode()
    assert [f"Osallistuja{i:03d}" in first for i in range(5)] == [True] * 3 + [False] * 2
    assert [f"Osallistuja{i:03d}" in second for i in range(5)] == [False] * 3 + [True] * 2
    assert "Page 1 of 2" in first


def test_the_review_screen_loads_only_the_suggestions_it_shows(coordinator_client, monkeypatch):
    """The page builds model instances for its own participants, not for every pending row."""
    from django.db.models.signals import post_init

    from volunteers.matching.review_screen import ReviewView

    monkeypatch.setattr(ReviewView, "page_size", 2)
    _participants_with_suggestions(6, per_participant=3)
    built = []

    def count(sender, **kwargs):
        built.append(sender)

    post_init.connect(count, sender=MatchSuggestion)
    try:
        response = coordinator_client.get(REVIEW_URL)
    finally:
        post_init.disconnect(count, sender=MatchSuggestion)
    assert response.status_code == 200
    assert len(built) == 2 * 3


def test_the_review_query_count_stays_the_same_past_one_page(
    coordinator_client, django_assert_num_queries, monkeypatch
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from volunteers.matching.review_screen import ReviewView

    monkeypatch.setattr(ReviewView, "page_size", 2)
    _participants_with_suggestions(2)
    # The first request of a login also stamps the staff session (a few writes).
    coordinator_client.get(REVIEW_URL)
    with CaptureQueriesContext(connection) as small:
        coordinator_client.get(REVIEW_URL)
    _participants_with_suggestions(5, per_participant=3)
    with django_assert_num_queries(len(small.captured_queries)):
        coordinator_client.get(REVIEW_URL)


def test_the_candidates_share_one_table_of_criteria(coordinator_client):
    participant = matchable_participant(first_name="Taulukko")
    run = finished_run()
    for rank in range(3):
        pending_suggestion(participant, run=run, rank=rank)
    html = coordinator_client.get(REVIEW_URL).content.decode()
    # One row per criterion for the card, a column per candidate: every label once.
    assert html.count('<th scope="row">shared language</th>') == 1
    assert html.count('class="score-bar"') == 3 * 6


def test_each_candidate_has_one_labelled_decision_dialog(coordinator_client):
    participant = matchable_participant(first_name="Dialogi")
    run = finished_run()
    suggestions = [pending_suggestion(participant, run=run, rank=rank) for rank in range(2)]
    html = coordinator_client.get(REVIEW_URL).content.decode()
    assert html.count("<dialog") == 2
    assert html.count('name="reason"') == 2
    for s in suggestions:
        assert f'<dialog id="decide-{s.pk}" aria-labelledby="decide-{s.pk}-title"' in html
        # Opened by a button without any script (invoker commands).
        assert f'commandfor="decide-{s.pk}" command="show-modal"' in html


def test_the_decision_has_its_own_page_that_keeps_the_input_on_error(coordinator_client):
    suggestion = pending_suggestion()
    url = reverse("volunteers_review:decide", args=[suggestion.pk])
    page = coordinator_client.get(url)
    assert page.status_code == 200
    assert 'name="agreed_contact"' in page.content.decode()
    response = coordinator_client.post(
        url, {"action": "reject", "meeting_plan": "Torstaisin", "agreed_contact": "Puhelin"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Say why the pair is rejected." in html
    assert "Torstaisin" in html and "Puhelin" in html


def test_a_decision_returns_to_the_page_the_coordinator_came_from(coordinator_client):
    suggestion = pending_suggestion()
    response = coordinator_client.post(
        reverse("volunteers_review:decide", args=[suggestion.pk]),
        {"action": "approve", "reason": "Hyvä pari", "next": "/admin/review/?p=2"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/review/?p=2"
    assert Match.objects.get().events.get().reason == "Hyvä pari"


def test_a_decision_never_redirects_off_the_site(coordinator_client):
    suggestion = pending_suggestion()
    response = coordinator_client.post(
        reverse("volunteers_review:decide", args=[suggestion.pk]),
        {"action": "approve", "next": "https://evil.example/"},
    )
    assert response["Location"] == REVIEW_URL


def test_a_decided_suggestion_has_no_decision_page(coordinator_client):
    suggestion = pending_suggestion()
    MatchSuggestion.objects.filter(pk=suggestion.pk).update(status="rejected")
    url = reverse("volunteers_review:decide", args=[suggestion.pk])
    assert coordinator_client.get(url).status_code == 404


def test_a_project_worker_cannot_open_a_decision_page(client, make_user):
    client.force_login(make_user(roles.PROJECT_WORKERS))
    suggestion = pending_suggestion()
    url = reverse("volunteers_review:decide", args=[suggestion.pk])
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")
    assert client.post(url, {"action": "approve"})["Location"] == reverse("wagtailadmin_home")
    assert not Match.objects.exists()
