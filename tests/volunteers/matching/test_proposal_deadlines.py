"""The hourly job on a real worker: a reminder at half time, once; at the deadline no
answer counts as a decline and the family is matchable again."""

import datetime
import time

import pytest
from django.db import transaction
from django.utils import timezone

from cms import roles
from tests.factories.matches import pending_suggestion
from tests.factories.matching import matchable_volunteer
from tests.waiting import wait_for
from volunteers.matching import review
from volunteers.matching.inputs import load_participants
from volunteers.matching.models import Match
from volunteers.outbox.models import OutgoingEmail

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def proposed_days_ago(coordinator, days):
    match = review.approve(pending_suggestion(volunteer=matchable_volunteer()), by=coordinator)
    approved_at = timezone.now() - datetime.timedelta(days=days)
    Match.objects.filter(pk=match.pk).update(
        approved_at=approved_at, answer_due=approved_at + datetime.timedelta(days=7)
    )
    return match


def test_reminder_once_at_half_time_and_no_answer_by_the_deadline_is_a_no(celery_worker, make_user):
    from volunteers.matching.tasks import match_answer_deadlines_task

    coordinator = make_user(roles.COORDINATORS, email="koordinaattori@example.org")
    fresh = proposed_days_ago(coordinator, 1)
    half_way = proposed_days_ago(coordinator, 4)
    overdue = proposed_days_ago(coordinator, 8)

    # Two beat ticks in a row: the second finds nothing more to do.
    with transaction.atomic():
        match_answer_deadlines_task.delay()
        match_answer_deadlines_task.delay()
    assert wait_for(
        lambda: Match.objects.filter(pk=overdue.pk, status=Match.Status.DECLINED).exists()
    )
    time.sleep(2.0)  # the solo worker runs the second tick after the first; let it finish

    reminders = OutgoingEmail.objects.filter(purpose="match-answer-reminder")
    assert list(reminders.values_list("to", flat=True)) == [half_way.volunteer.email]
    assert Match.objects.get(pk=fresh.pk).status == Match.Status.PROPOSED
    assert Match.objects.get(pk=half_way.pk).status == Match.Status.PROPOSED

    overdue.refresh_from_db()
    assert overdue.answered_at is None and overdue.decline_reason == ""
    assert overdue.events.last().by is None
    assert overdue.participant_id in {p.id for p in load_participants(timezone.localdate())}
    assert OutgoingEmail.objects.filter(purpose="match-declined").count() == 1
