"""All personal data lives in this app. Models are split by subject."""

from .consents import ConsentPurpose, VolunteerConsent
from .notifications import OutgoingEmail
from .places import Municipality
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
    "ConsentPurpose",
    "HouseholdChild",
    "Municipality",
    "OutgoingEmail",
    "RequirementItem",
    "RequirementKind",
    "Volunteer",
    "VolunteerConsent",
    "VolunteerLanguage",
    "VolunteerStatus",
    "VolunteerStatusEvent",
    "VolunteerTag",
]
