"""The mothers' records, split by subject."""

from volunteers.participants.models.activities import (
    HomeVisit,
    IntroductoryVisit,
    MeetingAttendance,
    TaskPackageHandout,
)
from volunteers.participants.models.assessments import (
    InitialAssessment,
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
    KykyviisariSummary,
)
from volunteers.participants.models.audit import ParticipantLogEntry
from volunteers.participants.models.participants import (
    NeedTag,
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantInterestTag,
    ParticipantLanguage,
)
from volunteers.participants.models.profiles import EsfProfile
from volunteers.participants.models.registrations import (
    InterpreterBooking,
    MeetingNotice,
    MeetingRegistration,
)

__all__ = [
    "EsfProfile",
    "HomeVisit",
    "InitialAssessment",
    "InitialAssessmentAnswer",
    "InitialAssessmentQuestion",
    "InterpreterBooking",
    "IntroductoryVisit",
    "KykyviisariSummary",
    "MeetingAttendance",
    "MeetingNotice",
    "MeetingRegistration",
    "NeedTag",
    "Participant",
    "ParticipantChild",
    "ParticipantConsent",
    "ParticipantInterestTag",
    "ParticipantLanguage",
    "ParticipantLogEntry",
    "TaskPackageHandout",
]
