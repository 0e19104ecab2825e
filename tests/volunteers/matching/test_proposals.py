"""The volunteer's yes, and one open match per family and role."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms import roles
from cms.vocabularies import VolunteerRole
from tests.factories.matches import make_match, pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching import lifecycle, proposals, review
from volunteers.matching.inputs import load_pair_rules, load_participants
from volunteers.matching.models import Match, PairRule
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.fixture(autouse=True)
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS, email="koordinaattori@example.org")


@pytest.fixture
def proposed(coordinator, make_user):
    volunteer = matchable_volunteer(user=make_user(roles.VOLUNTEERS))
    return review.approve(pending_suggestion(volunteer=volunteer), by=coordinator)


def matchable_ids():
    return {p.id for p in load_participants(timezone.localdate())}


def test_an_approved_match_waits_for_the_volunteer_and_holds_the_family(proposed):
    assert proposed.status == S.PROPOSED
    assert proposed.role == VolunteerRole.GODPARENT
    expected_due = proposed.approved_at + datetime.timedelta(days=7)
    assert abs(proposed.answer_due - expected_due) < datetime.timedelta(seconds=5)
    assert proposed.participant_id not in matchable_ids()


def test_the_proposal_email_asks_her_to_answer_by_the_deadline(coordinator):
    volunteer = matchable_volunteer(language="en")
    match = review.approve(pending_suggestion(volunteer=volunteer), by=coordinator)
    email = OutgoingEmail.objects.get(purpose="match-approved", to=volunteer.email)
    assert "accept or decline" in email.body
    assert f"/volunteer/me/match/{match.pk}/" in email.body


def test_the_proposal_email_is_in_finnish_for_a_finnish_volunteer(proposed):
    email = OutgoingEmail.objects.get(purpose="match-approved", to=proposed.volunteer.email)
    assert "Hyväksy tai kieltäydy" in email.body


def test_a_proposed_match_cannot_be_introduced(proposed, coordinator):
    with pytest.raises(ValidationError):
        lifecycle.move(proposed, S.INTRODUCED, by=coordinator)


def test_after_she_accepts_the_coordinator_introduces(proposed, coordinator):
    proposals.accept(proposed, by=proposed.volunteer.user)
    proposed.refresh_from_db()
    assert proposed.status == S.APPROVED
    assert proposed.answered_at is not None
    lifecycle.move(proposed, S.INTRODUCED, by=coordinator)
    assert list(proposed.events.values_list("to_status", flat=True)) == [
        S.PROPOSED,
        S.APPROVED,
        S.INTRODUCED,
    ]


def test_a_coordinator_cannot_answer_for_the_volunteer(proposed, coordinator):
    with pytest.raises(PermissionDenied):
        proposals.accept(proposed, by=coordinator)
    with pytest.raises(PermissionDenied):
        proposals.decline(proposed, by=coordinator, reason="Ei")


def test_a_decline_records_her_reason_and_returns_the_family_to_the_queue(proposed):
    proposals.decline(proposed, by=proposed.volunteer.user, reason="Ei aikaa tänä keväänä")
    proposed.refresh_from_db()
    assert proposed.status == S.DECLINED
    assert proposed.decline_reason == "Ei aikaa tänä keväänä"
    assert proposed.events.last().reason == "Ei aikaa tänä keväänä"
    assert proposed.participant_id in matchable_ids()
    # The same pair is not suggested again; a coordinator can clear the exclusion.
    excluded, _pinned = load_pair_rules()
    assert (proposed.participant_id, proposed.volunteer_id) in excluded
    rule = PairRule.objects.get(participant=proposed.participant, cleared_at=None)
    assert "Ei aikaa" in rule.reason
    told = OutgoingEmail.objects.get(purpose="match-declined")
    assert told.to == "koordinaattori@example.org"
    assert "Ei aikaa tänä keväänä" in told.body


def test_a_decline_needs_a_reason(proposed):
    with pytest.raises(ValidationError):
        proposals.decline(proposed, by=proposed.volunteer.user, reason="  ")
    proposed.refresh_from_db()
    assert proposed.status == S.PROPOSED


def test_she_cannot_accept_after_the_deadline(proposed):
    Match.objects.filter(pk=proposed.pk).update(answer_due=timezone.now())
    proposed.refresh_from_db()
    with pytest.raises(ValidationError, match="time to answer has passed"):
        proposals.accept(proposed, by=proposed.volunteer.user)


def test_a_family_with_a_support_family_is_still_matchable_for_a_godparent(coordinator):
    family = matchable_participant(wished_role=VolunteerRole.SUPPORT_FAMILY)
    support = matchable_volunteer(roles=[VolunteerRole.SUPPORT_FAMILY])
    make_match(volunteer=support, participant=family)
    assert Match.objects.get(participant=family).role == VolunteerRole.SUPPORT_FAMILY
    assert family.id not in matchable_ids()

    family.wished_role = VolunteerRole.GODPARENT
    family.save()
    assert family.id in matchable_ids()
    godparent = matchable_volunteer(roles=[VolunteerRole.GODPARENT])
    match = review.approve(pending_suggestion(family, godparent), by=coordinator)
    assert match.role == VolunteerRole.GODPARENT
    assert family.matches.filter(status__in=Match.OPEN_STATUSES).count() == 2
    assert family.id not in matchable_ids()


def test_a_second_match_in_the_same_role_is_refused_with_a_clear_message(coordinator):
    family = matchable_participant()
    make_match(participant=family, status=S.PROPOSED)
    with pytest.raises(review.ReviewError, match="already has a match for this role"):
        review.approve(pending_suggestion(family), by=coordinator)


def test_the_database_holds_one_open_match_per_family_and_role():
    family = matchable_participant()
    make_match(participant=family, status=S.ACTIVE)
    make_match(participant=family, status=S.DECLINED)  # a closed one does not count
    make_match(participant=family, volunteer=matchable_volunteer(roles=["support_family"]))
    with pytest.raises(IntegrityError), transaction.atomic():
        Match.objects.create(participant=family, volunteer=matchable_volunteer(), status=S.PROPOSED)


def test_the_review_screen_shows_the_support_the_family_already_has(client, coordinator):
    family = matchable_participant()
    make_match(
        participant=family, volunteer=matchable_volunteer(roles=["support_family"]), status=S.ACTIVE
    )
    pending_suggestion(family)  # a godparent for her
    client.force_login(coordinator)
    html = client.get("/admin/review/").content.decode()
    # The admin speaks Finnish to her: "tukiperhe (aktiivinen)".
    assert "data-open-matches" in html
    assert "tukiperhe (" in html
