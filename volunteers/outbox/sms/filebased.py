"""Tests with a real worker: each SMS is written to a file in SMS_FILE_PATH, which
another process (the test) can read."""

import json
import uuid
from pathlib import Path

from django.conf import settings

from volunteers.outbox.sms import BaseSmsBackend


class SmsBackend(BaseSmsBackend):
    def send(self, to, body):
        message_id = f"file-{uuid.uuid4()}"
        folder = Path(settings.SMS_FILE_PATH)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{message_id}.json").write_text(
            json.dumps({"to": to, "body": body, "id": message_id}, ensure_ascii=False),
            encoding="utf-8",
        )
        return message_id


def read_sent(folder) -> list[dict]:
    """The messages written to `folder`, for tests and for checking a setup by hand."""
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(Path(folder).glob("*.json"))
    ]
