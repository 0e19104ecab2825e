"""Remove a user's two-step devices (lost phone and recovery codes).

The user sets up an authenticator app again at the next login. Run by the
administrator after checking who asked: the password alone then opens the account
until she enrols again. The same reset is in the admin's user list
(cms/accounts/two_step_reset.py).
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.accounts.mfa import reset_devices


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes so she can enrol again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        apps, codes = reset_devices(user)
        self.stdout.write(f"Removed {apps} app device(s) and {codes} recovery code set(s).")
