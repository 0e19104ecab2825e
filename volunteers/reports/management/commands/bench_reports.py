"""Time every report on a synthetic data set on PostgreSQL and print the numbers.

The data is written inside a transaction that is rolled back, so the database is
left as it was.
"""

import json
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings

from volunteers.reports import period, sections
from volunteers.reports.bench_data import insert

NO_INDEXING = {
    name: {**config, "AUTO_UPDATE": False}
    for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
}


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time each report (whole project and one year) on synthetic data."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=20000)
        parser.add_argument("--meetings", type=int, default=2000)
        parser.add_argument("--attendance", type=int, default=400000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, participants, meetings, attendance, seed, **options):
        results = {
            "participants": participants,
            "meetings": meetings,
            "attendance": attendance,
            "database": connection.vendor,
        }
        try:
            with transaction.atomic():
                started = time.perf_counter()
                # Search and reference indexes are not what is measured: leave them be.
                with override_settings(WAGTAILSEARCH_BACKENDS=NO_INDEXING):
                    insert(participants, meetings, attendance, seed=seed)
                results["insert_seconds"] = round(time.perf_counter() - started, 1)
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would give
                for label, chosen in (
                    ("whole_project", period.WHOLE_PROJECT),
                    ("last_year", period.calendar_year(time.localtime().tm_year - 1)),
                ):
                    filters = sections.Filters(chosen)
                    timings = {}
                    total = 0.0
                    for key in sections.REPORTS:
                        # The log keeps the last 9000 queries only: the insert filled it.
                        connection.queries_log.clear()
                        with CaptureQueriesContext(connection) as queries:
                            started = time.perf_counter()
                            sections.build(key, filters)
                            seconds = time.perf_counter() - started
                        total += seconds
                        timings[key] = {"seconds": round(seconds, 3), "queries": len(queries)}
                    timings["dashboard_seconds"] = round(total, 3)
                    results[label] = timings
                raise _Rollback
        except _Rollback:
            pass
        if options["json"]:
            self.stdout.write(json.dumps(results))
            return
        for key, value in results.items():
            self.stdout.write(f"{key}: {value}")
