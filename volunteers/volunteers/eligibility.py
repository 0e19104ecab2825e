"""Who may be suggested for which role, and why not.

``missing_requirements`` is a pure function (no database): matching and the admin
both call it. ``eligible_for_role`` is the same rule as a queryset filter, so that
matching can load only eligible volunteers in one query.
"""

from collections.abc import Iterable
from datetime import date

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.fields import choice_list_q
from cms.vocabularies import VolunteerRole
from volunteers.volunteers.models.screening import RequirementItem, RequirementKind
from volunteers.volunteers.models.volunteers import VolunteerStatus

K = RequirementKind
# Roles that regularly involve being alone with children need the criminal-record
# extract (Act 148/2014); a friend meets the mother.
ROLE_REQUIREMENTS: dict[str, list[str]] = {
    VolunteerRole.SUPPORT_FAMILY: [K.INTERVIEW, K.TRAINING, K.AGREEMENT, K.CRIMINAL_RECORD],
    VolunteerRole.GODPARENT: [K.INTERVIEW, K.TRAINING, K.AGREEMENT, K.CRIMINAL_RECORD],
    VolunteerRole.FRIEND: [K.INTERVIEW, K.TRAINING, K.AGREEMENT],
    # Looks after other people's children while their mothers are in the meeting.
    VolunteerRole.CHILDCARE: [K.INTERVIEW, K.TRAINING, K.AGREEMENT, K.CRIMINAL_RECORD],
}


def roles_needing_criminal_record() -> set[str]:
    return {role for role, kinds in ROLE_REQUIREMENTS.items() if K.CRIMINAL_RECORD in kinds}


def missing_requirements(
    *,
    roles: Iterable[str],
    status: str,
    paused: bool,
    items: Iterable[tuple[str, date, date | None]],
    today: date,
) -> dict[str, list[str]]:
    """For each of the volunteer's roles, what is missing, in words ("missing: training").

    ``items`` are (kind, done_on, valid_until) of the recorded requirements. An empty
    list for a role means the volunteer is eligible for it.
    """
    valid = _valid_kinds(items, today)
    result = {}
    for role in roles:
        reasons = []
        if status != VolunteerStatus.APPROVED:
            reasons.append(
                _("not approved (%(status)s)") % {"status": VolunteerStatus(status).label}
            )
        if paused:
            reasons.append(_("paused"))
        for kind in ROLE_REQUIREMENTS.get(role, []):
            if kind not in valid:
                reasons.append(_("missing: %(requirement)s") % {"requirement": K(kind).label})
        result[role] = reasons
    return result


def _valid_kinds(items: Iterable[tuple[str, date, date | None]], today: date) -> set[str]:
    return {
        kind
        for kind, done_on, valid_until in items
        if done_on <= today and (valid_until is None or valid_until >= today)
    }


def eligible_roles(
    *,
    roles: Iterable[str],
    status: str,
    paused: bool,
    items: Iterable[tuple[str, date, date | None]],
    today: date,
) -> frozenset[str]:
    """The roles for which ``missing_requirements`` finds nothing missing, without
    writing the reasons (matching loads thousands of volunteers at once)."""
    if status != VolunteerStatus.APPROVED or paused:
        return frozenset()
    valid = _valid_kinds(items, today)
    return frozenset(role for role in roles if valid.issuperset(ROLE_REQUIREMENTS.get(role, ())))


def volunteer_missing(volunteer, today: date | None = None) -> dict[str, list[str]]:
    """``missing_requirements`` for a Volunteer instance (uses prefetched requirements)."""
    return missing_requirements(
        roles=volunteer.roles,
        status=volunteer.status,
        paused=volunteer.paused,
        items=[(i.kind, i.done_on, i.valid_until) for i in volunteer.requirements.all()],
        today=today or timezone.localdate(),
    )


def eligibility_text(volunteer, today: date | None = None) -> str:
    """One line for coordinators: "eligible" or the reasons per role."""
    parts = []
    for role, reasons in volunteer_missing(volunteer, today).items():
        label = VolunteerRole(role).label
        parts.append(f"{label}: {', '.join(reasons) if reasons else _('eligible')}")
    return "; ".join(parts)


def eligible_for_role(queryset: QuerySet, role: str, today: date | None = None) -> QuerySet:
    """Filter ``queryset`` of Volunteers to those eligible for ``role`` on ``today``."""
    today = today or timezone.localdate()
    current = RequirementItem.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=today),
        volunteer=OuterRef("pk"),
        done_on__lte=today,
    )
    queryset = queryset.filter(choice_list_q("roles", role), status=VolunteerStatus.APPROVED)
    queryset = queryset.filter(paused=False)
    for kind in ROLE_REQUIREMENTS[role]:
        queryset = queryset.filter(Exists(current.filter(kind=kind)))
    return queryset
