"""Approving and rejecting suggestions: the re-checks, the rules, the records."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import ModelLogEntry

from cms import roles
from tests.factories.matches import make_match, pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching import review
from volunteers.matching.inputs import load_pair_rules
from volunteers.matching.models import (
    Match,
    MatchEvent,
    MatchSuggestion,
    PairRule,
)
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """Messages are asserted in English, whatever translations the catalogues hold."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS, email="koordinaattori@example.org")


def test_approval_creates_a_match_proposed_to_the_volunteer_with_its_event(coordinator):
    suggestion = pending_suggestion()
    match = review.approve(suggestion, by=coordinator, reason="Hyvä pari")
    assert match.status == Match.Status.PROPOSED
    assert match.answer_due is not None
    assert (match.volunteer_id, match.participant_id) == (
        suggestion.volunteer_id,
        suggestion.participant_id,
    )
    event = MatchEvent.objects.get(match=match)
    assert (event.from_status, event.to_status, event.by, event.reason) == (
        "",
        Match.Status.PROPOSED,
        coordinator,
        "Hyvä pari",
    )


def test_approval_is_in_the_wagtail_audit_log(coordinator):
    match = review.approve(pending_suggestion(), by=coordinator)
    entry = ModelLogEntry.objects.get(object_id=str(match.pk), action=review.APPROVED_ACTION)
    assert entry.user == coordinator


def test_approval_queues_an_email_to_the_volunteer_in_her_language(coordinator):
    volunteer = matchable_volunteer(language="sv")
    participant = matchable_participant(first_name="محمد")
    review.approve(pending_suggestion(participant, volunteer), by=coordinator)
    email = OutgoingEmail.objects.get(purpose="match-approved")
    assert email.to == volunteer.email
    assert email.language == "sv"
    assert "محمد" in email.body


def test_the_approval_email_is_sent_after_commit(
    coordinator, django_capture_on_commit_callbacks, monkeypatch
):
    from volunteers.outbox import tasks

    sent = []
    monkeypatch.setattr(
        tasks.send_email_task, "apply_async", lambda args, countdown=None: sent.extend(args)
    )
    suggestion = pending_suggestion()
    with django_capture_on_commit_callbacks() as callbacks:
        review.approve(suggestion, by=coordinator)
    assert sent == []
    for callback in callbacks:
        callback()
    assert sent == [OutgoingEmail.objects.get(purpose="match-approved").pk]


def test_the_participants_other_suggestions_are_superseded(coordinator):
    participant = matchable_participant()
    chosen = pending_suggestion(participant)
    other = pending_suggestion(participant, run=chosen.run, rank=1)
    review.approve(chosen, by=coordinator)
    other.refresh_from_db()
    assert other.status == MatchSuggestion.Status.SUPERSEDED


def test_approval_refuses_a_volunteer_without_room(coordinator):
    volunteer = matchable_volunteer(capacity=1)
    make_match(volunteer=volunteer)
    with pytest.raises(review.ReviewError, match="no room"):
        review.approve(pending_suggestion(volunteer=volunteer), by=coordinator)
    assert Match.objects.filter(volunteer=volunteer).count() == 1


def test_approval_refuses_a_participant_who_already_has_a_match(coordinator):
    participant = matchable_participant()
    make_match(participant=participant)
    with pytest.raises(review.ReviewError, match="already has a match"):
        review.approve(pending_suggestion(participant), by=coordinator)


def test_approval_rechecks_eligibility(coordinator):
    volunteer = matchable_volunteer()
    suggestion = pending_suggestion(volunteer=volunteer)
    volunteer.requirements.filter(kind="criminal_record").delete()
    with pytest.raises(review.ReviewError):
        review.approve(suggestion, by=coordinator)
    assert not Match.objects.exists()


def test_approval_refuses_a_paused_volunteer(coordinator):
    volunteer = matchable_volunteer()
    suggestion = pending_suggestion(volunteer=volunteer)
    volunteer.paused = True
    volunteer.save()
    with pytest.raises(review.ReviewError):
        review.approve(suggestion, by=coordinator)


def test_a_decided_suggestion_cannot_be_approved_again(coordinator):
    suggestion = pending_suggestion()
    review.approve(suggestion, by=coordinator)
    with pytest.raises(review.ReviewError, match="already decided"):
        review.approve(MatchSuggestion.objects.get(pk=suggestion.pk), by=coordinator)


@pytest.mark.parametrize("group", [None, roles.PROJECT_WORKERS, roles.VOLUNTEERS, roles.EDITORS])
def test_only_coordinators_approve(make_user, group):
    with pytest.raises(PermissionDenied):
        review.approve(pending_suggestion(), by=make_user(group))
    assert not Match.objects.exists()


def test_rejection_needs_a_reason(coordinator):
    with pytest.raises(review.ReviewError):
        review.reject(pending_suggestion(), by=coordinator, reason="  ")


def test_a_rejected_pair_is_excluded_from_later_runs(coordinator):
    suggestion = pending_suggestion()
    rule = review.reject(suggestion, by=coordinator, reason="Liian kaukana")
    assert rule.kind == PairRule.Kind.REJECTED
    excluded, _pinned = load_pair_rules()
    assert (suggestion.participant_id, suggestion.volunteer_id) in excluded


def test_a_cleared_rejection_lets_the_pair_be_suggested_again(coordinator):
    suggestion = pending_suggestion()
    rule = review.reject(suggestion, by=coordinator, reason="Ei nyt")
    review.clear_rule(rule, by=coordinator)
    excluded, _pinned = load_pair_rules()
    assert (suggestion.participant_id, suggestion.volunteer_id) not in excluded


def test_rejection_is_in_the_wagtail_audit_log(coordinator):
    rule = review.reject(pending_suggestion(), by=coordinator, reason="Ei")
    assert ModelLogEntry.objects.filter(
        object_id=str(rule.pk), action=review.REJECTED_ACTION, user=coordinator
    ).exists()


def test_a_volunteer_cannot_reject(make_user):
    with pytest.raises(PermissionDenied):
        review.reject(pending_suggestion(), by=make_user(roles.VOLUNTEERS), reason="x")


def test_approval_refuses_a_participant_whose_consent_was_withdrawn(coordinator):
    from django.utils import timezone

    participant = matchable_participant()
    suggestion = pending_suggestion(participant)
    participant.consents.update(withdrawn_at=timezone.now())
    with pytest.raises(review.ReviewError, match="not waiting for a match"):
        review.approve(suggestion, by=coordinator)


def test_approval_refuses_a_volunteer_who_withdrew_her_consent(coordinator):
    from django.utils import timezone

    volunteer = matchable_volunteer()
    suggestion = pending_suggestion(volunteer=volunteer)
    volunteer.consents.update(withdrawn_at=timezone.now())
    with pytest.raises(review.ReviewError, match="withdrawn her consent"):
        review.approve(suggestion, by=coordinator)
