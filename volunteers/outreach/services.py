"""The only places that change outreach state: enrolment and a partner's referral."""

from django.db import transaction
from django.utils import timezone

from volunteers.outreach.models import Outcome, OutreachContact, Referral
from volunteers.participants.models import Participant, ParticipantLanguage
from volunteers.participants.models.participants import ReachedVia
from volunteers.participants.permissions import has_caseload


@transaction.atomic
def enrol(contact: OutreachContact, user, *, first_name, last_name, municipality) -> Participant:
    """Turn the outreach contact into a participant and keep the link, so that
    "reached by outreach → enrolled" can be counted. The responsible worker is the
    one who met her (or the enrolling worker)."""
    contact = OutreachContact.objects.select_for_update().get(pk=contact.pk)
    if contact.participant_id:
        return contact.participant
    worker = contact.worker if contact.worker_id else (user if has_caseload(user) else None)
    participant = Participant.objects.create(
        first_name=first_name,
        last_name=last_name,
        municipality=municipality,
        reached_via=ReachedVia.OUTREACH,
        entry_date=timezone.localdate(),
        worker=worker,
    )
    if contact.language:
        ParticipantLanguage.objects.create(participant=participant, language=contact.language)
    contact.participant = participant
    contact.outcome = Outcome.ENROLLED
    contact.save(update_fields=["participant", "outcome"])
    return participant


def refer_in(user, organisation, *, family_first_name, purpose) -> Referral:
    """A partner professional refers a family to the project."""
    return Referral.objects.create(
        direction=Referral.Direction.IN,
        organisation=organisation,
        family_first_name=family_first_name,
        purpose=purpose,
        referred_by=user,
        status=Referral.Status.SENT,
    )
