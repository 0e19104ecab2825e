"""Queue emails and SMS: render in the recipient's language, store, send after commit."""

from django.template.loader import render_to_string
from django.utils import translation

from cms.celery import enqueue_after_commit
from volunteers.outbox.models import OutgoingEmail, OutgoingSms
from volunteers.outbox.sms.phone import normalise_phone

# The task that sends one email (volunteers/outbox/tasks.py).
SEND_EMAIL_TASK = "volunteers.tasks.send_email_task"


def queue_email(*, to: str, template: str, context: dict, language: str, purpose: str = ""):
    """Render `template` (…_subject.txt and ….txt) in `language` and queue it.

    The send happens in `send_email_task` once the surrounding transaction commits,
    so an email never goes out about data that was rolled back.
    """
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    email = OutgoingEmail.objects.create(
        to=to, subject=" ".join(subject.split()), body=body, language=language, purpose=purpose
    )
    enqueue_after_commit(SEND_EMAIL_TASK, email.pk)
    return email


# The task that sends one SMS (volunteers/outbox/tasks.py).
SEND_SMS_TASK = "volunteers.outbox.send_sms_task"


def queue_sms(*, to: str, body: str, language: str, purpose: str = "") -> OutgoingSms:
    """Queue one SMS to `to` (any way a Finnish or international number is written).

    Raises ValidationError when `to` is not a phone number; nothing is stored then.
    The send happens in `send_sms_task` once the surrounding transaction commits.
    """
    sms = OutgoingSms.objects.create(
        to=normalise_phone(to), body=body.strip(), language=language, purpose=purpose
    )
    enqueue_after_commit(SEND_SMS_TASK, sms.pk)
    return sms


def queue_text_email(*, to: str, subject: str, body: str, language: str, purpose: str = ""):
    """Queue an email whose text is already written (e.g. from an editor's message text)."""
    email = OutgoingEmail.objects.create(
        to=to, subject=subject[:255], body=body, language=language, purpose=purpose
    )
    enqueue_after_commit(SEND_EMAIL_TASK, email.pk)
    return email
