"""Suggestions and matches for the lifecycle tests (fictional people only)."""

import datetime

from django.utils import timezone

from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.engine.algorithm import DEFAULT_WEIGHTS
from volunteers.matching.models import (
    Match,
    MatchEvent,
    MatchingRun,
    MatchSuggestion,
)


def finished_run() -> MatchingRun:
    return MatchingRun.objects.create(
        status=MatchingRun.Status.SUCCEEDED, progress=100, weights=dict(DEFAULT_WEIGHTS)
    )


def pending_suggestion(participant=None, volunteer=None, run=None, rank=0, score=0.8):
    """A pending suggestion of an eligible pair, as a finished run would store it."""
    return MatchSuggestion.objects.create(
        run=run or finished_run(),
        participant=participant or matchable_participant(),
        volunteer=volunteer or matchable_volunteer(),
        rank=rank,
        score=score,
        breakdown={criterion: score for criterion in DEFAULT_WEIGHTS},
    )


def make_match(status=Match.Status.ACTIVE, volunteer=None, participant=None, **kwargs):
    """A match in ``status`` with its first event; introduced ones get a date."""
    if status in (Match.Status.INTRODUCED, Match.Status.ACTIVE, Match.Status.PAUSED):
        kwargs.setdefault("introduced_on", timezone.localdate() - datetime.timedelta(days=3))
    match = Match.objects.create(
        participant=participant or matchable_participant(),
        volunteer=volunteer or matchable_volunteer(),
        status=status,
        **kwargs,
    )
    MatchEvent.objects.create(match=match, to_status=Match.Status.APPROVED)
    return match
