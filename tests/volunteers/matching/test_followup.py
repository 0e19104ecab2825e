"""Follow-up: pure date logic, and the beat jobs under a frozen clock (each message once)."""

import datetime
import re

import pytest
from freezegun import freeze_time

from cms import roles
from tests.factories.matches import make_match, pending_suggestion
from volunteers.matching import followup
from volunteers.matching.models import FollowUpAlert, Match, MeetingLog
from volunteers.outbox.models import OutgoingEmail

D = datetime.date


@pytest.fixture(autouse=True)
def in_english():
    """Messages are asserted in English, whatever translations the catalogues hold."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.mark.parametrize(("days", "level"), [(13, 0), (14, 14), (27, 14), (28, 28), (90, 28)])
def test_quiet_level(days, level):
    today = D(2026, 3, 1)
    assert followup.quiet_level(today - datetime.timedelta(days=days), today) == level


def test_the_quiet_spell_starts_at_the_last_meeting():
    assert followup.quiet_since(D(2026, 1, 1), D(2026, 2, 1)) == D(2026, 2, 1)
    assert followup.quiet_since(D(2026, 1, 1), None) == D(2026, 1, 1)


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS, email="koordinaattori@example.org")


def _emails(purpose):
    return list(OutgoingEmail.objects.filter(purpose=purpose).values_list("to", flat=True))


@pytest.mark.django_db
def test_a_quiet_match_nudges_the_volunteer_once_however_often_the_job_runs(coordinator):
    with freeze_time("2026-03-01 08:00"):
        match = make_match(introduced_on=D(2026, 2, 10), approved_by=coordinator)
    for day in ("2026-02-23", "2026-02-24", "2026-02-24", "2026-02-25", "2026-03-05"):
        with freeze_time(f"{day} 07:00"):
            followup.run_followups()
    assert _emails("quiet-match-nudge") == [match.volunteer.email]


@pytest.mark.django_db
def test_at_28_quiet_days_the_coordinator_is_alerted_once(coordinator):
    match = make_match(introduced_on=D(2026, 2, 1), approved_by=coordinator)
    for day in ("2026-02-28", "2026-03-01", "2026-03-01", "2026-03-02"):
        with freeze_time(f"{day} 07:00"):
            followup.run_followups()
    assert _emails("quiet-match-alert") == ["koordinaattori@example.org"]
    assert FollowUpAlert.objects.filter(match=match, kind="alert").count() == 1


@pytest.mark.django_db
def test_a_logged_meeting_ends_the_quiet_spell_and_a_new_one_nudges_again(coordinator):
    match = make_match(introduced_on=D(2026, 2, 1), approved_by=coordinator)
    with freeze_time("2026-02-16 07:00"):
        followup.run_followups()
    MeetingLog.objects.create(
        match=match, date=D(2026, 2, 17), duration_minutes=60, activity="visit"
    )
    with freeze_time("2026-02-20 07:00"):
        followup.run_followups()
    assert len(_emails("quiet-match-nudge")) == 1
    with freeze_time("2026-03-04 07:00"):
        followup.run_followups()
        followup.run_followups()
    assert len(_emails("quiet-match-nudge")) == 2


@pytest.mark.django_db
def test_a_paused_match_is_not_nudged(coordinator):
    make_match(status=Match.Status.PAUSED, introduced_on=D(2026, 1, 1), approved_by=coordinator)
    with freeze_time("2026-03-01 07:00"):
        followup.run_followups()
    assert not OutgoingEmail.objects.exists()


@pytest.mark.django_db
def test_the_coordinators_checkin_keeps_the_rhythm_of_the_health_checkins(coordinator):
    """30 days after the start and then every 60, as the volunteer's check-ins: one
    rhythm, each occasion once however often the job runs."""
    match = make_match(introduced_on=D(2026, 1, 10), approved_by=coordinator)
    # Meetings every week keep the match from being quiet.
    for week in range(0, 30):
        MeetingLog.objects.create(
            match=match,
            date=D(2026, 1, 10) + datetime.timedelta(weeks=week),
            duration_minutes=60,
            activity="visit",
        )
    for day in ("2026-02-08", "2026-02-09", "2026-02-10", "2026-04-09", "2026-04-10"):
        with freeze_time(f"{day} 07:00"):
            followup.run_followups()
    alerts = list(
        FollowUpAlert.objects.filter(kind="checkin")
        .order_by("period")
        .values_list("period", "due_on")
    )
    assert alerts == [("checkin-1", D(2026, 2, 9)), ("checkin-2", D(2026, 4, 10))]
    assert _emails("followup-due") == ["koordinaattori@example.org"] * 2


@pytest.mark.django_db
def test_the_weekly_digest_goes_once_a_week_to_every_coordinator(make_user):
    make_user(roles.COORDINATORS, email="a@example.org")
    make_user(roles.COORDINATORS, email="b@example.org")
    make_user(roles.PROJECT_WORKERS, email="c@example.org")
    pending_suggestion()
    with freeze_time("2026-03-02 07:30"):
        assert followup.send_weekly_digest() is True
        assert followup.send_weekly_digest() is False
    with freeze_time("2026-03-04 07:30"):
        followup.send_weekly_digest()
    assert sorted(_emails("weekly-digest")) == ["a@example.org", "b@example.org"]
    with freeze_time("2026-03-09 07:30"):
        followup.send_weekly_digest()
    assert len(_emails("weekly-digest")) == 4


@pytest.mark.django_db
def test_the_digest_goes_to_whoever_decides_on_matches_not_to_a_group_name(make_user):
    from django.contrib.auth.models import Group, Permission

    deciders = Group.objects.create(name="Matching panel")
    deciders.permissions.add(Permission.objects.get(codename="change_matchsuggestion"))
    panel_member = make_user(email="panel@example.org")
    panel_member.groups.add(deciders)
    make_user(roles.COORDINATORS, email="left@example.org", is_active=False)
    make_user(is_superuser=True, email="root@example.org")
    pending_suggestion()
    with freeze_time("2026-03-02 07:30"):
        followup.send_weekly_digest()
    assert sorted(_emails("weekly-digest")) == ["panel@example.org", "root@example.org"]


@pytest.mark.django_db
def test_the_digest_counts_what_needs_attention(make_user):
    make_user(roles.COORDINATORS, email="a@example.org")
    pending_suggestion()
    with freeze_time("2026-03-02 07:30"):
        followup.send_weekly_digest()
    body = OutgoingEmail.objects.get(purpose="weekly-digest").body
    # One suggestion waits; nothing else needs attention (the labels are translated).
    assert re.findall(r":\s*(\d+)\s*$", body, re.MULTILINE) == ["1", "0", "0", "0", "0", "0"]


@pytest.mark.django_db
def test_the_nudge_is_in_the_volunteers_language(coordinator):
    from tests.factories.matching import matchable_volunteer

    match = make_match(
        volunteer=matchable_volunteer(language="en"),
        introduced_on=D(2026, 2, 1),
        approved_by=coordinator,
    )
    with freeze_time("2026-02-16 07:00"):
        followup.run_followups()
    email = OutgoingEmail.objects.get(purpose="quiet-match-nudge")
    assert email.language == "en"
    assert match.participant.first_name in email.body


@pytest.mark.django_db
def test_the_coordinators_alert_is_in_her_admin_language(make_user):
    from wagtail.users.models import UserProfile

    coordinator = make_user(roles.COORDINATORS, email="sv@example.org")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "sv"
    profile.save()
    make_match(introduced_on=D(2026, 2, 1), approved_by=coordinator)
    with freeze_time("2026-03-01 07:00"):
        followup.run_followups()
    assert OutgoingEmail.objects.get(purpose="quiet-match-alert").language == "sv"
