"""Tests for the pure matching algorithm (volunteers.matching.engine.algorithm). No Django needed.

Scores are checked against an independent scalar reference (``ref_breakdown``) and
optimality against brute-force enumeration, so the vectorised code is never its own
oracle.
"""

import dataclasses
import math
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volunteers.matching.engine.algorithm import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    ParticipantIn,
    VolunteerIn,
    explain_infeasible,
    hard_rule_mask,
    run_matching,
    score_pair,
)
from volunteers.matching.engine.synthetic import make_cohort

YEAR = 2025
KEMI = (65.7363, 24.5637)
TORNIO = (65.8481, 24.1466)  # ~22 km from Kemi


def participant(pid=1, **kw) -> ParticipantIn:
    base = dict(
        id=pid,
        role="friend",
        lat=KEMI[0],
        lon=KEMI[1],
        languages={"ar": 3, "fi": 1},
        interpreter_arranged=False,
        children_birth_years=(YEAR - 5,),
        wishes=frozenset(),
        interests=frozenset({"cooking", "music"}),
        availability=frozenset({"weekdays", "evenings"}),
        waiting_days=30,
    )
    base.update(kw)
    return ParticipantIn(**base)


def volunteer(vid=1, **kw) -> VolunteerIn:
    base = dict(
        id=vid,
        roles=frozenset({"friend"}),
        eligible_roles=frozenset({"friend"}),
        lat=KEMI[0],
        lon=KEMI[1],
        max_travel_km=20.0,
        languages={"fi": 3},
        is_woman=True,
        child_age_min=0,
        child_age_max=17,
        interests=frozenset(),
        availability=frozenset({"weekdays"}),
        capacity_left=1,
    )
    base.update(kw)
    return VolunteerIn(**base)


def good_volunteer(vid=1, **kw) -> VolunteerIn:
    """Feasible but mediocre: ~11 km away, Finnish only, half the availability."""
    return volunteer(vid, lat=KEMI[0] + 0.1, **kw)


def better_volunteer(vid=2, **kw) -> VolunteerIn:
    """Clearly better for ``participant()``: same place, Arabic, same interests/times."""
    base = dict(
        languages={"fi": 3, "ar": 3},
        interests=frozenset({"cooking", "music"}),
        availability=frozenset({"weekdays", "evenings"}),
    )
    base.update(kw)
    return volunteer(vid, **base)


def pairs_of(result):
    return {(s.participant_id, s.volunteer_id) for s in result.assigned}


def alternative_pairs(result):
    return {
        (s.participant_id, s.volunteer_id) for alts in result.alternatives.values() for s in alts
    }


def comparable(result):
    """Everything but timings."""
    return (
        result.assigned,
        result.alternatives,
        result.unmatched,
        result.total_score,
        result.feasible_pairs,
        result.rejected_pins,
    )


# ------------------------------------------------------------------ scalar reference


def ref_breakdown(p: ParticipantIn, v: VolunteerIn, year: int = YEAR) -> dict[str, float]:
    """Straightforward per-pair implementation of the documented soft criteria."""
    shared = [min(p.languages[c], v.languages[c]) for c in p.languages if c in v.languages]
    shared = [lv for lv in shared if lv >= 1]
    lat1, lon1, lat2, lon2 = map(math.radians, (p.lat, p.lon, v.lat, v.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    dist = 2 * 6371.0088 * math.asin(math.sqrt(h))
    ages = [max(0, year - y) for y in p.children_birth_years]
    if ages:
        centre = (v.child_age_min + v.child_age_max) / 2
        half = (v.child_age_max - v.child_age_min) / 2
        dev = max(abs(a - centre) for a in ages)
        age_score = min(1.0, max(0.0, 1 - dev / half)) if half > 0 else 1.0
    else:
        age_score = 1.0
    if p.interests and v.interests:
        interests = len(p.interests & v.interests) / len(p.interests | v.interests)
    else:
        interests = 0.5
    return {
        "language": max(shared, default=0) / 3,
        "distance": min(1.0, max(0.0, 1 - dist / v.max_travel_km)),
        "availability": (
            len(p.availability & v.availability) / len(p.availability) if p.availability else 1.0
        ),
        "children_ages": age_score,
        "interests": interests,
        "waiting_time": min(1.0, max(0, p.waiting_days) / 180),
    }


def ref_score(p, v, weights=DEFAULT_WEIGHTS) -> float:
    b = ref_breakdown(p, v)
    return sum(weights[c] * b[c] for c in CRITERIA) / sum(weights.values())


def brute_force_total(participants, volunteers) -> float:
    """Best total score over every capacity-respecting assignment of feasible pairs."""
    options = [
        [
            (j, ref_score(p, v))
            for j, v in enumerate(volunteers)
            if not explain_infeasible(p, v, YEAR)
        ]
        for p in participants
    ]
    cap = [v.capacity_left for v in volunteers]

    def best(i: int) -> float:
        if i == len(participants):
            return 0.0
        result = best(i + 1)  # participant i unmatched
        for j, s in options[i]:
            if cap[j] > 0:
                cap[j] -= 1
                result = max(result, s + best(i + 1))
                cap[j] += 1
        return result

    return best(0)


# --------------------------------------------------------------------- hard rules


def test_better_volunteer_is_chosen_when_all_rules_pass():
    p = participant()
    result = run_matching([p], [good_volunteer(1), better_volunteer(2)], today_year=YEAR)
    assert pairs_of(result) == {(1, 2)}


RULE_CASES = {
    "volunteer_inactive": (participant(), better_volunteer(active=False)),
    "volunteer_no_consent": (participant(), better_volunteer(consents=False)),
    "role_not_signed_up": (
        participant(),
        better_volunteer(roles=frozenset({"godparent"}), eligible_roles=frozenset({"godparent"})),
    ),
    "role_not_eligible": (participant(), better_volunteer(eligible_roles=frozenset())),
    "no_capacity": (participant(), better_volunteer(capacity_left=0)),
    "too_far": (participant(), better_volunteer(lat=TORNIO[0], lon=TORNIO[1], max_travel_km=15)),
    "no_shared_language": (participant(), better_volunteer(languages={"sv": 3})),
    "children_ages_outside_range": (participant(), better_volunteer(child_age_max=3)),
    "women_only_wish": (
        participant(wishes=frozenset({"women_only"})),
        better_volunteer(is_woman=False),
    ),
}


@pytest.mark.parametrize("reason", sorted(RULE_CASES))
def test_hard_rule_blocks_an_otherwise_better_volunteer(reason):
    p, bad = RULE_CASES[reason]
    good = good_volunteer(1)
    # Without the hard rules the blocked volunteer would win on score...
    assert score_pair(p, bad, today_year=YEAR)[0] > score_pair(p, good, today_year=YEAR)[0]
    assert explain_infeasible(p, bad, YEAR) == [reason]
    # ...but it is neither assigned nor offered as an alternative.
    result = run_matching([p], [good, bad], today_year=YEAR)
    assert pairs_of(result) == {(p.id, good.id)}
    assert result.alternatives[p.id] == []


def test_excluded_pair_blocks_an_otherwise_better_volunteer():
    p, good, bad = participant(), good_volunteer(1), better_volunteer(2)
    result = run_matching([p], [good, bad], today_year=YEAR, excluded_pairs={(1, 2)})
    assert pairs_of(result) == {(1, 1)}
    assert result.alternatives[1] == []


@pytest.mark.parametrize("field", ["active", "consents"])
def test_inactive_or_non_consenting_participant_is_never_matched(field):
    p = participant(**{field: False})
    result = run_matching([p], [better_volunteer(2)], today_year=YEAR)
    assert result.assigned == []
    assert result.unmatched == [1]
    assert result.alternatives[1] == []


def test_interpreter_arranged_allows_pair_without_shared_language():
    p = participant(languages={"ti": 3}, interpreter_arranged=True)
    result = run_matching([p], [volunteer(1, languages={"fi": 3})], today_year=YEAR)
    assert pairs_of(result) == {(1, 1)}
    # The interpreter makes the pair possible but earns no language points.
    assert result.assigned[0].breakdown["language"] == 0.0


def test_participant_without_children_passes_any_age_range():
    p = participant(children_birth_years=())
    result = run_matching([p], [volunteer(1, child_age_min=12, child_age_max=14)], today_year=YEAR)
    assert pairs_of(result) == {(1, 1)}


def test_hard_rule_mask_agrees_with_explain_infeasible():
    ps, vs = make_cohort(60, 50, seed=3, today_year=YEAR)
    random.Random(0).shuffle(ps)  # the mask follows input order, not id order
    random.Random(1).shuffle(vs)
    excluded = {(ps[0].id, vs[0].id), (ps[5].id, vs[7].id)}
    mask = hard_rule_mask(ps, vs, today_year=YEAR, excluded_pairs=excluded)
    expected = np.array(
        [[not explain_infeasible(p, v, YEAR, excluded_pairs=excluded) for v in vs] for p in ps]
    )
    assert mask.shape == (60, 50)
    assert mask.any()
    assert (mask == expected).all()


def test_explain_infeasible_lists_every_failed_rule():
    p = participant(languages={"ar": 3}, wishes=frozenset({"women_only"}))
    v = volunteer(
        languages={"fi": 3}, is_woman=False, capacity_left=0, lat=TORNIO[0], lon=TORNIO[1]
    )
    assert explain_infeasible(p, v, YEAR) == [
        "no_capacity",
        "too_far",
        "no_shared_language",
        "women_only_wish",
    ]


# ------------------------------------------------------------------ optimality


@st.composite
def small_cohorts(draw):
    langs = st.dictionaries(st.sampled_from(["fi", "ar", "so", "en"]), st.integers(1, 3))
    tags = st.frozensets(st.sampled_from(["a", "b", "c", "d"]))
    slots = st.frozensets(st.sampled_from(["weekdays", "evenings", "weekends"]))
    lat = st.floats(65.60, 65.90)
    lon = st.floats(24.30, 24.90)
    n_p = draw(st.integers(0, 5))
    n_v = draw(st.integers(0, 4))
    participants = [
        ParticipantIn(
            id=i + 1,
            role=draw(st.sampled_from(["friend", "godparent"])),
            lat=draw(lat),
            lon=draw(lon),
            languages=draw(langs),
            interpreter_arranged=draw(st.booleans()),
            children_birth_years=tuple(draw(st.lists(st.integers(YEAR - 17, YEAR), max_size=3))),
            wishes=draw(st.sampled_from([frozenset(), frozenset({"women_only"})])),
            interests=draw(tags),
            availability=draw(slots),
            waiting_days=draw(st.integers(0, 400)),
            active=draw(st.booleans()) or draw(st.booleans()),
        )
        for i in range(n_p)
    ]
    volunteers = []
    for j in range(n_v):
        lo = draw(st.integers(0, 10))
        roles = draw(st.sampled_from([{"friend"}, {"godparent"}, {"friend", "godparent"}]))
        volunteers.append(
            VolunteerIn(
                id=j + 1,
                roles=frozenset(roles),
                eligible_roles=frozenset(draw(st.sampled_from([roles, roles, {"friend"}]))),
                lat=draw(lat),
                lon=draw(lon),
                max_travel_km=draw(st.sampled_from([5.0, 10.0, 20.0, 40.0])),
                languages=draw(langs),
                is_woman=draw(st.booleans()),
                child_age_min=lo,
                child_age_max=lo + draw(st.integers(0, 12)),
                interests=draw(tags),
                availability=draw(slots),
                capacity_left=draw(st.integers(1, 2)),
            )
        )
    return participants, volunteers


@pytest.mark.parametrize("solver", ["dense", "sparse"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohort=small_cohorts())
def test_total_score_equals_brute_force_optimum(solver, cohort):
    participants, volunteers = cohort
    result = run_matching(participants, volunteers, today_year=YEAR, solver=solver)
    assert result.total_score == pytest.approx(
        brute_force_total(participants, volunteers), abs=1e-6
    )


@settings(max_examples=100, deadline=None)
@given(cohort=small_cohorts())
def test_scores_match_the_scalar_reference(cohort):
    participants, volunteers = cohort
    result = run_matching(participants, volunteers, today_year=YEAR)
    by_id_p = {p.id: p for p in participants}
    by_id_v = {v.id: v for v in volunteers}
    for s in result.assigned + [a for alts in result.alternatives.values() for a in alts]:
        expected = ref_breakdown(by_id_p[s.participant_id], by_id_v[s.volunteer_id])
        assert s.breakdown == pytest.approx(expected, abs=1e-9)


def test_assignment_maximises_total_not_each_participant_greedily():
    # Participant 1 slightly prefers volunteer 2, but participant 2 can only use
    # volunteer 2: the optimum gives 2 to participant 2 and 1 to participant 1.
    p1 = participant(1)
    p2 = participant(2, role="godparent")
    v1 = good_volunteer(1, roles=frozenset({"friend"}))
    v2 = better_volunteer(
        2,
        roles=frozenset({"friend", "godparent"}),
        eligible_roles=frozenset({"friend", "godparent"}),
    )
    result = run_matching([p1, p2], [v1, v2], today_year=YEAR)
    assert pairs_of(result) == {(1, 1), (2, 2)}


def test_long_waiting_participant_gets_the_scarce_volunteer():
    short = participant(1, waiting_days=10)
    long = participant(2, waiting_days=200)
    result = run_matching([short, long], [better_volunteer(5)], today_year=YEAR)
    assert pairs_of(result) == {(2, 5)}
    assert result.unmatched == [1]


# ---------------------------------------------------------------------- capacity


def test_volunteer_with_capacity_two_takes_two_participants():
    ps = [participant(i) for i in (1, 2, 3)]
    result = run_matching(ps, [better_volunteer(7, capacity_left=2)], today_year=YEAR)
    assert len(result.assigned) == 2
    assert {s.volunteer_id for s in result.assigned} == {7}
    assert len(result.unmatched) == 1


def test_capacities_are_respected_on_a_synthetic_cohort():
    ps, vs = make_cohort(300, 120, seed=11, today_year=YEAR)
    result = run_matching(ps, vs, today_year=YEAR)
    load = {}
    for s in result.assigned:
        load[s.volunteer_id] = load.get(s.volunteer_id, 0) + 1
    capacity = {v.id: v.capacity_left for v in vs}
    assert load  # the cohort is not trivially empty
    assert all(n <= capacity[vid] for vid, n in load.items())
    assert len({s.participant_id for s in result.assigned}) == len(result.assigned)


def test_assigned_pairs_are_all_feasible():
    ps, vs = make_cohort(200, 150, seed=5, today_year=YEAR)
    result = run_matching(ps, vs, today_year=YEAR)
    p_by, v_by = {p.id: p for p in ps}, {v.id: v for v in vs}
    for s in result.assigned:
        assert explain_infeasible(p_by[s.participant_id], v_by[s.volunteer_id], YEAR) == []


# --------------------------------------------------------------------- breakdown


@pytest.mark.parametrize("weights", [None, {"language": 1.0, "distance": 5.0, "waiting_time": 0.0}])
def test_breakdown_adds_up_to_the_score(weights):
    ps, vs = make_cohort(80, 60, seed=2, today_year=YEAR)
    result = run_matching(ps, vs, today_year=YEAR, weights=weights)
    w = result.weights
    suggestions = result.assigned + [a for alts in result.alternatives.values() for a in alts]
    assert suggestions
    for s in suggestions:
        assert set(s.breakdown) == set(CRITERIA)
        assert all(0.0 <= x <= 1.0 for x in s.breakdown.values())
        weighted = sum(w[c] * s.breakdown[c] for c in CRITERIA) / sum(w.values())
        assert s.score == pytest.approx(weighted, abs=1e-12)
    assert result.total_score == pytest.approx(sum(s.score for s in result.assigned))


def test_partial_weights_keep_defaults_for_other_criteria():
    result = run_matching([], [], today_year=YEAR, weights={"distance": 4.0})
    assert result.weights == {**DEFAULT_WEIGHTS, "distance": 4.0}


@pytest.mark.parametrize(
    "weights", [{"religion": 1.0}, {"language": -1.0}, dict.fromkeys(CRITERIA, 0.0)]
)
def test_invalid_weights_are_rejected(weights):
    with pytest.raises(ValueError):
        run_matching([], [], today_year=YEAR, weights=weights)


def test_interests_are_neutral_when_either_side_recorded_none():
    _, breakdown = score_pair(participant(interests=frozenset()), volunteer(), today_year=YEAR)
    assert breakdown["interests"] == 0.5


# ------------------------------------------------------------------- determinism


def test_same_input_gives_same_output():
    ps, vs = make_cohort(150, 100, seed=8, today_year=YEAR)
    first = run_matching(ps, vs, today_year=YEAR)
    second = run_matching(ps, vs, today_year=YEAR)
    assert comparable(first) == comparable(second)


def test_input_order_does_not_matter():
    ps, vs = make_cohort(150, 100, seed=9, today_year=YEAR)
    shuffled_ps, shuffled_vs = ps[:], vs[:]
    rng = random.Random(1)
    rng.shuffle(shuffled_ps)
    rng.shuffle(shuffled_vs)
    assert comparable(run_matching(ps, vs, today_year=YEAR)) == comparable(
        run_matching(shuffled_ps, shuffled_vs, today_year=YEAR)
    )


def test_identical_volunteers_tie_break_by_id():
    vs = [better_volunteer(vid) for vid in (9, 4, 6, 5)]
    result = run_matching([participant()], vs, today_year=YEAR, top_k=3)
    assert [a.volunteer_id for a in result.alternatives[1]] == sorted(
        {4, 5, 6, 9} - {result.assigned[0].volunteer_id}
    )


# ---------------------------------------------------------------------- pins


def test_pinned_pair_is_forced_and_consumes_capacity():
    # p1 gains little from the better volunteer (no Arabic, no interests, one slot),
    # p2 gains a lot, so unpinned the optimum gives the better volunteer to p2.
    p1 = participant(
        1, languages={"fi": 1}, interests=frozenset(), availability=frozenset({"weekdays"})
    )
    p2 = participant(2)
    good, best = good_volunteer(1), better_volunteer(2)
    assert (2, 2) in pairs_of(run_matching([p1, p2], [good, best], today_year=YEAR))
    result = run_matching([p1, p2], [good, best], today_year=YEAR, pinned_pairs={(1, 2)})
    assert pairs_of(result) == {(1, 2), (2, 1)}
    assert [s.pinned for s in result.assigned if s.participant_id == 1] == [True]
    assert [s.pinned for s in result.assigned if s.participant_id == 2] == [False]


def test_infeasible_pin_is_reported_not_forced():
    p = participant()
    far = better_volunteer(2, lat=TORNIO[0], lon=TORNIO[1], max_travel_km=5)
    result = run_matching([p], [good_volunteer(1), far], today_year=YEAR, pinned_pairs={(1, 2)})
    assert pairs_of(result) == {(1, 1)}
    assert result.rejected_pins == {(1, 2): ["too_far"]}


def test_pin_beyond_capacity_is_reported():
    ps = [participant(1), participant(2)]
    result = run_matching(
        ps, [better_volunteer(3, capacity_left=1)], today_year=YEAR, pinned_pairs={(1, 3), (2, 3)}
    )
    assert pairs_of(result) == {(1, 3)}
    assert result.rejected_pins == {(2, 3): ["capacity_used_by_pins"]}


def test_excluded_pin_is_reported_not_forced():
    p, good, best = participant(), good_volunteer(1), better_volunteer(2)
    result = run_matching(
        [p], [good, best], today_year=YEAR, pinned_pairs={(1, 2)}, excluded_pairs={(1, 2)}
    )
    assert pairs_of(result) == {(1, 1)}
    assert result.rejected_pins == {(1, 2): ["excluded"]}


def test_second_pin_for_a_participant_and_unknown_ids_are_reported():
    vs = [good_volunteer(1), better_volunteer(2)]
    result = run_matching(
        [participant()], vs, today_year=YEAR, pinned_pairs={(1, 1), (1, 2), (1, 99), (42, 1)}
    )
    assert pairs_of(result) == {(1, 1)}  # the lowest volunteer id wins
    assert result.rejected_pins == {
        (1, 2): ["participant_already_pinned"],
        (1, 99): ["unknown_id"],
        (42, 1): ["unknown_id"],
    }


# ---------------------------------------------------------------- excluded pairs


def test_excluded_pairs_are_never_suggested():
    ps, vs = make_cohort(120, 80, seed=4, today_year=YEAR)
    before = run_matching(ps, vs, today_year=YEAR)
    excluded = pairs_of(before) | alternative_pairs(before)
    after = run_matching(ps, vs, today_year=YEAR, excluded_pairs=excluded)
    assert excluded
    assert not pairs_of(after) & excluded
    assert not alternative_pairs(after) & excluded


# ----------------------------------------------------------------- alternatives


def assert_alternatives_are_the_best_others(result, ps, vs, top_k):
    """Per participant: the top_k feasible volunteers by (score desc, id), minus the assigned."""
    assigned = {s.participant_id: s.volunteer_id for s in result.assigned}
    p_by = {p.id: p for p in ps}
    assert set(result.alternatives) == set(p_by)
    for pid, alts in result.alternatives.items():
        expected = sorted(
            (-ref_score(p_by[pid], v), v.id)
            for v in vs
            if v.id != assigned.get(pid) and not explain_infeasible(p_by[pid], v, YEAR)
        )
        assert len(alts) == min(top_k, len(expected))
        assert [a.rank for a in alts] == list(range(1, len(alts) + 1))
        assert [a.volunteer_id for a in alts] == [vid for _, vid in expected[: len(alts)]]


@pytest.mark.parametrize("top_k", [0, 1, 2, 5])
def test_alternatives_are_top_k_sorted_feasible_and_exclude_the_assigned(top_k):
    ps, vs = make_cohort(100, 80, seed=6, today_year=YEAR)
    result = run_matching(ps, vs, today_year=YEAR, top_k=top_k)
    assert_alternatives_are_the_best_others(result, ps, vs, top_k)


def test_alternatives_are_right_when_many_candidates_are_kept():
    # candidate_limit > 16 switches the per-participant cut to the sort-based path.
    ps, vs = make_cohort(100, 80, seed=7, today_year=YEAR)
    result = run_matching(ps, vs, today_year=YEAR, top_k=3, candidate_limit=20)
    assert_alternatives_are_the_best_others(result, ps, vs, 3)


# -------------------------------------------------------------- edge cases, misc


@pytest.mark.parametrize("n_p, n_v", [(0, 0), (3, 0), (0, 3)])
def test_empty_cohort_solves(n_p, n_v):
    result = run_matching(
        [participant(i + 1) for i in range(n_p)],
        [volunteer(j + 1) for j in range(n_v)],
        today_year=YEAR,
    )
    assert result.assigned == []
    assert result.unmatched == list(range(1, n_p + 1))
    assert result.total_score == 0.0
    assert result.feasible_pairs == 0


@pytest.mark.parametrize("solver", ["auto", "dense", "sparse"])
def test_all_infeasible_cohort_solves(solver):
    ps = [participant(i, lat=TORNIO[0], lon=TORNIO[1]) for i in (1, 2, 3)]
    vs = [volunteer(j, max_travel_km=3.0) for j in (1, 2)]
    result = run_matching(ps, vs, today_year=YEAR, solver=solver)
    assert result.assigned == []
    assert result.unmatched == [1, 2, 3]
    assert result.feasible_pairs == 0
    assert all(alts == [] for alts in result.alternatives.values())


def test_duplicate_ids_are_rejected():
    with pytest.raises(ValueError):
        run_matching([participant(1), participant(1)], [volunteer()], today_year=YEAR)


def test_solvers_agree_on_a_synthetic_cohort():
    ps, vs = make_cohort(150, 90, seed=12, today_year=YEAR)
    totals = {
        solver: run_matching(ps, vs, today_year=YEAR, solver=solver).total_score
        for solver in ("auto", "dense", "sparse")
    }
    assert totals["dense"] == pytest.approx(totals["sparse"], abs=1e-9)
    assert totals["auto"] == pytest.approx(totals["sparse"], abs=1e-9)


def test_candidate_limit_is_feasible_and_never_beats_exact():
    ps, vs = make_cohort(200, 120, seed=13, today_year=YEAR)
    exact = run_matching(ps, vs, today_year=YEAR)
    pruned = run_matching(ps, vs, today_year=YEAR, candidate_limit=2)
    wide = run_matching(ps, vs, today_year=YEAR, candidate_limit=len(vs))
    assert pruned.total_score <= exact.total_score + 1e-9
    assert wide.total_score == pytest.approx(exact.total_score, abs=1e-9)
    p_by, v_by = {p.id: p for p in ps}, {v.id: v for v in vs}
    for s in pruned.assigned:
        assert explain_infeasible(p_by[s.participant_id], v_by[s.volunteer_id], YEAR) == []


def test_progress_is_reported_a_few_times_up_to_done():
    calls = []
    ps, vs = make_cohort(100, 80, seed=1, today_year=YEAR)
    run_matching(ps, vs, today_year=YEAR, progress=lambda f, msg: calls.append((f, msg)))
    fractions = [f for f, _ in calls]
    assert 3 <= len(calls) <= 12
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0


def test_synthetic_cohort_is_seeded_and_realistic():
    ps, vs = make_cohort(2000, 1000, seed=21, today_year=YEAR)
    again_ps, again_vs = make_cohort(2000, 1000, seed=21, today_year=YEAR)
    assert (ps, vs) == (again_ps, again_vs)
    assert make_cohort(50, 50, seed=22)[0] != make_cohort(50, 50, seed=21)[0]
    women_only = sum("women_only" in p.wishes for p in ps) / len(ps)
    interpreter = sum(p.interpreter_arranged for p in ps) / len(ps)
    fi_native = sum(v.languages.get("fi") == 3 for v in vs) / len(vs)
    assert 0.25 < women_only < 0.35
    assert 0.05 <= interpreter <= 0.15
    assert fi_native > 0.8
    assert {v.capacity_left for v in vs} == {1, 2, 3}
    assert all(0 <= YEAR - y <= 15 for p in ps for y in p.children_birth_years)


def test_synthetic_cohort_dataclasses_are_plain_values():
    ps, vs = make_cohort(3, 3, seed=0)
    assert all(dataclasses.is_dataclass(x) for x in ps + vs)
