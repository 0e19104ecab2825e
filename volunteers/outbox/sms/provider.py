"""Production: SMS through an HTTP provider.

The request is GatewayAPI's REST format (an EU provider many Finnish organisations
use): POST JSON ``{"sender", "message", "recipients": [{"msisdn": 358…}]}`` with
``Authorization: Token <SMS_HTTP_TOKEN>``; the answer ``{"ids": [...]}`` carries the
provider's message id, which the outbox keeps. Another provider with the same shape
only needs another SMS_HTTP_URL.
"""

import requests
from django.conf import settings

from volunteers.outbox.sms import BaseSmsBackend, SmsError


class SmsBackend(BaseSmsBackend):
    def send(self, to, body):
        if not settings.SMS_HTTP_URL or not settings.SMS_HTTP_TOKEN:
            raise SmsError("SMS_HTTP_URL and SMS_HTTP_TOKEN must be set for the HTTP backend")
        payload = {
            "sender": settings.SMS_SENDER,
            "message": body,
            "recipients": [{"msisdn": int(to.lstrip("+"))}],
        }
        try:
            response = requests.post(
                settings.SMS_HTTP_URL,
                json=payload,
                headers={"Authorization": f"Token {settings.SMS_HTTP_TOKEN}"},
                timeout=settings.SMS_HTTP_TIMEOUT,
            )
        except requests.RequestException as exc:
            raise SmsError(f"provider unreachable: {exc}") from exc
        if response.status_code >= 300:
            raise SmsError(f"provider answered {response.status_code}: {response.text[:500]}")
        try:
            return str(response.json()["ids"][0])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise SmsError(f"unexpected answer from provider: {response.text[:500]}") from exc
