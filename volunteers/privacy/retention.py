"""Retention: personal data is kept only as long as agreed, then anonymised by the
same erasure a coordinator can do by hand.

Participants: PARTICIPANT_RETENTION_MONTHS after her exit date. Volunteers:
VOLUNTEER_RETENTION_MONTHS after she left (withdrawn or rejected: the time of
that move, or of her last change when no move was recorded). Run daily on beat
(tasks.py); each run that anonymised someone leaves a PrivacyRecord listing the
ids, which coordinators see in the Privacy log.
"""

import logging

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext

from volunteers.participants.models import Participant
from volunteers.privacy.erasure import erase_participant, erase_volunteer
from volunteers.privacy.models import PrivacyRecord
from volunteers.volunteers.models import Volunteer, VolunteerStatus

logger = logging.getLogger(__name__)

LEFT = [VolunteerStatus.WITHDRAWN, VolunteerStatus.REJECTED]


def participants_due(today):
    cutoff = today - relativedelta(months=settings.PARTICIPANT_RETENTION_MONTHS)
    return Participant.objects.filter(anonymised_at__isnull=True, exit_date__lte=cutoff)


def volunteers_due(now):
    cutoff = now - relativedelta(months=settings.VOLUNTEER_RETENTION_MONTHS)
    return (
        Volunteer.objects.filter(anonymised_at__isnull=True, status__in=LEFT)
        .annotate(
            left_at=Coalesce(
                Max("status_events__at", filter=Q(status_events__to_status__in=LEFT)),
                "updated_at",
            )
        )
        .filter(left_at__lte=cutoff)
    )


def apply_retention() -> PrivacyRecord | None:
    """Anonymise everyone past their retention period; return the run's record (None
    when nobody was due, so a quiet day leaves no noise)."""
    now = timezone.now()
    participants = [p.pk for p in participants_due(timezone.localdate(now))]
    volunteers = [v.pk for v in volunteers_due(now)]
    for pk in participants:
        erase_participant(Participant(pk=pk))
    for pk in volunteers:
        erase_volunteer(Volunteer(pk=pk))
    logger.info("retention: anonymised participants %s and volunteers %s", participants, volunteers)
    if not (participants or volunteers):
        return None
    return PrivacyRecord.objects.create(
        kind=PrivacyRecord.Kind.RETENTION,
        summary=gettext("%(p)s participants and %(v)s volunteers anonymised")
        % {"p": len(participants), "v": len(volunteers)},
        details={
            "participants": participants,
            "volunteers": volunteers,
            "participant_months": settings.PARTICIPANT_RETENTION_MONTHS,
            "volunteer_months": settings.VOLUNTEER_RETENTION_MONTHS,
        },
    )
