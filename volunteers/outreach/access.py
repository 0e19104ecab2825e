"""Who sees which outreach contact and referral.

Coordinators see everything. A project worker sees the outreach contacts she
recorded and the referrals of her own caseload (the participants' caseload rule,
volunteers/participants/caseload.py). A partner professional sees only the
referrals she made, in her portal (views.py). Everybody else sees none.
"""

from django.db.models import QuerySet

from volunteers.participants import caseload
from volunteers.participants.permissions import has_caseload, sees_all

REFER_IN = "outreach.refer_in"


def contacts_for(queryset: QuerySet, user) -> QuerySet:
    if sees_all(user):
        return queryset
    if has_caseload(user):
        return queryset.filter(worker=user)
    return queryset.none()


def can_see_contact(user, contact) -> bool:
    if sees_all(user):
        return True
    return has_caseload(user) and contact.worker_id == user.pk


def referrals_for(queryset: QuerySet, user) -> QuerySet:
    return caseload.restrict(queryset, user, "participant__")


def can_see_referral(user, referral) -> bool:
    if sees_all(user):
        return True
    return caseload.can_access(user, referral.participant)


def can_refer_in(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(REFER_IN))


def own_referrals(user) -> QuerySet:
    """The referrals a partner professional made herself, nothing else."""
    from volunteers.outreach.models import Referral

    return Referral.objects.filter(referred_by=user).select_related("organisation")
