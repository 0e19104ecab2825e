"""Tests in one process: SMS are kept in `volunteers.outbox.sms.outbox`."""

import uuid

from volunteers.outbox import sms


class SmsBackend(sms.BaseSmsBackend):
    def send(self, to, body):
        sms.outbox.append((to, body))
        return f"locmem-{uuid.uuid4()}"
