"""Measuring helpers for the matching benchmarks (no Django).

Used by `manage.py bench_matching` and bench/bench_matching_algorithm.py.
"""

import time

from volunteers.matching.engine import algorithm


def capture_solver_graph(participants, volunteers, *, today_year, weights=None):
    """Run once and keep the sparse graph handed to SciPy, to time SciPy on it alone."""
    captured = {}
    original = algorithm.min_weight_full_bipartite_matching

    def spy(graph):
        captured["graph"] = graph.copy()
        return original(graph)

    algorithm.min_weight_full_bipartite_matching = spy
    try:
        algorithm.run_matching(
            participants, volunteers, today_year=today_year, weights=weights, solver="sparse"
        )
    finally:
        algorithm.min_weight_full_bipartite_matching = original
    return captured.get("graph")


def bare_solve_seconds(graph, repeat: int = 3) -> float:
    """Best wall time of SciPy's sparse solver alone on `graph`."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        algorithm.min_weight_full_bipartite_matching(graph)
        best = min(best, time.perf_counter() - started)
    return best
