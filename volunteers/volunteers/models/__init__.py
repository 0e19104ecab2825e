"""Volunteers, their screening requirements, their consents and their meeting help."""

from volunteers.volunteers.models.activity import (
    OtherVolunteering,
    TrainingAttendance,
    TrainingSession,
)
from volunteers.volunteers.models.consents import VolunteerConsent
from volunteers.volunteers.models.helpers import MeetingHelper
from volunteers.volunteers.models.screening import RequirementItem, RequirementKind
from volunteers.volunteers.models.volunteers import (
    HouseholdChild,
    Volunteer,
    VolunteerLanguage,
    VolunteerStatus,
    VolunteerStatusEvent,
    VolunteerTag,
)

__all__ = [
    "HouseholdChild",
    "MeetingHelper",
    "OtherVolunteering",
    "RequirementItem",
    "RequirementKind",
    "TrainingAttendance",
    "TrainingSession",
    "Volunteer",
    "VolunteerConsent",
    "VolunteerLanguage",
    "VolunteerStatus",
    "VolunteerStatusEvent",
    "VolunteerTag",
]
