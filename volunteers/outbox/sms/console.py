"""Development: SMS are printed on the console and reach nobody."""

import sys
import uuid

from volunteers.outbox.sms import BaseSmsBackend


class SmsBackend(BaseSmsBackend):
    def send(self, to, body):
        message_id = f"console-{uuid.uuid4()}"
        sys.stdout.write(f"SMS to {to} ({message_id}):\n{body}\n{'-' * 40}\n")
        sys.stdout.flush()
        return message_id
