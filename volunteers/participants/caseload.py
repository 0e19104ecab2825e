"""Caseload: who sees which participant.

Coordinators (and superusers) see every participant; a project worker sees only
the participants whose responsible worker they are; everybody else sees none. Who
is which is a Django permission (permissions.py).
Every participant view, export and related record (assessments, activities)
goes through these functions, so the rule lives in one place.
"""

from django.db.models import Q, QuerySet

from volunteers.participants.models import Participant
from volunteers.participants.permissions import has_caseload, sees_all


def restrict(queryset: QuerySet, user, participant_path: str = "") -> QuerySet:
    """`queryset` cut down to what `user` may see.

    `participant_path` leads from the queryset's model to the participant
    ("" for participants themselves, "participant__" for their records).
    """
    if sees_all(user):
        return queryset
    if has_caseload(user):
        return queryset.filter(Q(**{f"{participant_path}worker": user}))
    return queryset.none()


def can_access(user, participant) -> bool:
    """Whether `user` may see and edit this participant's records."""
    if participant is None:
        return False
    if sees_all(user):
        return True
    return has_caseload(user) and participant.worker_id == user.pk


def participant_of(obj):
    """The participant a record belongs to (the record itself for participants)."""
    return obj if isinstance(obj, Participant) else getattr(obj, "participant", None)
