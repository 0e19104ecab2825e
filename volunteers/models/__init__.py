"""All personal data lives in this app. Models are split by subject."""

from .activities import HomeVisit, IntroductoryVisit, MeetingAttendance, TaskPackageHandout
from .assessments import (
    InitialAssessment,
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
    KykyviisariSummary,
)
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

__all__ = [
    "EsfProfile",
    "HomeVisit",
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
    "TaskPackageHandout",
]
