"""`make bench` as one report: every benchmark of the project, one JSON file, one table.

Each benchmark runs in a process of its own (`manage.py bench_… --json`), so one's
memory peak or warm caches never colour another's figures. The file records when and
on what the figures were taken (date, CPUs, load average before and after, Python,
database), which is what the README's figures must quote.
"""

import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management import get_commands
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

# (name, command and arguments). A benchmark whose command is not installed is skipped
# and reported as such, never silently.
BENCHMARKS = [
    ("matching_1k", ["bench_matching", "--participants", "1000", "--volunteers", "1000"]),
    ("matching_5k", ["bench_matching", "--participants", "5000", "--volunteers", "5000"]),
    ("matching_10k", ["bench_matching", "--participants", "10000", "--volunteers", "10000"]),
    ("review_1300", ["bench_review", "--pending", "1300"]),
    (
        "reports_20k",
        [
            "bench_reports",
            "--participants",
            "20000",
            "--meetings",
            "2000",
            "--attendance",
            "400000",
        ],
    ),
    ("admin_lists", ["bench_admin_lists"]),
    ("public_pages", ["bench_pages", "--repeat", "30"]),
]
# The 20k x 20k goal (under 60 s, under 4 GB) takes a minute and 3.5 GiB: on request only.
LARGE = [
    ("matching_20k", ["bench_matching", "--participants", "20000", "--volunteers", "20000"]),
]


def run_benchmark(command, arguments) -> subprocess.CompletedProcess:
    """`manage.py <command> <arguments> --json` in a process of its own."""
    return subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", command, *arguments, "--json"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )


def _summary(name, result) -> list[tuple[str, str]]:
    """The few figures of a benchmark a reader compares with the goals."""
    if name.startswith("matching"):
        return [
            ("full task", f"{result['full_task_s']:.2f} s"),
            ("algorithm", f"{result['algorithm_s']:.2f} s"),
            ("× bare solve", f"{result['algorithm_over_bare_solve']:.2f}"),
            ("peak", f"{result['process_peak_rss_mib']:.0f} MiB"),
        ]
    if name.startswith("review"):
        sizes = [k for k in result if k.startswith("pending_")]
        big = result[max(sizes, key=lambda k: int(k.removeprefix("pending_")))]
        return [
            ("first page", f"{big['first_page_ms']:.0f} ms"),
            ("last page", f"{big['last_page_ms']:.0f} ms"),
            ("queries", str(big["first_page_queries"])),
        ]
    if name.startswith("reports"):
        whole = result["whole_project"]
        return [
            ("dashboard page", f"{whole['dashboard']['seconds']:.2f} s"),
            ("queries", str(whole["dashboard"]["queries"])),
        ]
    if name == "admin_lists":
        return [
            (list_name, f"p50 {f['p50_ms']:.0f} ms, {f['queries']} q")
            for list_name, f in result["lists"].items()
        ]
    if name == "public_pages":
        return [
            (f"{r['page']} {r['visitor']} {r['cache']}", f"{r['queries']} q, ×{r['ratio']}")
            for r in result["pages"]
        ]
    return [(key, str(value)) for key, value in result.items() if not isinstance(value, dict)]


class Command(BaseCommand):
    help = "Run every benchmark, write one JSON file and print one table."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(Path(settings.BASE_DIR) / "bench-results.json"))
        parser.add_argument("--large", action="store_true", help="also 20k x 20k matching")
        parser.add_argument("--only", nargs="*", help="run only these benchmarks (names)")

    def handle(self, *args, output, large, only, **options):
        installed = get_commands()
        chosen = [b for b in BENCHMARKS + (LARGE if large else []) if not only or b[0] in only]
        if only and not chosen:
            raise CommandError(f"No benchmark named {', '.join(only)}")
        report = {
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": {
                "cpus": os.cpu_count(),
                "platform": platform.platform(),
                "python": platform.python_version(),
                "database": connection.vendor,
                "load_average_before": [round(x, 2) for x in os.getloadavg()],
            },
            "benchmarks": {},
        }
        for name, (command, *arguments) in chosen:
            if command not in installed:
                report["benchmarks"][name] = {"skipped": f"no command {command}"}
                continue
            self.stderr.write(f"… {name}")
            started = time.perf_counter()
            done = run_benchmark(command, arguments)
            if done.returncode != 0:
                report["benchmarks"][name] = {"failed": done.stderr.strip()[-2000:]}
                continue
            # The JSON object is the last line; anything printed before it is chatter.
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["wall_seconds"] = round(time.perf_counter() - started, 1)
            report["benchmarks"][name] = result
        report["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
        Path(output).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        self._print(report, output)
        if any("failed" in result for result in report["benchmarks"].values()):
            raise CommandError("A benchmark failed; see the file.")

    def _print(self, report, output):
        machine = report["machine"]
        self.stdout.write(
            f"Benchmarks {report['date']}: {machine['cpus']} CPUs, {machine['database']}, "
            f"load {machine['load_average_before'][0]} → {machine['load_average_after'][0]}"
        )
        for name, result in report["benchmarks"].items():
            if "skipped" in result or "failed" in result:
                self.stdout.write(f"  {name:14} {result.get('skipped') or 'FAILED'}")
                continue
            figures = ", ".join(f"{label} {value}" for label, value in _summary(name, result))
            self.stdout.write(f"  {name:14} {figures}")
        self.stdout.write(f"Written to {output}")
