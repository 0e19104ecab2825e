"""Matching runs and their suggestions, the matches, and what follows a match."""

from volunteers.matching.models.checkins import MatchCheckIn
from volunteers.matching.models.matches import Match, MatchEvent
from volunteers.matching.models.meetings import FollowUpAlert, MatchFeedback, MeetingLog
from volunteers.matching.models.runs import (
    MatchingRun,
    MatchingWeights,
    MatchSuggestion,
    PairRule,
)

__all__ = [
    "FollowUpAlert",
    "Match",
    "MatchCheckIn",
    "MatchEvent",
    "MatchFeedback",
    "MatchingRun",
    "MatchingWeights",
    "MatchSuggestion",
    "MeetingLog",
    "PairRule",
]
