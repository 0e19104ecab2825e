"""Benchmark matching on a synthetic cohort and print the numbers.

Times the algorithm's phases, SciPy's bare solve on the same graph, and the whole
task with its database reads and writes (inside a transaction that is rolled back,
so the database is left as it was).
"""

import json
import os
import resource
import statistics
import time
import tracemalloc

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from volunteers.matching.bench_data import as_stored, insert_cohort
from volunteers.matching.engine.algorithm import run_matching
from volunteers.matching.engine.bench import bare_solve_seconds, capture_solver_graph
from volunteers.matching.engine.synthetic import make_cohort
from volunteers.matching.models import MatchingWeights
from volunteers.matching.runs import execute_run, queued_or_new_run


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time matching on a synthetic cohort (algorithm, bare solver, full task)."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=1000)
        parser.add_argument("--volunteers", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--skip-database", action="store_true", help="time the algorithm only")
        parser.add_argument(
            "--repeat",
            type=int,
            default=3,
            help="runs of the algorithm, each followed by one bare solve (interleaved, so a "
            "busy machine slows both alike); medians are reported",
        )

    def handle(self, *args, participants, volunteers, seed, skip_database, **options):
        today = timezone.localdate()
        weights = MatchingWeights.load().as_dict()
        # Both the algorithm and the full task see the cohort as the database keeps it.
        ps, vs = as_stored(*make_cohort(participants, volunteers, seed=seed, today_year=today.year))

        load_before = os.getloadavg()
        run_matching(ps, vs, today_year=today.year, weights=weights)  # warm-up
        graph = capture_solver_graph(ps, vs, today_year=today.year, weights=weights)
        timings, bares = [], []
        for _ in range(max(1, options["repeat"])):
            # Only the timings are kept: results held alive would make every later
            # run's garbage collection walk their ~40,000 suggestions again.
            result = run_matching(ps, vs, today_year=today.year, weights=weights)
            timings.append(result.timings)
            bares.append(bare_solve_seconds(graph, repeat=1) if graph is not None else 0.0)
        totals = [t["total"] for t in timings]
        median_timings = timings[totals.index(statistics.median_low(totals))]
        bare = statistics.median(bares)

        tracemalloc.start()
        run_matching(ps, vs, today_year=today.year, weights=weights)
        _current, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        report = {
            "participants": participants,
            "volunteers": volunteers,
            "feasible_pairs": result.feasible_pairs,
            "matched": len(result.assigned),
            "total_score": round(result.total_score, 4),
            "build_scores_s": round(median_timings["scores"], 4),
            "solve_s": round(median_timings["solve"], 4),
            "algorithm_s": round(median_timings["total"], 4),
            "scipy_bare_solve_s": round(bare, 4),
            "algorithm_over_bare_solve": round(median_timings["total"] / bare, 2) if bare else None,
            "algorithm_s_each": [round(t, 3) for t in totals],
            "scipy_bare_solve_s_each": [round(t, 3) for t in bares],
            "best_over_best": round(min(totals) / min(bares), 2) if min(bares) else None,
            "loadavg_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
            "algorithm_peak_mib": round(traced_peak / 2**20, 1),
        }
        if not skip_database:
            report.update(self._full_task(ps, vs, today))
        report["process_peak_rss_mib"] = round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        )

        if options["json"]:
            self.stdout.write(json.dumps(report))
            return
        self.stdout.write(
            f"== matching benchmark: {participants} participants × {volunteers} volunteers"
        )
        for key, value in report.items():
            self.stdout.write(f"  {key:28} {value}")

    def _full_task(self, ps, vs, today):
        """Insert the cohort, run the real task body, measure, roll everything back."""
        measured = {}
        try:
            with transaction.atomic():
                started = time.perf_counter()
                insert_cohort(ps, vs, today)
                measured["insert_cohort_s"] = round(time.perf_counter() - started, 3)
                run = queued_or_new_run()
                started = time.perf_counter()
                outcome = execute_run(run.pk)
                measured["full_task_s"] = round(time.perf_counter() - started, 3)
                run.refresh_from_db()
                measured.update(
                    {
                        "full_task_outcome": outcome,
                        "full_task_phases_s": run.timings,
                        "full_task_matched": run.matched_count,
                        "full_task_suggestions": run.suggestions_count,
                    }
                )
                raise _Rollback
        except _Rollback:
            pass
        return measured
