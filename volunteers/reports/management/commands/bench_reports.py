"""Time every report on a synthetic data set on PostgreSQL and print the numbers.

Per report: the time and queries of building it. Then the whole dashboard as a reader
gets it: one request to the Reports page (all four reports, charts and tables drawn),
timed from request to rendered HTML. The data is written inside a transaction that is
rolled back, so the database is left as it was.
"""

import json
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from volunteers.reports import period, sections
from volunteers.reports.bench_data import insert
from volunteers.reports.db import report_queries

NO_INDEXING = {
    name: {**config, "AUTO_UPDATE": False}
    for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
}


class _Rollback(Exception):
    pass


def _dashboard(query):
    """The Reports page with every report, requested as a superuser would: seconds
    (median of three, the first one warms caches), queries and status."""
    user = get_user_model().objects.create_superuser(
        username=f"bench-reader-{time.monotonic_ns()}", password=None
    )
    client = Client()
    client.force_login(user)
    url = reverse("reports:index")
    times = []
    # The bench's superuser has no authenticator: two-step verification is off for it
    # (what is measured is the Reports page, not the login).
    with override_settings(ALLOWED_HOSTS=["testserver"], MFA_REQUIRED=False):
        for _attempt in range(3):
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url, query)
                times.append(time.perf_counter() - started)
    if response.status_code != 200:
        # A redirect or an error is not the page: say so rather than print its time.
        raise RuntimeError(f"The Reports page answered {response.status_code}, not 200")
    return {
        "seconds": round(sorted(times)[1], 3),
        "queries": len(queries),
        "status": response.status_code,
    }


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
                last_year = time.localtime().tm_year - 1
                for label, chosen, query in (
                    ("whole_project", period.WHOLE_PROJECT, {"kind": "all"}),
                    (
                        "last_year",
                        period.calendar_year(last_year),
                        {"kind": "year", "year": last_year},
                    ),
                ):
                    filters = sections.Filters(chosen)
                    timings = {}
                    total = 0.0
                    for key in sections.REPORTS:
                        # The log keeps the last 9000 queries only: the insert filled it.
                        connection.queries_log.clear()
                        with CaptureQueriesContext(connection) as queries:
                            started = time.perf_counter()
                            with report_queries():
                                sections.build(key, filters)
                            seconds = time.perf_counter() - started
                        total += seconds
                        timings[key] = {"seconds": round(seconds, 3), "queries": len(queries)}
                    timings["reports_seconds"] = round(total, 3)
                    timings["dashboard"] = _dashboard(query)
                    results[label] = timings
                raise _Rollback
        except _Rollback:
            pass
        if options["json"]:
            self.stdout.write(json.dumps(results))
            return
        for key, value in results.items():
            self.stdout.write(f"{key}: {value}")
