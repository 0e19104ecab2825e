"""Remove a user's two-step devices (lost phone and recovery codes).

The user sets up an authenticator app again at the next login. Run by the
administrator after checking who asked: the password alone then opens the account
until she enrols again.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes so she can enrol again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        apps, _ = TOTPDevice.objects.filter(user=user).delete()
        codes, _ = StaticDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {apps} app device(s) and {codes} recovery code set(s).")
