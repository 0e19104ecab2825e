"""The matching task's Django side: loading the cohort, storing results, triggers."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.inputs import load_cohort
from volunteers.matching.models import (
    Match,
    MatchingRun,
    MatchingWeights,
    MatchSuggestion,
    PairRule,
)
from volunteers.matching.runs import execute_run, queued_or_new_run, request_run, retry_run
from volunteers.participants.models import ParticipantConsent

pytestmark = pytest.mark.django_db


def new_run():
    # Creating a matching consent queues a run (a trigger); execute that one.
    return queued_or_new_run()


def test_a_run_stores_the_optimal_pair_with_its_breakdown_and_weights():
    participant = matchable_participant(first_name="Äijälä")
    volunteer = matchable_volunteer()
    run = new_run()
    assert execute_run(run.pk) == "done"
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED
    assert run.progress == 100
    suggestion = MatchSuggestion.objects.get(run=run, rank=0)
    assert (suggestion.participant_id, suggestion.volunteer_id) == (participant.pk, volunteer.pk)
    weights = run.weights
    explained = sum(weights[c] * v for c, v in suggestion.breakdown.items()) / sum(weights.values())
    assert suggestion.score == pytest.approx(explained, abs=1e-5)
    assert set(run.timings) >= {"load", "scores", "solve", "write", "total"}
    assert len(run.input_hash) == 64


def test_executing_a_finished_run_again_stores_nothing_new():
    matchable_participant()
    matchable_volunteer()
    run = new_run()
    execute_run(run.pk)
    before = list(MatchSuggestion.objects.values_list("pk", flat=True))
    assert execute_run(run.pk) == "skipped"
    assert list(MatchSuggestion.objects.values_list("pk", flat=True)) == before


def test_the_same_input_gives_the_same_result_and_hash():
    for _ in range(3):
        matchable_participant()
    matchable_volunteer(capacity=2)
    matchable_volunteer()
    first, second = new_run(), None
    execute_run(first.pk)
    second = new_run()
    execute_run(second.pk)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.input_hash == second.input_hash
    pairs = [
        sorted(
            MatchSuggestion.objects.filter(run=run).values_list(
                "participant_id", "volunteer_id", "rank", "score"
            )
        )
        for run in (first, second)
    ]
    assert pairs[0] == pairs[1]


def test_without_matching_consent_she_is_never_in_the_cohort():
    with_consent = matchable_participant()
    without = matchable_participant()
    ParticipantConsent.objects.filter(participant=without).delete()
    ids = {p.id for p in load_cohort().participants}
    assert with_consent.pk in ids
    assert without.pk not in ids


def test_withdrawing_matching_consent_removes_her_from_the_next_run():
    participant = matchable_participant()
    matchable_volunteer()
    execute_run(new_run().pk)
    assert MatchSuggestion.objects.filter(participant=participant).exists()
    ParticipantConsent.objects.get(participant=participant).withdraw()
    run = new_run()
    execute_run(run.pk)
    assert not MatchSuggestion.objects.filter(run=run, participant=participant).exists()


def test_a_volunteer_missing_a_requirement_is_not_in_the_cohort():
    eligible = matchable_volunteer()
    missing_training = matchable_volunteer()
    missing_training.requirements.filter(kind="training").delete()
    cohort = load_cohort()
    roles = {v.id: v.eligible_roles for v in cohort.volunteers}
    assert roles[eligible.pk] == {"godparent"}
    assert roles[missing_training.pk] == frozenset()


def test_open_matches_use_up_capacity_and_matched_participants_wait_no_more():
    volunteer = matchable_volunteer(capacity=2)
    matched = matchable_participant()
    Match.objects.create(participant=matched, volunteer=volunteer, status=Match.Status.ACTIVE)
    cohort = load_cohort()
    assert [v.capacity_left for v in cohort.volunteers] == [1]
    assert matched.pk not in {p.id for p in cohort.participants}


def test_a_rejected_pair_is_not_suggested_again():
    participant = matchable_participant()
    rejected = matchable_volunteer()
    other = matchable_volunteer()
    PairRule.objects.create(
        participant=participant, volunteer=rejected, kind=PairRule.Kind.REJECTED
    )
    run = new_run()
    execute_run(run.pk)
    suggested = set(
        MatchSuggestion.objects.filter(run=run, participant=participant).values_list(
            "volunteer_id", flat=True
        )
    )
    assert suggested == {other.pk}


def test_a_pinned_pair_is_assigned_even_when_another_scores_higher():
    participant = matchable_participant(languages=[("ar", 3), ("fi", 1)])
    better = matchable_volunteer(languages=[("ar", 3), ("fi", 3)])
    pinned = matchable_volunteer(languages=[("fi", 3)])
    assert better.pk != pinned.pk
    PairRule.objects.create(participant=participant, volunteer=pinned, kind=PairRule.Kind.PIN)
    run = new_run()
    execute_run(run.pk)
    top = MatchSuggestion.objects.get(run=run, participant=participant, rank=0)
    assert top.volunteer_id == pinned.pk
    assert top.pinned


def test_a_new_run_supersedes_undecided_suggestions_of_the_previous_one():
    matchable_participant()
    matchable_volunteer()
    first = new_run()
    execute_run(first.pk)
    execute_run(new_run().pk)
    statuses = set(MatchSuggestion.objects.filter(run=first).values_list("status", flat=True))
    assert statuses == {MatchSuggestion.Status.SUPERSEDED}


def test_loading_the_cohort_takes_constant_queries(django_assert_num_queries):
    matchable_participant()
    matchable_volunteer()
    # One query per kind of row, whatever the cohort's size (interests are tags on
    # both sides, so one each).
    with django_assert_num_queries(10) as small:
        load_cohort()
    for _ in range(15):
        matchable_participant(languages=[("ar", 3), ("fi", 1)])
        matchable_volunteer(languages=[("fi", 3), ("en", 2)])
    with django_assert_num_queries(len(small.captured_queries)):
        assert len(load_cohort().participants) == 16


def test_a_failing_run_records_the_error_and_can_be_retried(
    django_capture_on_commit_callbacks,
):
    matchable_participant()
    matchable_volunteer()
    weights = MatchingWeights.load()
    MatchingWeights.objects.filter(pk=weights.pk).update(
        language=-1
    )  # impossible through the form, which validates 0–10
    run = new_run()
    assert execute_run(run.pk) == "failed"
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.FAILED
    assert "weight" in run.error.lower()
    MatchingWeights.objects.filter(pk=weights.pk).update(language=3)
    with pytest.MonkeyPatch.context() as patch:
        from volunteers.matching import tasks

        patch.setattr(
            tasks.run_matching_task,
            "apply_async",
            lambda args, countdown=None: execute_run(*args),
        )
        with django_capture_on_commit_callbacks(execute=True):
            retry_run(run)
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED


def test_a_burst_of_triggers_queues_one_run(monkeypatch):
    from volunteers.matching import tasks

    queued = []
    monkeypatch.setattr(
        tasks.run_matching_task, "apply_async", lambda args, countdown=None: queued.append(args)
    )
    with transaction.atomic():
        runs = {request_run(MatchingRun.Trigger.VOLUNTEER_APPROVED).pk for _ in range(5)} | {
            request_run(MatchingRun.Trigger.PARTICIPANT_MATCHABLE).pk
        }
    assert len(runs) == 1
    assert MatchingRun.objects.filter(status=MatchingRun.Status.QUEUED).count() == 1


def test_giving_matching_consent_triggers_a_run(monkeypatch):
    from volunteers.matching import tasks

    monkeypatch.setattr(tasks.run_matching_task, "apply_async", lambda args, countdown=None: None)
    matchable_participant()
    run = MatchingRun.objects.get()
    assert run.trigger == MatchingRun.Trigger.PARTICIPANT_MATCHABLE


def test_run_matching_command_prints_the_summary():
    matchable_participant()
    matchable_volunteer()
    out = io.StringIO()
    call_command("run_matching", stdout=out)
    summary = json.loads(out.getvalue())
    assert summary["status"] == "succeeded"
    assert summary["matched"] == 1
    assert summary["participants"] == 1


def test_waiting_time_counts_from_the_later_of_entry_and_consent():
    participant = matchable_participant(
        entry_date=timezone.localdate() - timezone.timedelta(days=100)
    )
    ParticipantConsent.objects.filter(participant=participant).update(
        given_at=timezone.now() - timezone.timedelta(days=10)
    )
    (loaded,) = load_cohort().participants
    assert loaded.waiting_days == 10


def test_interests_are_read_as_tags_on_both_sides():
    participant = matchable_participant()
    participant.interests.add("Luonto", "leivonta")
    participant.save()
    volunteer = matchable_volunteer()
    volunteer.interests.add("luonto")
    volunteer.save()
    cohort = load_cohort()
    (loaded_participant,) = cohort.participants
    (loaded_volunteer,) = cohort.volunteers
    assert loaded_participant.interests == {"luonto", "leivonta"}
    assert loaded_participant.interests & loaded_volunteer.interests == {"luonto"}


_HASH_IN_ANOTHER_PROCESS = """
import datetime, django
django.setup()
from volunteers.matching.engine.synthetic import make_cohort
from volunteers.matching.inputs import Cohort
from volunteers.matching.runs import input_hash
ps, vs = make_cohort(40, 30, seed=4, today_year=2026)
rules = frozenset({(1, 2), (3, 4)}), frozenset({(5, 6)})
cohort = Cohort(ps, vs, *rules, datetime.date(2026, 12, 1))
print(input_hash(cohort, {"language": 3.0, "distance": 2.0}, 3))
"""


@pytest.mark.django_db(False)
def test_the_input_hash_of_the_same_cohort_is_the_same_in_every_worker_process():
    # Workers are separate processes, each with its own string-hash seed: the hash
    # must not depend on the order a set happens to iterate in.
    hashes = {
        subprocess.run(  # noqa: S603 - our own interpreter running our own code
            [sys.executable, "-c", _HASH_IN_ANOTHER_PROCESS],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(hashes) == 1
    assert len(hashes.pop()) == 64
