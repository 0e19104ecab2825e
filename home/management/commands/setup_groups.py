from django.core.management.base import BaseCommand

from home.groups import setup_groups


class Command(BaseCommand):
    help = "Create the role groups and set exactly their permissions (idempotent)."

    def handle(self, *args, **options):
        groups = setup_groups()
        for name, group in groups.items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
