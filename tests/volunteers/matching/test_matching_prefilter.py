"""The scan's travel pre-filter never drops a feasible pair, and the fast scan finds
the same optimum as a plain dense solve over the scalar rules. No Django needed.

The scan settles the travel rule per volunteer for participants who share a home
(homes are municipality centres in the database) and, when homes are all different,
drops only volunteers who cannot reach any home of a grid cell. Both are checked here
against ``explain_infeasible``, the pair-by-pair statement of the rules, with travel
limits set to the very distance of a pair and a hair either side of it.
"""

import dataclasses
import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from tests.volunteers.matching.test_matching import YEAR, ref_score
from volunteers.matching.engine.algorithm import (
    explain_infeasible,
    hard_rule_mask,
    haversine_km,
    run_matching,
)
from volunteers.matching.engine.synthetic import MUNICIPALITIES, make_cohort

CENTRES = [(lat, lon) for lat, lon, _, _ in MUNICIPALITIES.values()]
# Relative nudges of a travel limit around a pair's exact distance.
NUDGES = (-1e-6, -1e-12, 0.0, 0.0, 1e-12, 1e-6)


def shared_homes(n_p, n_v, seed):
    """Everyone at one of five town centres; limits at the distance to another town."""
    rng = random.Random(seed)
    ps, vs = make_cohort(n_p, n_v, seed=seed, today_year=YEAR)
    homes = [rng.choice(CENTRES) for _ in ps]
    ps = [dataclasses.replace(p, lat=lat, lon=lon) for p, (lat, lon) in zip(ps, homes, strict=True)]
    moved = []
    for v in vs:
        home = rng.choice(CENTRES)
        other = rng.choice([c for c in CENTRES if c != home])
        limit = haversine_km(*home, *other) * (1 + rng.choice(NUDGES))
        moved.append(dataclasses.replace(v, lat=home[0], lon=home[1], max_travel_km=limit))
    return ps, moved


def own_homes(n_p, n_v, seed):
    """Every home different; each volunteer's limit at the distance to one participant."""
    rng = random.Random(seed)
    ps, vs = make_cohort(n_p, n_v, seed=seed, today_year=YEAR)
    moved = []
    for v in vs:
        p = rng.choice(ps)
        limit = haversine_km(p.lat, p.lon, v.lat, v.lon) * (1 + rng.choice(NUDGES))
        moved.append(dataclasses.replace(v, max_travel_km=limit))
    return ps, moved


def rule_matrix(ps, vs):
    return np.array([[not explain_infeasible(p, v, YEAR) for v in vs] for p in ps])


@pytest.mark.parametrize("make", [shared_homes, own_homes])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pre_filter_keeps_exactly_the_pairs_the_rules_allow(make, seed):
    ps, vs = make(120, 90, seed)
    expected = rule_matrix(ps, vs)
    near_limit = sum(
        abs(haversine_km(p.lat, p.lon, v.lat, v.lon) - v.max_travel_km) < 1e-3
        for p in ps
        for v in vs
    )
    assert near_limit >= 20  # the boundary is really exercised
    assert expected.sum() > 200
    assert (hard_rule_mask(ps, vs, today_year=YEAR) == expected).all()


def dense_optimum(ps, vs):
    """Plain path: every pair through the scalar rules and scores, one dense LSA over
    capacity slots (infeasible cells 0, so dropping them keeps the optimum)."""
    feasible = rule_matrix(ps, vs)
    slots = [j for j, v in enumerate(vs) for _ in range(v.capacity_left)]
    value = np.zeros((len(ps), len(slots)))
    for i, p in enumerate(ps):
        for k, j in enumerate(slots):
            if feasible[i, j]:
                value[i, k] = ref_score(p, vs[j])
    rows, cols = linear_sum_assignment(value, maximize=True)
    hit = value[rows, cols] > 0
    return value[rows, cols][hit].sum(), int(hit.sum())


@pytest.mark.parametrize("make", [shared_homes, own_homes])
def test_the_scan_reaches_the_optimum_of_a_plain_dense_solve(make):
    ps, vs = make(150, 100, seed=5)
    result = run_matching(ps, vs, today_year=YEAR)
    total, matched = dense_optimum(ps, vs)
    assert result.total_score == pytest.approx(total, abs=1e-9)
    assert len(result.assigned) == matched
