from django.core.management.base import BaseCommand, CommandError

from volunteers.matching.runs import execute_run, queued_or_new_run, summary


class Command(BaseCommand):
    help = "Run matching now, in this process, and print the summary (for operators)."

    def handle(self, *args, **options):
        run = queued_or_new_run()
        outcome = execute_run(run.pk)
        run.refresh_from_db()
        self.stdout.write(summary(run))
        if outcome == "failed":
            raise CommandError(f"Matching run {run.pk} failed: {run.error}")
