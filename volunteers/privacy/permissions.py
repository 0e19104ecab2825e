"""Who may export or erase whose data.

Exports: a participant's by whoever may open her record (coordinators, and her
own project worker: the caseload rule); a volunteer's by coordinators (who hold
the volunteer records). Erasure: coordinators only.
"""

from volunteers.participants import caseload
from volunteers.participants import permissions as participant_permissions

ERASE_PARTICIPANT = "participants.delete_participant"
VIEW_VOLUNTEER = "volunteers.view_volunteer"
ERASE_VOLUNTEER = "volunteers.delete_volunteer"
VIEW_RECORDS = "privacy.view_privacyrecord"


def can_export_participant(user, participant) -> bool:
    return caseload.can_access(user, participant)


def can_erase_participant(user, participant) -> bool:
    return participant_permissions.sees_all(user) and user.has_perm(ERASE_PARTICIPANT)


def can_export_volunteer(user) -> bool:
    return user.is_authenticated and user.has_perm(VIEW_VOLUNTEER)


def can_erase_volunteer(user) -> bool:
    return user.is_authenticated and user.has_perm(ERASE_VOLUNTEER)
