from django.core.management.base import BaseCommand
from django.db import transaction

from volunteers.outbox.services import queue_email


class Command(BaseCommand):
    help = "Queue a test email to ADDRESS, to check the email settings and the worker."

    def add_arguments(self, parser):
        parser.add_argument("address")
        parser.add_argument("--language", default="fi")

    def handle(self, *args, address, language, **options):
        with transaction.atomic():
            email = queue_email(
                to=address,
                template="outbox/email/test_message",
                context={"name": address},
                language=language,
                purpose="test",
            )
        self.stdout.write(f"Queued email {email.pk}; see its status in the outbox.")
