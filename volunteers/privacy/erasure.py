"""Erasure (GDPR art. 17) as anonymisation: everything that identifies her or that
she or others wrote about her is emptied, her login is deleted, and the row stays
with what the reports count (municipality, dates, languages, children's birth
years, ESF indicators, attendance, Kykyviisari scores), so every aggregate is the
same before and after. Each erasure is recorded (PrivacyRecord, audit log).
"""

import logging

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from volunteers.matching.models import (
    Match,
    MatchCheckIn,
    MatchEvent,
    MatchFeedback,
    MeetingLog,
    PairRule,
)
from volunteers.outbox.models import OutgoingEmail
from volunteers.outreach.models import OutreachContact, Referral
from volunteers.participants.models import Participant
from volunteers.privacy.models import PrivacyRecord, Subject
from volunteers.volunteers.models import Volunteer

logger = logging.getLogger(__name__)

ERASE_ACTION = "privacy.erase"
EXPORT_ACTION = "privacy.export"


def anonymous_name(pk) -> str:
    """What stands in for her name: only the id (a first name is required)."""
    return f"#{pk}"


def delete_files(*objects):
    """Delete the stored files of any file fields on her rows (none today; kept so a
    file field added later is not forgotten by erasure)."""
    for obj in objects:
        for field in obj._meta.concrete_fields:
            if isinstance(field, models.FileField):
                stored = getattr(obj, field.name)
                if stored:
                    stored.delete(save=False)


def _empty_match_texts(matches):
    """Free text written about the pair: contacts, plans, notes, feedback, reasons."""
    Match.objects.filter(pk__in=matches).update(agreed_contact="", meeting_plan="")
    MatchEvent.objects.filter(match__in=matches).update(reason="")
    MeetingLog.objects.filter(match__in=matches).update(note="")
    MatchFeedback.objects.filter(match__in=matches).update(text="")
    MatchCheckIn.objects.filter(match__in=matches).update(note="")


@transaction.atomic
def erase_participant(participant: Participant, by=None) -> PrivacyRecord:
    """Anonymise her record and everything written about her; keep the counts."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    pk = participant.pk
    email = participant.email
    delete_files(participant)
    participant.first_name = anonymous_name(pk)
    participant.last_name = ""
    participant.phone = ""
    participant.email = ""
    participant.postcode = ""
    participant.goals = ""
    participant.anonymised_at = timezone.now()
    participant.needs.clear()
    participant.interests.clear()
    participant.save()  # the cluster's tag relations are written on save too
    participant.home_visits.update(topics="", notes="")
    participant.introductory_visits.update(who_went="")
    participant.task_packages.update(description="")
    for assessment in participant.initial_assessments.all():
        assessment.answers.update(answer="")
    matches = list(Match.objects.filter(participant=participant).values_list("pk", flat=True))
    _empty_match_texts(matches)
    PairRule.objects.filter(participant=participant).update(reason="")
    # The outreach contact that led to her enrolment, and referrals about her.
    for contact in OutreachContact.objects.filter(participant=participant):
        contact.anonymise()
    Referral.objects.filter(participant=participant).update(
        family_first_name="", purpose="", outcome=""
    )
    if email:
        OutgoingEmail.objects.filter(to__iexact=email).delete()
    return _record(participant, Subject.PARTICIPANT, by)


@transaction.atomic
def erase_volunteer(volunteer: Volunteer, by=None) -> PrivacyRecord:
    """Anonymise her record, delete her login and the emails sent to her."""
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    pk = volunteer.pk
    email = volunteer.email
    user = volunteer.user
    delete_files(volunteer)
    volunteer.first_name = anonymous_name(pk)
    volunteer.last_name = "-"
    # Unique and required: an address that can never receive mail (RFC 2606).
    volunteer.email = f"erased-{pk}@example.invalid"
    volunteer.phone = ""
    volunteer.postcode = ""
    volunteer.motivation = ""
    volunteer.heard_from = ""
    volunteer.user = None
    volunteer.anonymised_at = timezone.now()
    volunteer.interests.clear()
    volunteer.save()  # also re-indexes her in the admin search without her name
    volunteer.requirements.update(note="")
    volunteer.status_events.update(reason="")
    volunteer.other_volunteering.update(description="")
    matches = list(Match.objects.filter(volunteer=volunteer).values_list("pk", flat=True))
    _empty_match_texts(matches)
    PairRule.objects.filter(volunteer=volunteer).update(reason="")
    OutgoingEmail.objects.filter(to__iexact=email).delete()
    if user is not None:
        user.delete()
    return _record(volunteer, Subject.VOLUNTEER, by)


def _record(person, subject, by):
    log(instance=person, action=ERASE_ACTION, user=by)
    record = PrivacyRecord.objects.create(
        kind=PrivacyRecord.Kind.ERASURE,
        subject=subject,
        subject_ref=person.pk,
        by=by,
        summary=str(_("Personal data erased")),
    )
    logger.info("erased %s %s (by %s)", subject, person.pk, by.pk if by else "retention")
    return record
