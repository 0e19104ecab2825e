"""Time the admin lists staff open every day, at ten times the demo data or more.

Volunteers, participants, matches and attendance as a coordinator sees them, and the
theme materials listing as an editor sees it: per list the median (p50) and p95 of
REPEAT requests, interleaved so that a slow moment of the machine hits every list
alike, and the queries of one request. The data (synthetic people from the reports'
bench data, theme packages) is written inside a transaction that is rolled back.
"""

import io
import json
import os
import statistics
import time
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from wagtail.models import Page

from cms import heap, roles
from resources.models import Theme, ThemeIndexPage, ThemePackagePage
from volunteers.reports.bench_data import insert

NO_INDEXING = {
    name: {**config, "AUTO_UPDATE": False}
    for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
}
# The demo has 40 participants, 30 volunteers, 8 packages: these are 10x or more.
PARTICIPANTS, MEETINGS, ATTENDANCE, PACKAGES = 3000, 340, 6000, 80


class _Rollback(Exception):
    pass


def _theme_index(packages: int) -> ThemeIndexPage:
    theme = Theme.objects.create(name="Bench", slug=f"bench-{uuid.uuid4().hex[:8]}")
    root = Page.objects.filter(depth=2).first() or Page.get_first_root_node()
    index = root.add_child(
        instance=ThemeIndexPage(title="Bench themes", slug=f"bench-{uuid.uuid4().hex[:8]}")
    )
    for i in range(packages):
        index.add_child(instance=ThemePackagePage(title=f"Bench package {i}", theme=theme))
    return index


def _client(group: str) -> Client:
    user = get_user_model().objects.create_user(
        username=f"bench-{group}-{uuid.uuid4().hex[:8]}", password=None
    )
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def _measure(lists, repeat):
    """{name: {p50_ms, p95_ms, queries}}; requests interleaved across the lists."""
    times = {name: [] for name in lists}
    queries = {}
    for client, url in lists.values():  # warm-up: per-process caches
        client.get(url)
    # As an app server does once it has started (cms/wsgi.py): the objects of the
    # bench's own set-up are not a server's, and a full garbage collection walking
    # them would add pauses a server does not have.
    heap.settle()
    for _round in range(repeat):
        for name, (client, url) in lists.items():
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                times[name].append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}, not 200")
            queries[name] = len(captured)
    return {
        name: {
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(statistics.quantiles(values, n=20)[-1], 1),
            "queries": queries[name],
        }
        for name, values in times.items()
    }


class Command(BaseCommand):
    help = "Time the admin lists (p50, p95, queries) at ten times the demo data."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=15)
        parser.add_argument("--scale", type=float, default=1.0, help="rows × this (tests: small)")
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, repeat, scale, **options):
        participants, meetings, attendance, packages = (
            max(1, round(n * scale)) for n in (PARTICIPANTS, MEETINGS, ATTENDANCE, PACKAGES)
        )
        results = {"database": connection.vendor, "load_average_1min": os.getloadavg()[0]}
        try:
            # The bench's users have no authenticator: what is measured is the lists.
            with (
                transaction.atomic(),
                override_settings(
                    ALLOWED_HOSTS=["testserver"],
                    MFA_REQUIRED=False,
                    WAGTAILSEARCH_BACKENDS=NO_INDEXING,
                ),
            ):
                call_command("setup_groups", stdout=io.StringIO())
                started = time.perf_counter()
                insert(participants, meetings, attendance, seed=1)
                index = _theme_index(packages)
                if connection.vendor == "postgresql":
                    # A live database's tables are analysed by autovacuum; rows
                    # inserted a moment ago are not, and the planner would time
                    # plans for the demo's size, not the lists'.
                    connection.cursor().execute("ANALYZE")
                results["insert_seconds"] = round(time.perf_counter() - started, 1)
                results["rows"] = {
                    "participants": participants,
                    "meetings": meetings,
                    "attendance": attendance,
                    "theme_packages": packages,
                }
                coordinator, editor = _client(roles.COORDINATORS), _client(roles.EDITORS)
                results["lists"] = _measure(
                    {
                        "volunteers": (coordinator, reverse("volunteer_admin:index")),
                        "participants": (coordinator, reverse("participants:index")),
                        "matches": (coordinator, reverse("match_admin:index")),
                        "attendance": (coordinator, reverse("attendance:index")),
                        "theme_materials_editor": (
                            editor,
                            reverse("wagtailadmin_explore", args=[index.pk]),
                        ),
                    },
                    repeat,
                )
                raise _Rollback
        except _Rollback:
            pass
        if options["json"]:
            self.stdout.write(json.dumps(results))
            return
        self.stdout.write(f"== admin lists (load {results['load_average_1min']:.2f})")
        for name, figures in results["lists"].items():
            self.stdout.write(
                f"  {name:24} p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms"
                f"  {figures['queries']:3d} queries"
            )
