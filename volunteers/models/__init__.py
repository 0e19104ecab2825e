"""All personal data lives in this app. Models are split by subject."""

from .activities import HomeVisit, IntroductoryVisit, MeetingAttendance, TaskPackageHandout
from .assessments import (
    InitialAssessment,
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
    KykyviisariSummary,
)
from .consents import ConsentPurpose, VolunteerConsent
from .matches import MATCH_TRANSITIONS, Match, MatchEvent
from .matching import MatchingRun, MatchingWeights, MatchSuggestion, PairRule
from .meetings import FollowUpAlert, MatchFeedback, MeetingLog
from .notifications import OutgoingEmail
from .participants import (
    NeedTag,
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantLanguage,
)
from .places import Municipality
from .profiles import EsfProfile
from .screening import RequirementItem, RequirementKind
from .volunteers import (
    HouseholdChild,
    Volunteer,
    VolunteerLanguage,
    VolunteerStatus,
    VolunteerStatusEvent,
    VolunteerTag,
)

__all__ = [
    "MATCH_TRANSITIONS",
    "Match",
    "MatchEvent",
    "MatchFeedback",
    "MeetingLog",
    "FollowUpAlert",
    "MatchSuggestion",
    "MatchingRun",
    "MatchingWeights",
    "PairRule",
    "ConsentPurpose",
    "EsfProfile",
    "HomeVisit",
    "HouseholdChild",
    "InitialAssessment",
    "InitialAssessmentAnswer",
    "InitialAssessmentQuestion",
    "IntroductoryVisit",
    "KykyviisariSummary",
    "MeetingAttendance",
    "Municipality",
    "NeedTag",
    "OutgoingEmail",
    "Participant",
    "ParticipantChild",
    "ParticipantConsent",
    "ParticipantLanguage",
    "RequirementItem",
    "RequirementKind",
    "TaskPackageHandout",
    "Volunteer",
    "VolunteerConsent",
    "VolunteerLanguage",
    "VolunteerStatus",
    "VolunteerStatusEvent",
    "VolunteerTag",
]
