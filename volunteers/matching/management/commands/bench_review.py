"""Time the coordinators' review screen with many suggestions waiting, and print it.

Writes fictional participants, volunteers and one run's pending suggestions inside a
transaction that is rolled back, then requests /admin/review/ (first page, a later
page, and a filtered page) as a superuser through the whole Django stack and prints
the median time, the query count and the model instances each request built.
"""

import gc
import json
import os
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models.signals import post_init
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.vocabularies import LanguageLevel
from resources.models import Municipality
from resources.models.places import ensure_seed_municipalities
from volunteers.matching.engine.algorithm import CRITERIA, DEFAULT_WEIGHTS
from volunteers.matching.models import MatchingRun, MatchSuggestion
from volunteers.participants.models import Participant, ParticipantLanguage
from volunteers.volunteers.models import Volunteer, VolunteerStatus


class _Rollback(Exception):
    pass


def insert_pending(pending: int, per_participant: int) -> int:
    """One finished run with ``pending`` suggestions, ``per_participant`` per mother."""
    ensure_seed_municipalities()
    municipality = Municipality.objects.order_by("name").first()
    participants = Participant.objects.bulk_create(
        Participant(
            first_name=f"Bench{i:05d}",
            municipality=municipality,
            wished_role="godparent",
            entry_date=timezone.localdate(),
        )
        for i in range(-(-pending // per_participant))
    )
    ParticipantLanguage.objects.bulk_create(
        ParticipantLanguage(
            participant=p, language="fi" if i % 3 else "ar", level=LanguageLevel.BASIC
        )
        for i, p in enumerate(participants)
    )
    volunteers = Volunteer.objects.bulk_create(
        Volunteer(
            first_name=f"Bench{i:05d}",
            last_name="Volunteer",
            email=f"bench-review-{i}@example.invalid",
            municipality=municipality,
            roles=["godparent"],
            status=VolunteerStatus.APPROVED,
        )
        for i in range(len(participants) + per_participant)
    )
    run = MatchingRun.objects.create(
        status=MatchingRun.Status.SUCCEEDED, progress=100, weights=dict(DEFAULT_WEIGHTS)
    )
    rows = []
    for i, participant in enumerate(participants):
        for rank in range(per_participant):
            if len(rows) == pending:
                break
            score = round(((i * 7 + rank * 13) % 100) / 100, 2)
            rows.append(
                MatchSuggestion(
                    run=run,
                    participant=participant,
                    volunteer=volunteers[i + rank],
                    rank=rank,
                    score=score,
                    breakdown={c: score for c in CRITERIA},
                )
            )
    MatchSuggestion.objects.bulk_create(rows, batch_size=2000)
    return len(participants)


def measure(client, url, repeat):
    """(median ms, median CPU ms of this process, queries, model instances) of
    ``repeat`` requests to ``url``. The CPU time leaves out waiting for a busy machine
    (and the database's own work), so it shows what the page costs on an idle one."""
    built = []

    def count(sender, **kwargs):
        built.append(sender)

    times, cpu = [], []
    for _ in range(repeat):
        built.clear()
        # The rows this command inserted are garbage by now; collect them here, so
        # that a collection of the whole heap is not timed as part of a request.
        gc.collect()
        post_init.connect(count)
        try:
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
        finally:
            post_init.disconnect(count)
        assert response.status_code == 200, response.status_code
    return (
        round(statistics.median(times), 1),
        round(statistics.median(cpu), 1),
        len(queries.captured_queries),
        len(built),
    )


class Command(BaseCommand):
    help = "Time /admin/review/ with many pending suggestions (data rolled back)."

    def add_arguments(self, parser):
        parser.add_argument("--pending", type=int, default=1300)
        parser.add_argument("--per-participant", type=int, default=4)
        parser.add_argument("--repeat", type=int, default=7)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, pending, per_participant, repeat, **options):
        from volunteers.matching.review_screen import ReviewView

        one_page = ReviewView.page_size * per_participant
        report = {
            "load_average_1min": round(os.getloadavg()[0], 2),
            "page_size_participants": ReviewView.page_size,
        }
        # One page's worth first, then the full number: the time should not grow.
        for size in sorted({min(one_page, pending), pending}):
            report[f"pending_{size}"] = self.measure_size(size, per_participant, repeat)
        if options["json"]:
            self.stdout.write(json.dumps(report))
            return
        self.stdout.write(f"== review screen benchmark (median of {repeat} requests)")
        for key, value in report.items():
            if isinstance(value, dict):
                self.stdout.write(f"  {key}:")
                for inner, number in value.items():
                    self.stdout.write(f"    {inner:26} {number}")
            else:
                self.stdout.write(f"  {key:28} {value}")

    def measure_size(self, pending, per_participant, repeat):
        report = {}
        try:
            # The bench's superuser has no authenticator: two-step verification is off
            # for it (what is measured is the review screen, not the login).
            with (
                transaction.atomic(),
                override_settings(ALLOWED_HOSTS=["testserver"], MFA_REQUIRED=False),
            ):
                started = time.perf_counter()
                report["participants"] = insert_pending(pending, per_participant)
                report["insert_s"] = round(time.perf_counter() - started, 2)
                user = get_user_model().objects.create_superuser(
                    "bench-review", "bench-review@example.invalid", None
                )
                client = Client()
                client.force_login(user)
                client.get("/admin/review/")  # warm-up: templates, translations
                for name, url in [
                    ("first_page", "/admin/review/"),
                    ("last_page", "/admin/review/?p=last"),
                    ("filtered_ar", "/admin/review/?language=ar"),
                    # The admin's frame alone (menus, header): what any admin page costs.
                    ("empty_filter", "/admin/review/?municipality=0"),
                ]:
                    ms, cpu_ms, queries, instances = measure(client, url, repeat)
                    report[f"{name}_ms"] = ms
                    report[f"{name}_cpu_ms"] = cpu_ms
                    report[f"{name}_queries"] = queries
                    report[f"{name}_instances"] = instances
                raise _Rollback
        except _Rollback:
            pass
        return report
