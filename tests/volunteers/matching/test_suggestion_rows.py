"""A run's suggestions are written with one COPY on PostgreSQL and read back exactly
as the algorithm gave them, the same as the bulk_create path other databases use."""

import pytest
from django.db import connection

from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.engine.algorithm import CRITERIA, Suggestion
from volunteers.matching.models import MatchingRun, MatchSuggestion
from volunteers.matching.runs import queued_or_new_run
from volunteers.matching.suggestion_rows import insert_suggestions

pytestmark = pytest.mark.django_db


def suggestions(participants, volunteers):
    out = []
    for i, p in enumerate(participants):
        for rank, v in enumerate(volunteers):
            # Scores with every bit in use, a breakdown value that rounds, a pinned one.
            breakdown = {c: (k + 1) / 7 + i / 3000 for k, c in enumerate(CRITERIA)}
            breakdown["interests"] = 0.5
            out.append(
                Suggestion(
                    participant_id=p.pk,
                    volunteer_id=v.pk,
                    score=1 / 3 + i / 997 + rank / 10_007,
                    breakdown=breakdown,
                    rank=rank,
                    pinned=(i, rank) == (1, 0),
                )
            )
    return out


def stored(run):
    return sorted(
        MatchSuggestion.objects.filter(run=run).values_list(
            "participant_id", "volunteer_id", "rank", "score", "breakdown", "pinned", "status"
        )
    )


def test_copied_suggestions_read_back_as_given_and_as_bulk_create_stores_them(monkeypatch):
    assert connection.vendor == "postgresql"  # the COPY path is the one under test
    participants = [matchable_participant() for _ in range(3)]
    volunteers = [matchable_volunteer() for _ in range(2)]
    given = suggestions(participants, volunteers)
    copied_run = queued_or_new_run()
    assert insert_suggestions(copied_run.pk, given) == 6

    rows = stored(copied_run)
    assert [(p, v, r, s, pinned, status) for p, v, r, s, _, pinned, status in rows] == sorted(
        (g.participant_id, g.volunteer_id, g.rank, g.score, g.pinned, "pending") for g in given
    )
    first = next(g for g in given if (g.participant_id, g.rank) == (participants[0].pk, 0))
    assert rows[0][4] == {c: round(first.breakdown[c], 6) for c in CRITERIA}

    MatchingRun.objects.filter(pk=copied_run.pk).update(status=MatchingRun.Status.SUCCEEDED)
    bulk_run = queued_or_new_run()
    monkeypatch.setattr(connection, "vendor", "sqlite")  # the other databases' path
    insert_suggestions(bulk_run.pk, given)
    assert stored(bulk_run) == rows
