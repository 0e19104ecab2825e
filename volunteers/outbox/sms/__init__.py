"""SMS as a channel of the outbox, built like Django's email backends.

`settings.SMS_BACKEND` names the class that delivers a message:
- ``console.SmsBackend`` prints messages (development; nothing reaches a phone),
- ``filebased.SmsBackend`` appends them to files in ``SMS_FILE_PATH`` (worker tests),
- ``locmem.SmsBackend`` keeps them in ``volunteers.outbox.sms.outbox`` (tests),
- ``provider.SmsBackend`` posts them to the SMS provider (production).
A backend's ``send(to, body)`` returns the provider's message id, or raises
``SmsError`` so that the outbox task records the error and retries.
"""

from django.conf import settings
from django.utils.module_loading import import_string

# What locmem.SmsBackend has "sent" in this process, as (to, body) pairs.
outbox: list[tuple[str, str]] = []


class SmsError(Exception):
    """The message could not be handed to the provider."""


class BaseSmsBackend:
    def send(self, to: str, body: str) -> str:  # pragma: no cover - interface
        """Deliver `body` to the E.164 number `to`; return the provider's id."""
        raise NotImplementedError


def get_backend() -> BaseSmsBackend:
    return import_string(settings.SMS_BACKEND)()
