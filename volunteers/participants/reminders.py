"""Messages to registered mothers: the reminder the day before, and the notice that
a meeting is cancelled. Only with her current consent for reminders, in the language
that consent was given in, by SMS or email as she prefers; the text is the editors'
translated snippet (Finnish when her language has none). One notice of each kind per
registration (MeetingNotice's unique constraint), however often the job runs.
"""

import datetime
import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.dispatch import receiver
from django.utils import formats, timezone, translation

from cms.vocabularies import ConsentPurpose, MessageChannel
from resources.models import MessageText, message_text
from resources.models.message_texts import fill
from resources.signals import meeting_cancelled
from volunteers.outbox.services import queue_sms, queue_text_email
from volunteers.participants.models import (
    MeetingNotice,
    MeetingRegistration,
    ParticipantConsent,
)

logger = logging.getLogger(__name__)
Kind = MeetingNotice.Kind
TEXT_OF = {
    Kind.REMINDER: MessageText.Key.MEETING_REMINDER,
    Kind.CANCELLED: MessageText.Key.MEETING_CANCELLED,
}


def reminder_consent(participant):
    return (
        ParticipantConsent.objects.current()
        .filter(participant=participant, purpose=ConsentPurpose.REMINDERS)
        .order_by("-given_at")
        .first()
    )


def values_for(meeting, registration, language):
    start = timezone.localtime(meeting.start)
    with translation.override(language):
        return {
            "title": meeting.title,
            "date": formats.date_format(start, "SHORT_DATE_FORMAT"),
            "time": start.strftime("%H:%M"),
            "place": meeting.place.name,
            "address": meeting.venue.address,
            "childcare": len(registration.children.all()),
        }


def notify(registration, kind) -> MeetingNotice | None:
    """Send one notice of `kind` to the registered mother, once. None when there is
    no consent, no way to reach her, or it was sent already."""
    participant = registration.participant
    consent = reminder_consent(participant)
    if consent is None:
        return None
    channel = participant.reminder_channel
    if channel == MessageChannel.SMS and not participant.phone:
        channel = MessageChannel.EMAIL
    if channel == MessageChannel.EMAIL and not participant.email:
        return None
    language = consent.language
    text, fell_back = message_text(TEXT_OF[kind], language)
    if not text:
        logger.warning("No message text for %s: nothing sent", TEXT_OF[kind])
        return None
    if fell_back:
        language = "fi"
    body = fill(text, values_for(registration.meeting, registration, language))
    try:
        with transaction.atomic():
            notice = MeetingNotice.objects.create(
                registration=registration,
                kind=kind,
                channel=channel,
                language=language,
                fell_back_to_finnish=fell_back,
            )
            purpose = f"meeting-{kind}"
            if channel == MessageChannel.SMS:
                queue_sms(to=participant.phone, body=body, language=language, purpose=purpose)
            else:
                subject = body.split("\n", 1)[0][:120]
                queue_text_email(
                    to=participant.email,
                    subject=subject,
                    body=body,
                    language=language,
                    purpose=purpose,
                )
    except IntegrityError:
        return None  # sent already (another process got there first)
    except ValidationError:
        logger.warning("Participant %s has a phone number that is not one", participant.pk)
        return None
    return notice


def send_reminders(today: datetime.date | None = None) -> int:
    """Remind everyone registered for tomorrow's meetings; returns how many were sent."""
    today = today or timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    start = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    due = (
        MeetingRegistration.objects.filter(
            status=MeetingRegistration.Status.REGISTERED,
            meeting__cancelled=False,
            meeting__start__gte=start,
            meeting__start__lt=start + datetime.timedelta(days=1),
        )
        .exclude(notices__kind=Kind.REMINDER)
        .select_related("participant", "meeting__venue")
        .prefetch_related("children")
    )
    return sum(notify(registration, Kind.REMINDER) is not None for registration in due)


@receiver(meeting_cancelled)
def tell_registered_mothers(sender, meeting, **kwargs):
    """A cancelled meeting: every mother registered or waiting is told (with consent)."""
    open_registrations = (
        MeetingRegistration.objects.filter(meeting__translation_key=meeting.translation_key)
        .exclude(status=MeetingRegistration.Status.CANCELLED)
        .select_related("participant", "meeting__venue")
        .prefetch_related("children")
    )
    for registration in open_registrations:
        notify(registration, Kind.CANCELLED)
