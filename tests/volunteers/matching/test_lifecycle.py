"""Match moves: allowed and refused per role, each recorded with who, when and why."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from cms import roles
from tests.factories.matches import make_match
from volunteers.matching import lifecycle
from volunteers.matching.models import Match, MatchEvent

pytestmark = pytest.mark.django_db
S = Match.Status


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (S.APPROVED, S.INTRODUCED),
        (S.INTRODUCED, S.ACTIVE),
        (S.ACTIVE, S.PAUSED),
        (S.PAUSED, S.ACTIVE),
    ],
)
def test_a_coordinator_makes_each_move_of_the_table(coordinator, source, target):
    match = make_match(status=source)
    lifecycle.move(match, target, by=coordinator, reason="sovittu")
    match.refresh_from_db()
    assert match.status == target


def test_each_move_writes_an_event_with_who_and_why(coordinator):
    match = make_match(status=S.APPROVED)
    lifecycle.move(match, S.INTRODUCED, by=coordinator, reason="Ensitapaaminen pidetty")
    event = MatchEvent.objects.filter(match=match).last()
    assert (event.from_status, event.to_status, event.by, event.reason) == (
        S.APPROVED,
        S.INTRODUCED,
        coordinator,
        "Ensitapaaminen pidetty",
    )


def test_each_move_is_in_the_wagtail_audit_log(coordinator):
    match = make_match(status=S.ACTIVE)
    lifecycle.move(match, S.PAUSED, by=coordinator)
    entry = ModelLogEntry.objects.get(object_id=str(match.pk), action=lifecycle.TRANSITION_ACTION)
    assert entry.user == coordinator
    assert entry.data["to"] == S.PAUSED


def test_introduction_records_the_date(coordinator):
    match = make_match(status=S.APPROVED)
    lifecycle.move(match, S.INTRODUCED, by=coordinator)
    match.refresh_from_db()
    assert match.introduced_on == timezone.localdate()


def test_ending_records_the_reason_and_date(coordinator):
    match = make_match(status=S.ACTIVE)
    lifecycle.move(match, S.ENDED, by=coordinator, end_reason=Match.EndReason.MOVED_AWAY)
    match.refresh_from_db()
    assert (match.status, match.end_reason, match.ended_on) == (
        S.ENDED,
        Match.EndReason.MOVED_AWAY,
        timezone.localdate(),
    )


def test_ending_without_a_reason_is_refused(coordinator):
    match = make_match(status=S.ACTIVE)
    with pytest.raises(ValidationError):
        lifecycle.move(match, S.ENDED, by=coordinator)
    match.refresh_from_db()
    assert match.status == S.ACTIVE


@pytest.mark.parametrize(
    ("source", "target"),
    [(S.APPROVED, S.ACTIVE), (S.ENDED, S.ACTIVE), (S.PAUSED, S.INTRODUCED)],
)
def test_a_move_outside_the_table_is_refused(coordinator, source, target):
    match = make_match(status=source)
    with pytest.raises(ValidationError):
        lifecycle.move(match, target, by=coordinator)


def test_the_volunteer_pauses_her_own_match(make_user):
    user = make_user(roles.VOLUNTEERS)
    match = make_match(status=S.ACTIVE)
    match.volunteer.user = user
    match.volunteer.save()
    lifecycle.move(match, S.PAUSED, by=user)
    assert Match.objects.get(pk=match.pk).status == S.PAUSED


def test_a_volunteer_cannot_pause_another_volunteers_match(make_user):
    match = make_match(status=S.ACTIVE)
    with pytest.raises(PermissionDenied):
        lifecycle.move(match, S.PAUSED, by=make_user(roles.VOLUNTEERS))


@pytest.mark.parametrize("target", [S.ENDED, S.PAUSED])
def test_the_volunteer_cannot_end_or_introduce(make_user, target):
    user = make_user(roles.VOLUNTEERS)
    match = make_match(status=S.APPROVED if target == S.PAUSED else S.ACTIVE)
    match.volunteer.user = user
    match.volunteer.save()
    with pytest.raises((PermissionDenied, ValidationError)):
        lifecycle.move(match, target, by=user, end_reason=Match.EndReason.OTHER)
    assert Match.objects.get(pk=match.pk).status == match.status


@pytest.mark.parametrize("group", [None, roles.PROJECT_WORKERS, roles.EDITORS])
def test_other_roles_make_no_moves(make_user, group):
    match = make_match(status=S.ACTIVE)
    with pytest.raises(PermissionDenied):
        lifecycle.move(match, S.PAUSED, by=make_user(group))


def test_allowed_targets_follow_the_role(make_user, coordinator):
    volunteer_user = make_user(roles.VOLUNTEERS)
    match = make_match(status=S.ACTIVE)
    match.volunteer.user = volunteer_user
    match.volunteer.save()
    assert set(lifecycle.allowed_targets(match, coordinator)) == {S.PAUSED, S.ENDED}
    assert lifecycle.allowed_targets(match, volunteer_user) == [S.PAUSED]


def test_a_stale_move_is_refused(coordinator):
    match = make_match(status=S.ACTIVE)
    stale = Match.objects.get(pk=match.pk)
    lifecycle.move(match, S.PAUSED, by=coordinator)
    with pytest.raises(ValidationError):
        lifecycle.move(stale, S.ENDED, by=coordinator, end_reason=Match.EndReason.OTHER)


def test_demo_matches_cover_the_states_and_load_once(home_page):
    from home import demo

    demo.load()
    statuses = set(Match.objects.values_list("status", flat=True))
    count = Match.objects.count()
    demo.load()
    assert statuses == set(Match.Status.values)
    assert Match.objects.count() == count
    assert Match.objects.filter(volunteer__user__username="volunteer", status=S.ACTIVE).exists()
