"""Queue emails: render in the recipient's language, store, send after commit."""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import OutgoingEmail


def queue_email(*, to: str, template: str, context: dict, language: str, purpose: str = ""):
    """Render `template` (…_subject.txt and ….txt) in `language` and queue it.

    The send happens in `send_email_task` once the surrounding transaction commits,
    so an email never goes out about data that was rolled back.
    """
    from .tasks import send_email_task

    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    email = OutgoingEmail.objects.create(
        to=to, subject=" ".join(subject.split()), body=body, language=language, purpose=purpose
    )
    transaction.on_commit(lambda: send_email_task.delay(email.pk))
    return email
