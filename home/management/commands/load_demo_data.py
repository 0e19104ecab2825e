from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home import demo as home_demo


class Command(BaseCommand):
    help = "Load fictional demo data and print the demo logins (idempotent; never in production)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError("Demo data is for development only; refusing under these settings.")
        with transaction.atomic():
            logins = home_demo.load()
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Demo logins:"))
        width = max(len(username) for username, _p, _r in logins)
        for username, password, role in logins:
            self.stdout.write(f"  {username.ljust(width)}  {password}  ({role})")
