"""Cohort-wide volunteer matching: hard rules, soft scores and an optimal assignment.

This module is deliberately free of Django: it takes plain frozen dataclasses and
returns plain dataclasses, so it can be tested exhaustively (against brute force),
benchmarked on synthetic cohorts (:mod:`volunteers.matching.engine.synthetic`) and run from
a Celery task that does the database reading and writing around it.

Pipeline (see :func:`run_matching`):

1. **Encode.** Participants and volunteers are sorted by id (determinism) and turned
   into numpy arrays: one Python pass per person, never per pair. Set-valued fields
   (roles, languages per level, interests, availability) become bit masks in the
   narrowest unsigned dtype that fits, ages int16, homes unit vectors.
2. **Scan.** Participants are grouped by (role, women_only wish), which settles the
   role, wish, activity, consent and capacity rules per group, then bucketed by home:
   people who share a home (the database knows a municipality per person, so a whole
   cohort lives in a few hundred places at most) form one bucket, and for it the
   travel rule is decided once per volunteer, exactly, leaving only the volunteers in
   range; when homes are all different, buckets are ~10 km grid cells and volunteers
   who cannot reach any home of the cell are dropped (triangle inequality), the rest
   checked per pair. Each bucket is processed in row chunks of ~1M cells. The
   remaining hard rules are whole-block boolean operations; soft criteria are
   computed only on the feasible pairs, the ones that depend on a few attributes per
   side (language, availability, children's ages, the interests' counts) read from
   small per-class tables built with the same formulas. Memory is bounded by the
   chunk size plus the feasible pairs, not by ``n x m``.
3. **Solve.** Each volunteer with ``capacity_left = c`` becomes ``c`` identical
   capacity slots. The maximum-total-score assignment is found with SciPy, either
   dense (:func:`scipy.optimize.linear_sum_assignment`) or sparse
   (:func:`scipy.sparse.csgraph.min_weight_full_bipartite_matching` with one dummy
   "unmatched" column per participant so every cohort has a full matching), whose
   graph is built block by block from the scan's pairs.
4. **Report.** The assignment (rank 0) plus the ``top_k`` best other feasible
   volunteers per participant (rank 1..k), each with a per-criterion breakdown.

Scores stay float64 on purpose: they are the decision quantity, and float32 would
create spurious ties (and break the brute-force equality the tests check). The bulk
data that is swept pair by pair (masks, ages) is what is narrowed. A pair's score is
summed in :data:`CRITERIA` order the same way in the scan and in the report, so a
reported score is bit for bit the one the solver saw.

Measured with ``manage.py bench_matching`` on
:func:`volunteers.matching.engine.synthetic.make_cohort` as the database keeps it
(five municipality centres), 1.12.2026, 2 shared cores at load average 1.1-2.9,
algorithm runs interleaved with bare SciPy solves of the same graph: 5000 x 5000
(2.6M feasible pairs) 0.77-0.83 s against 0.47 s, 1.65x, tracemalloc peak ~106 MiB;
10000 x 10000 (10.4M pairs) 3.5-3.8 s against 2.5 s, median 1.50x (best 1.42x),
~403 MiB; 20000 x 20000 (42.4M pairs) 18.1-19.8 s against 12.3-12.7 s, 1.43-1.61x,
~1.6 GiB. Encoding and scores take ~0.17 s, 0.63 s and 2.7 s of those; the rest
beyond the solve is the graph build and the suggestions. Before the bucketed scan and the
class tables: 4.76x at 5000 x 5000 and 2.64x at 10000 x 10000. The naive
alternative, dense ``linear_sum_assignment`` on the full participants x slots
matrix, needed ~3.4 s for the solve alone at 5000 x 5000.

Nothing here uses religion or ethnicity; languages are used only as a means to
communicate.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

LEVEL_BASIC, LEVEL_FLUENT, LEVEL_NATIVE = 1, 2, 3
CRITERIA = ("language", "distance", "availability", "children_ages", "interests", "waiting_time")
DEFAULT_WEIGHTS = {
    "language": 3.0,
    "distance": 2.0,
    "availability": 1.5,
    "children_ages": 1.0,
    "interests": 1.0,
    "waiting_time": 1.0,
}
ALGORITHM_VERSION = "1.0"

EARTH_RADIUS_KM = 6371.0088
#: Waiting this long (or longer) gives the full waiting-time score.
WAITING_FULL_DAYS = 180
#: Interest score when either side has recorded no interests: we know nothing, so
#: neither reward nor punish (a volunteer must not lose points for filling the field).
INTERESTS_UNKNOWN = 0.5
WISH_WOMEN_ONLY = "women_only"

# Added to every feasible pair's score in the solver only. It is far below any real
# score difference, so it never changes which total is optimal by more than
# n * 1e-9; it only breaks exact ties in favour of matching one more participant
# (and makes "feasible pair with score 0" distinguishable from "no pair").
_MATCH_BONUS = 1e-9
# Cells per scan chunk (rows x usable volunteers). ~1M cells keeps each boolean
# temporary at ~1 MB and each float temporary at ~8 MB.
_CHUNK_CELLS = 1 << 20
# A group's participants are scanned per home when homes are shared by at least this
# many on average, else per grid cell of this size (see _buckets).
_ROWS_PER_PLACE = 4
_GRID_KM = 10.0
# Largest (participant classes x volunteer classes) table of one criterion (8 bytes
# each); beyond it the criterion is computed per pair (see _ClassTable).
_TABLE_MAX_CELLS = 1 << 20
# "auto" uses the dense solver only for small, dense slot matrices. Measured on
# synthetic cohorts: at realistic densities (~10 % of pairs feasible) the sparse
# solver is 2-3x faster at every size, and dense only wins (by ~25 %) when nearly
# every pair is feasible, where building the dense matrix eats the gain at scale.
_DENSE_MAX_CELLS = 4_000_000
_DENSE_MIN_DENSITY = 0.3

# Reason codes returned by explain_infeasible (stable strings: the UI translates them).
REASON_PARTICIPANT_INACTIVE = "participant_inactive"
REASON_PARTICIPANT_NO_CONSENT = "participant_no_consent"
REASON_VOLUNTEER_INACTIVE = "volunteer_inactive"
REASON_VOLUNTEER_NO_CONSENT = "volunteer_no_consent"
REASON_ROLE_NOT_SIGNED_UP = "role_not_signed_up"
REASON_ROLE_NOT_ELIGIBLE = "role_not_eligible"
REASON_NO_CAPACITY = "no_capacity"
REASON_TOO_FAR = "too_far"
REASON_NO_SHARED_LANGUAGE = "no_shared_language"
REASON_CHILDREN_AGES = "children_ages_outside_range"
REASON_WOMEN_ONLY = "women_only_wish"
REASON_EXCLUDED = "excluded"
# Only for pinned pairs that are feasible on their own but cannot all be honoured.
REASON_PIN_CAPACITY = "capacity_used_by_pins"
REASON_PIN_DUPLICATE = "participant_already_pinned"
REASON_UNKNOWN_ID = "unknown_id"

ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class ParticipantIn:
    """A participant (mother/family) waiting for support. Children by birth year only."""

    id: int
    role: str  # the kind of support wanted: "support_family" | "godparent" | "friend"
    lat: float
    lon: float
    languages: Mapping[str, int]  # language code -> level (1..3)
    interpreter_arranged: bool
    children_birth_years: tuple[int, ...]
    wishes: frozenset[str]  # e.g. {"women_only"}
    interests: frozenset[str]
    availability: frozenset[str]  # subset of {"weekdays", "evenings", "weekends"}
    waiting_days: int
    active: bool = True
    consents: bool = True  # matching consent


@dataclass(frozen=True)
class VolunteerIn:
    """A volunteer with screening already resolved into ``eligible_roles``."""

    id: int
    roles: frozenset[str]  # roles the volunteer signed up for
    eligible_roles: frozenset[str]  # roles whose requirements are all met (screening)
    lat: float
    lon: float
    max_travel_km: float
    languages: Mapping[str, int]
    is_woman: bool
    child_age_min: int  # ages of children accepted (inclusive)
    child_age_max: int
    interests: frozenset[str]
    availability: frozenset[str]
    capacity_left: int  # families it can still take (active matches already subtracted)
    active: bool = True
    consents: bool = True


@dataclass(frozen=True)
class Suggestion:
    """One suggested pair. ``score == sum(w[c] * breakdown[c]) / sum(w)``."""

    participant_id: int
    volunteer_id: int
    score: float  # weighted score in [0, 1]
    breakdown: dict[str, float]  # criterion -> raw score in [0, 1]
    rank: int  # 0 = in the optimal assignment, 1..k = alternatives
    pinned: bool = False


@dataclass
class MatchingResult:
    """Output of :func:`run_matching`.

    ``alternatives`` has a key for every input participant (possibly an empty list).
    ``unmatched`` lists, sorted, every input participant without a rank-0 suggestion,
    including inactive or non-consenting ones. ``rejected_pins`` maps each pinned pair
    that was *not* forced to its reason codes.
    """

    assigned: list[Suggestion]
    alternatives: dict[int, list[Suggestion]]
    unmatched: list[int]
    total_score: float
    weights: dict[str, float]
    feasible_pairs: int
    timings: dict[str, float]
    rejected_pins: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    solver: str = ""
    algorithm_version: str = ALGORITHM_VERSION


# --------------------------------------------------------------------------- encoding


def _popcount_fallback(x: np.ndarray) -> np.ndarray:
    """Bit count of unsigned integers for numpy < 2.0 (no ``np.bitwise_count``)."""
    table = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)
    b = np.ascontiguousarray(x).view(np.uint8).reshape(*x.shape, x.itemsize)
    return table[b].sum(axis=-1, dtype=np.uint8)


_popcount = getattr(np, "bitwise_count", _popcount_fallback)


class _Vocab:
    """Maps strings to bit positions; masks are ``(n, words)`` unsigned arrays.

    With one word the narrowest dtype that fits is used (3 availability slots fit a
    uint8): whole-block bit operations then move 8x less memory than with uint64.
    """

    def __init__(self, items: Iterable[str]):
        self.index = {s: i for i, s in enumerate(sorted(set(items)))}
        self.words = max(1, -(-len(self.index) // 64))
        n_bits = len(self.index)
        self.dtype = (
            np.uint8
            if n_bits <= 8
            else np.uint16
            if n_bits <= 16
            else np.uint32
            if n_bits <= 32
            else np.uint64
        )

    def bits(self, items: Iterable[str]) -> int:
        m = 0
        for item in items:
            m |= 1 << self.index[item]
        return m

    def to_array(self, masks: Sequence[int]) -> np.ndarray:
        if self.words == 1:
            return np.array(masks, dtype=self.dtype).reshape(len(masks), 1)
        split = [
            [(m >> (64 * w)) & 0xFFFF_FFFF_FFFF_FFFF for w in range(self.words)] for m in masks
        ]
        return np.array(split, dtype=self.dtype).reshape(len(masks), self.words)

    def encode(self, sets: Sequence[Iterable[str]]) -> np.ndarray:
        # People share few distinct sets (availability patterns, common interests), so
        # each distinct set's mask is built once (a frozenset caches its hash).
        keys = [s if type(s) is frozenset else frozenset(s) for s in sets]
        memo = {key: self.bits(key) for key in set(keys)}
        return self.to_array(list(map(memo.__getitem__, keys)))


def _any_overlap_dense(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``out[i, j]`` = masks ``a[i]`` and ``b[j]`` share a bit. Shapes (r,W),(m,W)->(r,m)."""
    out = (a[:, None, 0] & b[None, :, 0]) != 0
    for w in range(1, a.shape[1]):
        out |= (a[:, None, w] & b[None, :, w]) != 0
    return out


def _any_overlap_pairs(a: np.ndarray, ia: np.ndarray, b: np.ndarray, ib: np.ndarray) -> np.ndarray:
    """``out[k]`` = masks ``a[ia[k]]`` and ``b[ib[k]]`` share a bit."""
    if a.shape[1] == 1:  # the usual case: one word; a 1-D gather is the fast path
        return (a[:, 0][ia] & b[:, 0][ib]) != 0
    return ((a[ia] & b[ib]) != 0).any(axis=1)


def _count_overlap_pairs(
    a: np.ndarray, ia: np.ndarray, b: np.ndarray, ib: np.ndarray
) -> np.ndarray:
    """``out[k]`` = number of bits shared by ``a[ia[k]]`` and ``b[ib[k]]``."""
    if a.shape[1] == 1:
        return _popcount(a[:, 0][ia] & b[:, 0][ib]).astype(np.int64)
    return _popcount(a[ia] & b[ib]).sum(axis=1, dtype=np.int64)


def _level(value) -> int:
    """Clamp a stored level to 0..3 (0 or missing means "does not speak")."""
    try:
        return max(0, min(LEVEL_NATIVE, int(value)))
    except (TypeError, ValueError):
        return 0


def _unit_vectors(lat_deg: np.ndarray, lon_deg: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lat_deg), np.radians(lon_deg)
    cl = np.cos(lat)
    return np.column_stack((cl * np.cos(lon), cl * np.sin(lon), np.sin(lat)))


def _max_chord2(max_km: np.ndarray) -> np.ndarray:
    """Squared unit-sphere chord of the travel limit (-1 for a negative limit).

    Distance ``d`` and chord ``c`` between unit vectors satisfy ``d = 2R asin(c / 2)``
    (this *is* the haversine formula, since ``haversine(theta) = (c / 2) ** 2``), so
    ``d <= max_km`` exactly when ``c**2 <= (2 sin(max_km / 2R))**2``. Comparing squared
    chords needs only subtraction, multiplication and addition per pair: correctly
    rounded operations, so the rule gives the same answer however it is vectorised.
    """
    half_angle = np.clip(max_km / (2 * EARTH_RADIUS_KM), 0.0, math.pi / 2)
    return np.where(max_km >= 0, (2 * np.sin(half_angle)) ** 2, -1.0)


def _chord2_pairs(pxyz: np.ndarray, vxyz: np.ndarray) -> np.ndarray:
    d = pxyz - vxyz
    return d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1] + d[:, 2] * d[:, 2]


def _chord2_km(chord2: np.ndarray) -> np.ndarray:
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(np.sqrt(chord2) / 2, 1.0))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    xyz = _unit_vectors(np.array([lat1, lat2], dtype=float), np.array([lon1, lon2], dtype=float))
    return float(_chord2_km(_chord2_pairs(xyz[:1], xyz[1:]))[0])


def _child_ages(birth_years: Iterable[int], today_year: int) -> list[int]:
    # A child recorded during pregnancy (born "next year") counts as age 0.
    return [max(0, int(today_year) - int(y)) for y in birth_years]


# Ages are int16 (cheaper block comparisons); sentinels for "no children" lie inside
# every accepted range because accepted ages are clipped to the same bounds.
_AGE_BOUND = 30_000
_NO_KIDS_MIN, _NO_KIDS_MAX = _AGE_BOUND, -_AGE_BOUND


def _ages_array(values: Iterable[int]) -> np.ndarray:
    return np.clip(np.array(list(values), dtype=np.int64), -_AGE_BOUND, _AGE_BOUND).astype(np.int16)


@dataclass
class _Participants:
    ids: np.ndarray
    usable: np.ndarray  # active and consenting
    role_code: np.ndarray  # index in the role vocabulary
    role: np.ndarray  # same as a one-bit mask
    xyz: np.ndarray  # unit vectors of homes
    place: np.ndarray  # the same code for the same home (see _buckets)
    cell: np.ndarray  # the same code for homes in the same grid cell
    lang: list[np.ndarray]  # lang[k - 1]: mask of languages spoken at level >= k
    interp: np.ndarray
    has_kids: np.ndarray
    age_min: np.ndarray  # youngest / oldest child; sentinels when no children
    age_max: np.ndarray
    women_only: np.ndarray
    interests: np.ndarray
    n_interests: np.ndarray
    avail: np.ndarray
    n_avail: np.ndarray
    waiting: np.ndarray  # waiting_time criterion, precomputed


@dataclass
class _Volunteers:
    ids: np.ndarray
    usable: np.ndarray  # active, consenting and capacity_left > 0
    role: np.ndarray  # mask of roles signed up for AND eligible for
    xyz: np.ndarray
    max_km: np.ndarray
    chord2_max: np.ndarray
    lang: list[np.ndarray]
    is_woman: np.ndarray
    accept_min: np.ndarray
    accept_max: np.ndarray
    interests: np.ndarray
    n_interests: np.ndarray
    avail: np.ndarray
    capacity: np.ndarray


def _encode(
    participants: Sequence[ParticipantIn], volunteers: Sequence[VolunteerIn], today_year: int
) -> tuple[_Participants, _Volunteers]:
    """Encode both sides in the given order (callers sort by id when they need to).

    One Python pass per person (not per pair); vocabularies are shared by both sides
    so bit positions agree.
    """
    people = (*participants, *volunteers)
    roles = _Vocab(
        [p.role for p in participants]
        + [r for v in volunteers for r in (set(v.roles) | set(v.eligible_roles))]
    )
    langs = _Vocab([c for x in people for c in x.languages])
    interests = _Vocab([i for x in people for i in x.interests])
    avail = _Vocab([a for x in people for a in x.availability])

    def xyz(xs):
        lat = np.array([float(x.lat) for x in xs], dtype=np.float64)
        lon = np.array([float(x.lon) for x in xs], dtype=np.float64)
        return _unit_vectors(lat, lon).reshape(len(xs), 3)

    p_xyz = xyz(participants)

    def lang_masks(xs):
        memo: dict[frozenset, tuple[int, int, int]] = {}
        keys = [frozenset(x.languages.items()) for x in xs]
        for key in set(keys):
            levels = {c: _level(lv) for c, lv in key}
            memo[key] = tuple(
                langs.bits(c for c, lv in levels.items() if lv >= k)
                for k in (LEVEL_BASIC, LEVEL_FLUENT, LEVEL_NATIVE)
            )
        per_level = list(zip(*map(memo.__getitem__, keys), strict=True)) or [(), (), ()]
        return [langs.to_array(list(o)) for o in per_level]

    def counts(masks):
        return _popcount(masks).sum(axis=1, dtype=np.int64)

    # Youngest and oldest child's ages (a child recorded during pregnancy, born "next
    # year", counts as age 0); sentinels that pass every range when there are none.
    youngest, oldest = [], []
    for p in participants:
        years = p.children_birth_years
        if years:
            youngest.append(max(0, int(today_year) - max(int(y) for y in years)))
            oldest.append(max(0, int(today_year) - min(int(y) for y in years)))
        else:
            youngest.append(_NO_KIDS_MIN)
            oldest.append(_NO_KIDS_MAX)
    p_interests = interests.encode([p.interests for p in participants])
    p_avail = avail.encode([p.availability for p in participants])
    P = _Participants(
        ids=np.array([int(p.id) for p in participants], dtype=np.int64),
        usable=np.array([bool(p.active and p.consents) for p in participants], dtype=bool),
        role_code=np.array([roles.index[p.role] for p in participants], dtype=np.int64),
        role=roles.to_array([1 << roles.index[p.role] for p in participants]),
        xyz=p_xyz,
        place=_row_classes(p_xyz)[0],
        cell=_grid_cells(p_xyz),
        lang=lang_masks(participants),
        interp=np.array([bool(p.interpreter_arranged) for p in participants], dtype=bool),
        has_kids=np.array([bool(p.children_birth_years) for p in participants], dtype=bool),
        age_min=_ages_array(youngest),
        age_max=_ages_array(oldest),
        women_only=np.array([WISH_WOMEN_ONLY in p.wishes for p in participants], dtype=bool),
        interests=p_interests,
        n_interests=counts(p_interests),
        avail=p_avail,
        n_avail=counts(p_avail),
        waiting=np.clip(
            np.array([float(p.waiting_days) for p in participants], dtype=np.float64)
            / WAITING_FULL_DAYS,
            0.0,
            1.0,
        ),
    )
    max_km = np.array([float(v.max_travel_km) for v in volunteers], dtype=np.float64)
    v_interests = interests.encode([v.interests for v in volunteers])
    capacity = np.array([max(0, int(v.capacity_left)) for v in volunteers], dtype=np.int64)
    V = _Volunteers(
        ids=np.array([int(v.id) for v in volunteers], dtype=np.int64),
        usable=np.array([bool(v.active and v.consents) for v in volunteers], dtype=bool)
        & (capacity > 0),
        role=roles.encode([frozenset(v.roles) & frozenset(v.eligible_roles) for v in volunteers]),
        xyz=xyz(volunteers),
        max_km=max_km,
        chord2_max=_max_chord2(max_km),
        lang=lang_masks(volunteers),
        is_woman=np.array([bool(v.is_woman) for v in volunteers], dtype=bool),
        accept_min=_ages_array(int(v.child_age_min) for v in volunteers),
        accept_max=_ages_array(int(v.child_age_max) for v in volunteers),
        interests=v_interests,
        n_interests=counts(v_interests),
        avail=avail.encode([v.availability for v in volunteers]),
        capacity=capacity,
    )
    return P, V


# ----------------------------------------------------------------------- rules/scores


def _groups(P: _Participants, V: _Volunteers) -> list[tuple[np.ndarray, np.ndarray]]:
    """Split the pair space into (participant rows, volunteer cols) blocks.

    Participants are grouped by (role, women_only wish) and each group only meets the
    usable volunteers eligible for that role (and women, for women_only). The role,
    wish, activity, consent and capacity rules are thereby settled per group instead
    of per pair, and the dense blocks shrink to the columns that can still pass.
    Index arrays are ascending, so column order is volunteer-id order.
    """
    out = []
    for code in np.unique(P.role_code[P.usable]).tolist():
        word, bit = divmod(code, 64)
        v_role = ((V.role[:, word] >> bit) & 1).astype(bool)
        for wo in (False, True):
            rows = np.flatnonzero(P.usable & (P.role_code == code) & (P.women_only == wo))
            cols = np.flatnonzero(V.usable & v_role & (V.is_woman | (not wo)))
            if len(rows) and len(cols):
                out.append((rows, cols))
    return out


def _grid_cells(xyz: np.ndarray) -> np.ndarray:
    """Code of the ~``_GRID_KM`` square (a latitude band cut by longitude) of each home."""
    if len(xyz) == 0:
        return np.zeros(0, dtype=np.int64)
    step = _GRID_KM / EARTH_RADIUS_KM  # radians of latitude
    lat = np.arcsin(np.clip(xyz[:, 2], -1.0, 1.0))
    band = np.floor(lat / step)
    lon_step = step / np.maximum(np.cos((band + 0.5) * step), 1e-3)
    col = np.floor(np.arctan2(xyz[:, 1], xyz[:, 0]) / lon_step)
    return _row_classes(np.column_stack((band, col)))[0]


def _buckets(P: _Participants, rows: np.ndarray) -> list[np.ndarray]:
    """Split a group's rows into participants who live together or near each other.

    When homes are shared widely (the database knows a municipality per person, so a
    whole cohort lives in a few hundred places at most), one bucket per home; when
    nearly every home is different (coordinates of each house), one per grid cell.
    Rows stay ascending inside a bucket.
    """
    places = P.place[rows]
    key = places if len(np.unique(places)) * _ROWS_PER_PLACE <= len(rows) else P.cell[rows]
    order = np.argsort(key, kind="stable")
    cuts = np.flatnonzero(np.diff(key[order])) + 1
    return np.split(rows[order], cuts)


def _reachable(
    P: _Participants, V: _Volunteers, rows: np.ndarray, cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray | None]:
    """The travel rule, settled as far as possible per volunteer for a bucket of rows.

    Returns ``(cols that may pass, their distance criterion or None)``. If every row
    has the same home, the rule is decided here, exactly: the squared chords come from
    the same formula as per pair (the same operations on the same numbers), and so
    does the distance criterion of each volunteer. Otherwise a volunteer is dropped
    only when she cannot reach *any* home of the bucket, by the triangle inequality
    around the bucket's centre (chords are straight lines in space, so it holds; the
    slack covers rounding), and the caller checks each pair.
    """
    home = P.xyz[rows[0]][None, :]
    if (P.place[rows] == P.place[rows[0]]).all():
        chord2 = _chord2_pairs(home, V.xyz[cols])
        reach = chord2 <= V.chord2_max[cols]
        cols = cols[reach]
        return cols, _distance_score(chord2[reach], V.max_km[cols])
    centre = P.xyz[rows].mean(axis=0)[None, :]
    radius = math.sqrt(float(_chord2_pairs(P.xyz[rows], centre).max()))
    limit = np.sqrt(np.maximum(V.chord2_max[cols], 0.0)) + radius + 1e-9
    reach = (V.chord2_max[cols] >= 0) & (np.sqrt(_chord2_pairs(centre, V.xyz[cols])) <= limit)
    return cols[reach], None


def _chord2_block(P: _Participants, V: _Volunteers, rows, cols) -> np.ndarray:
    """``_chord2_pairs`` for every (row, col) cell, in the same operation order."""
    p, v = P.xyz[rows], V.xyz[cols]
    d = p[:, None, 0] - v[None, :, 0]
    out = d * d
    d = p[:, None, 1] - v[None, :, 1]
    out += d * d
    d = p[:, None, 2] - v[None, :, 2]
    out += d * d
    return out


def _feasible_cells(
    P: _Participants, V: _Volunteers, rows: np.ndarray, cols: np.ndarray, travel_settled: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Remaining hard rules for ``rows x cols`` (role, wish and usable are settled by
    the group, travel by :func:`_reachable` when ``travel_settled``).

    Returns ``(flat, li, lj, chord2)``: the feasible cells as ascending flat indices
    and as local (row, col) indices, and the squared chord of each pair (None when the
    travel rule was settled). Coordinator exclusions are removed by the caller.
    """
    ok = (P.age_min[rows][:, None] >= V.accept_min[cols][None, :]) & (
        P.age_max[rows][:, None] <= V.accept_max[cols][None, :]
    )
    ok &= _any_overlap_dense(P.lang[0][rows], V.lang[0][cols]) | P.interp[rows][:, None]
    block = None
    if not travel_settled:
        block = _chord2_block(P, V, rows, cols)
        ok &= block <= V.chord2_max[cols][None, :]
    # One flat scan plus a per-row count is several times faster than 2-D np.nonzero.
    flat = np.flatnonzero(ok)
    li = np.repeat(np.arange(len(rows), dtype=np.int64), np.count_nonzero(ok, axis=1))
    lj = flat - li * len(cols)
    return flat, li, lj, None if block is None else block.reshape(-1)[flat]


def _distance_score(chord2: np.ndarray, max_km: np.ndarray) -> np.ndarray:
    """Distance criterion: linear from 1 (same place) to 0 (at the volunteer's limit)."""
    dist = _chord2_km(chord2)
    out = np.divide(dist, max_km, out=np.zeros(len(dist)), where=max_km > 0)
    return np.clip(1.0 - out, 0.0, 1.0)


class _ClassTable:
    """A criterion that depends on a few attributes per side, tabulated per class.

    People share these attributes widely (Finnish at native level; "weekdays and
    evenings"; one child under six), so the criterion is evaluated once per
    (participant class, volunteer class) by the very function a pair would use:
    elementwise operations on the same numbers, hence a table read equals the formula
    bit for bit. With too many classes (an adversarial cohort) it evaluates per pair.
    """

    def __init__(self, p_key: np.ndarray, v_key: np.ndarray, fn, weight: float):
        self.fn, self.weight = fn, weight
        p_cls, p_rep = _row_classes(p_key)
        v_cls, v_rep = _row_classes(v_key)
        self.table = None
        if len(p_rep) * len(v_rep) <= _TABLE_MAX_CELLS:
            n_v = len(v_rep)
            values = fn(np.repeat(p_rep, n_v), np.tile(v_rep, len(p_rep)))
            self.table = values
            self.weighted = weight * values
            self.p_off = (p_cls * n_v).astype(np.int64)
            self.v_cls = v_cls.astype(np.int64)

    def __call__(self, pi: np.ndarray, vj: np.ndarray, *, weighted: bool = False) -> np.ndarray:
        if self.table is None:
            values = self.fn(pi, vj)
            return self.weight * values if weighted else values
        idx = self.p_off[pi]
        idx += self.v_cls[vj]
        return (self.weighted if weighted else self.table)[idx]


def _row_classes(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(class of each row, lowest row index of each class)``: equal rows, one class.

    A stable lexsort over the columns: several times faster than ``np.unique(axis=0)``,
    which sorts rows as opaque records.
    """
    if len(key) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = key.reshape(len(key), -1)
    order = np.lexsort(key.T[::-1])
    ordered = key[order]
    new = np.concatenate(([True], (ordered[1:] != ordered[:-1]).any(axis=1)))
    cls = np.empty(len(key), dtype=np.int64)
    cls[order] = np.cumsum(new) - 1
    return cls, order[new]


class _Scorer:
    """Soft criteria and weighted scores for aligned (participant, volunteer) indices.

    A pair's score is summed in :data:`CRITERIA` order and divided by the weights' sum,
    the same way everywhere (scan, breakdown, :func:`score_pair`), so a reported
    score is bit for bit the one the solver saw.
    """

    def __init__(self, P: _Participants, V: _Volunteers, w_vec: np.ndarray):
        self.P, self.V = P, V
        self.w = [float(x) for x in w_vec]
        self.w_sum = float(w_vec.sum())
        self.language = _ClassTable(
            np.concatenate(P.lang, axis=1),
            np.concatenate(V.lang, axis=1),
            self._language,
            self.w[0],
        )
        self.availability = _ClassTable(
            np.column_stack((P.avail, P.n_avail)), V.avail, self._availability, self.w[2]
        )
        self.children_ages = _ClassTable(
            np.column_stack((P.age_min, P.age_max, P.has_kids)),
            np.column_stack((V.accept_min, V.accept_max)),
            self._children_ages,
            self.w[3],
        )
        self.waiting_w = self.w[5] * P.waiting
        self._interests_table()

    def _language(self, pi, vj):
        # The best level both speak (a pair's level in a language is the lower of the
        # two): the number of thresholds 1..3 at which some language is shared.
        best = np.zeros(len(pi), dtype=np.float64)
        for lv in range(3):
            best += _any_overlap_pairs(self.P.lang[lv], pi, self.V.lang[lv], vj)
        return best / LEVEL_NATIVE

    def _availability(self, pi, vj):
        # Share of the participant's time slots the volunteer also has.
        na = self.P.n_avail[pi]
        inter = _count_overlap_pairs(self.P.avail, pi, self.V.avail, vj)
        return np.divide(inter, na, out=np.ones(len(pi)), where=na > 0)

    def _children_ages(self, pi, vj):
        # 1 when every child is at the centre of the accepted range, 0 when the child
        # furthest from the centre is at an edge (youngest/oldest decide).
        P, V, k = self.P, self.V, len(pi)
        lo, hi = V.accept_min[vj].astype(np.float64), V.accept_max[vj].astype(np.float64)
        centre, half = (lo + hi) / 2, (hi - lo) / 2
        dev = np.maximum(centre - P.age_min[pi], P.age_max[pi] - centre)  # float64
        ages = np.clip(1.0 - np.divide(dev, half, out=np.zeros(k), where=half > 0), 0.0, 1.0)
        return np.where(P.has_kids[pi], ages, 1.0)

    def _jaccard(self, inter, ni, nv):
        # Jaccard; INTERESTS_UNKNOWN when either side recorded none.
        known = (ni > 0) & (nv > 0)
        return np.divide(
            inter, ni + nv - inter, out=np.full(len(inter), INTERESTS_UNKNOWN), where=known
        )

    def _interests_table(self) -> None:
        """Jaccard of every (participant count, volunteer count, shared count): the
        same division as per pair, read by one index instead of ~10 array passes."""
        P, V = self.P, self.V
        self.jaccard = None
        top = int(max(P.n_interests.max(initial=0), V.n_interests.max(initial=0))) + 1
        if P.interests.shape[1] != 1 or top**3 > _TABLE_MAX_CELLS:
            return
        ni, nv, inter = (x.reshape(-1) for x in np.indices((top, top, top)))
        with np.errstate(divide="ignore", invalid="ignore"):  # impossible cells, never read
            self.jaccard = self._jaccard(inter, ni, nv)
        self.p_int_off = P.n_interests * (top * top)
        self.v_int_off = V.n_interests * top
        self.p_int, self.v_int = P.interests[:, 0], V.interests[:, 0]

    def interests(self, pi, vj):
        if self.jaccard is None:
            ni, nv = self.P.n_interests[pi], self.V.n_interests[vj]
            return self._jaccard(
                _count_overlap_pairs(self.P.interests, pi, self.V.interests, vj), ni, nv
            )
        shared = self.p_int[pi]
        shared &= self.v_int[vj]
        idx = self.p_int_off[pi]
        idx += self.v_int_off[vj]
        idx += _popcount(shared)
        return self.jaccard[idx]

    def scores(self, pi: np.ndarray, vj: np.ndarray, distance: np.ndarray) -> np.ndarray:
        """Weighted scores; ``distance`` is the distance criterion of each pair."""
        out = self.language(pi, vj, weighted=True)
        out += self.w[1] * distance
        out += self.availability(pi, vj, weighted=True)
        out += self.children_ages(pi, vj, weighted=True)
        out += self.w[4] * self.interests(pi, vj)
        out += self.waiting_w[pi]
        out /= self.w_sum
        return out

    def criteria(self, pi: np.ndarray, vj: np.ndarray, distance: np.ndarray) -> np.ndarray:
        """``(len(CRITERIA), k)`` raw criteria in [0, 1]."""
        return np.stack(
            (
                self.language(pi, vj),
                distance,
                self.availability(pi, vj),
                self.children_ages(pi, vj),
                self.interests(pi, vj),
                self.P.waiting[pi],
            )
        )


def _weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    merged = dict(DEFAULT_WEIGHTS)
    if weights:
        unknown = set(weights) - set(CRITERIA)
        if unknown:
            raise ValueError(f"unknown matching criteria: {sorted(unknown)}")
        merged.update({k: float(v) for k, v in weights.items()})
    if any(not math.isfinite(w) or w < 0 for w in merged.values()):
        raise ValueError("matching weights must be finite and non-negative")
    if sum(merged.values()) <= 0:
        raise ValueError("at least one matching weight must be positive")
    return {c: merged[c] for c in CRITERIA}


def _check_unique(items: Sequence, what: str) -> None:
    if len({x.id for x in items}) != len(items):
        raise ValueError(f"duplicate {what} ids")


def _pair_keys(
    pairs: Iterable[tuple[int, int]], p_pos: Mapping[int, int], v_pos: Mapping[int, int]
) -> np.ndarray:
    """Sorted unique ``row * n_volunteers + col`` keys of known (participant, volunteer) ids."""
    n_v = len(v_pos)
    keys = {p_pos[p] * n_v + v_pos[v] for p, v in pairs if p in p_pos and v in v_pos}
    return np.array(sorted(keys), dtype=np.int64)


def _drop_keys(keys: np.ndarray, drop: np.ndarray) -> np.ndarray:
    """Boolean mask: ``keys[k]`` not in the sorted array ``drop``. O(k log |drop|)."""
    if len(drop) == 0:
        return np.ones(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(drop, keys), len(drop) - 1)
    return drop[pos] != keys


def _top_per_row(
    flat: np.ndarray,
    li: np.ndarray,
    lj: np.ndarray,
    score: np.ndarray,
    n_rows: int,
    n_cols: int,
    top: int,
) -> np.ndarray:
    """Indices of each row's ``top`` best pairs by (score desc, column asc).

    ``flat`` holds the pairs' ascending cell indices ``li * n_cols + lj``.
    """
    if n_cols <= top:
        return np.arange(len(li))
    if top <= 16:
        # `top` row-wise argmax passes over a dense block: O(cells) per pass and, since
        # argmax returns the first maximum, ties go to the lowest column = lowest id.
        # A picked cell's pair is found by binary search in the ascending `flat`.
        block = np.full(n_rows * n_cols, -np.inf)
        block[flat] = score
        cells = block.reshape(n_rows, n_cols)
        row_start = np.arange(n_rows, dtype=np.int64) * n_cols
        picked = []
        for _ in range(top):
            at = row_start + cells.argmax(axis=1)
            at = at[block[at] > -np.inf]
            if not len(at):
                break
            picked.append(np.searchsorted(flat, at))
            block[at] = -np.inf
        return np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)
    order = np.lexsort((lj, -score, li))
    first = np.searchsorted(li[order], np.arange(n_rows))
    rank = np.arange(len(order)) - first[li[order]]
    return order[rank < top]


@dataclass
class _Scan:
    # All feasible pairs (empty unless kept) as (pi, vj, score) per block: each row's
    # pairs contiguous in one block. Not concatenated: _solve reads them block by block.
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]]
    cand_pi: np.ndarray  # each participant's best `keep_top` pairs, ties by volunteer id
    cand_vj: np.ndarray
    cand_score: np.ndarray
    n_feasible: int


def _blocks(
    P: _Participants, V: _Volunteers
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray | None]]:
    """``(rows, cols, distance criterion of cols or None)`` blocks of ~``_CHUNK_CELLS``
    cells that together hold every pair passing the role, wish, activity, consent,
    capacity and travel rules (see :func:`_groups`, :func:`_buckets`,
    :func:`_reachable`). Every participant's pairs are in one block.
    """
    out = []
    for rows, cols in _groups(P, V):
        for bucket in _buckets(P, rows):
            b_cols, distance = _reachable(P, V, bucket, cols)
            if not len(b_cols):
                continue
            step = max(1, _CHUNK_CELLS // len(b_cols))
            out.extend(
                (bucket[s : s + step], b_cols, distance) for s in range(0, len(bucket), step)
            )
    return out


def _scan(
    P: _Participants,
    V: _Volunteers,
    scorer: _Scorer,
    excluded: np.ndarray,
    keep_top: int,
    keep_all: bool,
    progress: ProgressCallback | None,
) -> _Scan:
    """Evaluate every pair that can pass, block by block; keep scores of feasible pairs."""
    n_v = len(V.ids)
    parts: list[tuple[np.ndarray, ...]] = []
    cands: list[tuple[np.ndarray, ...]] = []
    n_feasible = 0
    blocks = _blocks(P, V)
    report_every = max(1, len(blocks) // 5)
    for b_i, (rows, cols, col_distance) in enumerate(blocks):
        flat, li, lj, chord2 = _feasible_cells(P, V, rows, cols, col_distance is not None)
        pi, vj = rows[li], cols[lj]
        if col_distance is not None:  # one home for the block: one distance per column
            distance = col_distance[lj]
        else:
            distance = _distance_score(chord2, V.max_km[vj])
        if len(excluded):
            keep = _drop_keys(pi * n_v + vj, excluded)
            flat, li, lj, pi, vj, distance = (x[keep] for x in (flat, li, lj, pi, vj, distance))
        score = scorer.scores(pi, vj, distance)
        n_feasible += len(pi)
        if keep_all:
            parts.append((pi.astype(np.int32), vj.astype(np.int32), score))
        sel = _top_per_row(flat, li, lj, score, len(rows), len(cols), keep_top)
        cands.append((pi[sel], vj[sel], score[sel]))
        if progress is not None and (b_i + 1) % report_every == 0:
            progress(round(0.05 + 0.55 * (b_i + 1) / len(blocks), 3), "Scoring pairs")

    def cat(items, i, dtype):
        return np.concatenate([x[i] for x in items]) if items else np.zeros(0, dtype=dtype)

    return _Scan(
        parts=parts,
        cand_pi=cat(cands, 0, np.int64),
        cand_vj=cat(cands, 1, np.int64),
        cand_score=cat(cands, 2, np.float64),
        n_feasible=n_feasible,
    )


# ------------------------------------------------------------------------------ solve


def _solve(
    parts: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray]],
    capacity: np.ndarray,
    blocked: np.ndarray,
    solver: str,
) -> tuple[np.ndarray, np.ndarray, float, str]:
    """Maximum-score assignment with capacities over the given feasible pairs.

    ``parts``: ``(pi, vj, score)`` arrays of feasible pairs, as the scan leaves them:
    in each part every participant's pairs are contiguous, and no participant appears
    in two parts; the sparse path empties the list once its graph is built.
    ``capacity[j]``: slots per volunteer (after pins); ``blocked[i]``: participant
    already settled (pinned). Returns matched global ``(rows, cols)``, the seconds
    spent inside SciPy, and the solver used. The sparse graph is built
    part by part into arrays allocated once: every step is a sequential numpy pass
    (repeat/cumsum) over a part that fits in the processor's cache, to keep the build
    well below the solve.
    """
    empty = np.zeros(0, dtype=np.int64)
    given, parts = parts, [p for p in parts if len(p[0])]
    if not parts:
        return empty, empty, 0.0, "none"
    rows = [_row_blocks(pi) for pi, _, _ in parts]
    if len(np.unique(np.concatenate([r_ids for r_ids, _, _ in rows]))) != sum(
        len(r_ids) for r_ids, _, _ in rows
    ):
        # Restore the contiguity the scan guarantees, should a caller break it.
        pi, vj, score = (np.concatenate([p[k] for p in parts]) for k in range(3))
        order = np.argsort(pi, kind="stable")
        parts = [(pi[order], vj[order], score[order])]
        rows = [_row_blocks(parts[0][0])]
    r_ids = np.concatenate([r for r, _, _ in rows])
    n_rows = len(r_ids)
    # Volunteer j becomes slots[j] identical columns (capacity slots); it never needs
    # more slots than it has candidate participants, and volunteers without capacity
    # or pairs get none. Slots are interchangeable, so which copy is used is moot.
    candidates = np.zeros(len(capacity), dtype=np.int64)
    for _, vj, _ in parts:
        candidates += np.bincount(vj, minlength=len(capacity))
    slots = np.minimum(capacity, candidates)
    offset = np.concatenate(([0], np.cumsum(slots)[:-1]))
    n_slots = int(slots.sum())
    slot_vol = np.repeat(np.arange(len(capacity)), slots)
    any_blocked = bool(blocked[r_ids].any())

    def edges_per_pair(pi, vj):
        per_pair = slots[vj]
        return per_pair * ~blocked[pi] if any_blocked else per_pair

    n_pair_edges = sum(int(edges_per_pair(pi, vj).sum()) for pi, vj, _ in parts)
    if n_slots == 0 or n_pair_edges == 0:
        return empty, empty, 0.0, "none"

    if solver == "auto":
        cells = n_rows * n_slots
        dense = cells <= _DENSE_MAX_CELLS and n_pair_edges >= _DENSE_MIN_DENSITY * cells
        solver = "dense" if dense else "sparse"
    if solver == "dense":
        # Infeasible cells are 0 and feasible ones > 0, so dropping assignments to
        # 0-valued cells afterwards leaves an optimal partial assignment.
        mat = np.zeros((n_rows, n_slots), dtype=np.float64)
        first_row = 0
        for (pi, vj, score), (p_rows, starts, ends) in zip(parts, rows, strict=True):
            r_loc = first_row + np.repeat(np.arange(len(p_rows)), ends - starts)
            per_pair = edges_per_pair(pi, vj)
            val = score + _MATCH_BONUS
            for t in range(int(per_pair.max())):
                s = per_pair > t
                mat[r_loc[s], offset[vj[s]] + t] = val[s]
            first_row += len(p_rows)
        t0 = time.perf_counter()
        rr, cc = linear_sum_assignment(mat, maximize=True)
        seconds = time.perf_counter() - t0
        hit = mat[rr, cc] > 0
        return r_ids[rr[hit]], slot_vol[cc[hit]], seconds, solver

    # Sparse: minimise sum(2 - value). Row i also gets a dummy column n_slots + i with
    # cost 2 ("unmatched", value 0), so a full matching always exists; every cost is
    # in [1, 2] and never 0, which the solver requires. A row's edges are its pairs'
    # slot columns offset[j] + t in pair order, then its dummy: ascending columns.
    # Built by sequential repeats: each pair repeats per_pair times (its slots), the
    # last pair of a row once more (the dummy's place, overwritten afterwards).
    n_edges = n_pair_edges + n_rows
    idx_dtype = np.int32 if n_edges + n_slots + n_rows < np.iinfo(np.int32).max else np.int64
    indices = np.empty(n_edges, dtype=idx_dtype)
    data = np.empty(n_edges, dtype=np.float64)
    indptr = np.empty(n_rows + 1, dtype=idx_dtype)
    indptr[0] = 0
    first_edge = first_row = 0
    for (pi, vj, score), (p_rows, _, ends) in zip(parts, rows, strict=True):
        e = edges_per_pair(pi, vj)
        e[ends - 1] += 1
        edge_end = np.cumsum(e)
        last = first_edge + int(edge_end[-1])
        row_end = first_edge + edge_end[ends - 1]
        indptr[first_row + 1 : first_row + 1 + len(p_rows)] = row_end
        # Edge k of the pair starting at edge f gets column offset[j] + (k - f).
        chunk = indices[first_edge:last]
        chunk[:] = np.repeat((offset[vj] - (edge_end - e)).astype(idx_dtype), e)
        chunk += np.arange(last - first_edge, dtype=idx_dtype)
        data[first_edge:last] = np.repeat(2.0 - (score + _MATCH_BONUS), e)
        dummy = row_end - 1
        indices[dummy] = n_slots + first_row + np.arange(len(p_rows), dtype=idx_dtype)
        data[dummy] = 2.0
        first_edge, first_row = last, first_row + len(p_rows)
    graph = csr_array((data, indices, indptr), shape=(n_rows, n_slots + n_rows))
    # The pairs are in the graph now: free them (the caller's list too) for the solve,
    # which needs about as much again (~0.7 GB of each at 20,000 x 20,000).
    del pi, vj, score, e, edge_end, chunk, row_end, dummy
    given.clear()
    parts.clear()
    t0 = time.perf_counter()
    rr, cc = min_weight_full_bipartite_matching(graph)
    seconds = time.perf_counter() - t0
    hit = cc < n_slots
    return r_ids[rr[hit]], slot_vol[cc[hit]], seconds, solver


def _row_blocks(pi: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(row ids in order of appearance, start, end)`` of each run of equal ``pi``."""
    starts = np.concatenate(([0], np.flatnonzero(np.diff(pi)) + 1))
    return pi[starts], starts, np.append(starts[1:], len(pi))


# ----------------------------------------------------------------------------- public


def hard_rule_mask(
    participants: Sequence[ParticipantIn],
    volunteers: Sequence[VolunteerIn],
    *,
    today_year: int,
    excluded_pairs: Iterable[tuple[int, int]] = frozenset(),
) -> np.ndarray:
    """Boolean ``(len(participants), len(volunteers))`` feasibility matrix, input order.

    ``mask[i, j]`` is True when pair ``(participants[i], volunteers[j])`` passes every
    hard rule (see :func:`explain_infeasible`) and is not in ``excluded_pairs`` (a set
    of ``(participant_id, volunteer_id)``). Same vectorised code as
    :func:`run_matching`, but returns a dense matrix: meant for tests and small cohorts.
    """
    _check_unique(participants, "participant")
    _check_unique(volunteers, "volunteer")
    mask = np.zeros((len(participants), len(volunteers)), dtype=bool)
    if not participants or not volunteers:
        return mask
    P, V = _encode(participants, volunteers, today_year)
    for rows, cols, col_distance in _blocks(P, V):
        _, li, lj, _ = _feasible_cells(P, V, rows, cols, col_distance is not None)
        mask[rows[li], cols[lj]] = True
    p_pos = {int(x): i for i, x in enumerate(P.ids)}
    v_pos = {int(x): j for j, x in enumerate(V.ids)}
    keys = _pair_keys(excluded_pairs, p_pos, v_pos)
    mask[keys // len(volunteers), keys % len(volunteers)] = False
    return mask


def explain_infeasible(
    p: ParticipantIn,
    v: VolunteerIn,
    today_year: int,
    *,
    excluded_pairs: Iterable[tuple[int, int]] = frozenset(),
) -> list[str]:
    """Reason codes for every hard rule the pair fails; ``[]`` means feasible.

    Codes (stable strings for the UI to translate), in this order:
    ``participant_inactive``, ``participant_no_consent``, ``volunteer_inactive``,
    ``volunteer_no_consent``, ``role_not_signed_up`` (volunteer did not sign up for
    the role), ``role_not_eligible`` (signed up but screening incomplete),
    ``no_capacity``, ``too_far``, ``no_shared_language`` (and no interpreter
    arranged), ``children_ages_outside_range``, ``women_only_wish``, ``excluded``
    (the pair is in ``excluded_pairs``). Agrees with :func:`hard_rule_mask` (the
    distance rule uses the same squared-chord comparison).
    """
    reasons = []
    if not p.active:
        reasons.append(REASON_PARTICIPANT_INACTIVE)
    if not p.consents:
        reasons.append(REASON_PARTICIPANT_NO_CONSENT)
    if not v.active:
        reasons.append(REASON_VOLUNTEER_INACTIVE)
    if not v.consents:
        reasons.append(REASON_VOLUNTEER_NO_CONSENT)
    if p.role not in v.roles:
        reasons.append(REASON_ROLE_NOT_SIGNED_UP)
    elif p.role not in v.eligible_roles:
        reasons.append(REASON_ROLE_NOT_ELIGIBLE)
    if int(v.capacity_left) <= 0:
        reasons.append(REASON_NO_CAPACITY)
    xyz = _unit_vectors(np.array([p.lat, v.lat], dtype=float), np.array([p.lon, v.lon], float))
    chord2 = _chord2_pairs(xyz[:1], xyz[1:])
    if not chord2[0] <= _max_chord2(np.array([float(v.max_travel_km)]))[0]:
        reasons.append(REASON_TOO_FAR)
    p_langs = {c for c, lv in p.languages.items() if _level(lv) >= LEVEL_BASIC}
    v_langs = {c for c, lv in v.languages.items() if _level(lv) >= LEVEL_BASIC}
    if not (p_langs & v_langs) and not p.interpreter_arranged:
        reasons.append(REASON_NO_SHARED_LANGUAGE)
    ages = _child_ages(p.children_birth_years, today_year)
    if any(not (v.child_age_min <= a <= v.child_age_max) for a in ages):
        reasons.append(REASON_CHILDREN_AGES)
    if WISH_WOMEN_ONLY in p.wishes and not v.is_woman:
        reasons.append(REASON_WOMEN_ONLY)
    if (p.id, v.id) in set(excluded_pairs):
        reasons.append(REASON_EXCLUDED)
    return reasons


def _suggestion_parts(
    scorer: _Scorer, pi: np.ndarray, vj: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``(criteria (6, k), scores (k,))`` for aligned pairs, hard rules not checked."""
    P, V = scorer.P, scorer.V
    distance = _distance_score(_chord2_pairs(P.xyz[pi], V.xyz[vj]), V.max_km[vj])
    return scorer.criteria(pi, vj, distance), scorer.scores(pi, vj, distance)


def score_pair(
    p: ParticipantIn,
    v: VolunteerIn,
    *,
    today_year: int,
    weights: Mapping[str, float] | None = None,
) -> tuple[float, dict[str, float]]:
    """``(score, breakdown)`` for one pair, ignoring hard rules (display, debugging)."""
    w = _weights(weights)
    w_vec = np.array([w[c] for c in CRITERIA], dtype=np.float64)
    P, V = _encode([p], [v], today_year)
    zero = np.zeros(1, dtype=np.int64)
    crit, score = _suggestion_parts(_Scorer(P, V, w_vec), zero, zero)
    return float(score[0]), dict(zip(CRITERIA, crit[:, 0].tolist(), strict=True))


def _apply_pins(
    pins: list[tuple[int, int]],
    ps: Sequence[ParticipantIn],
    vs: Sequence[VolunteerIn],
    P: _Participants,
    V: _Volunteers,
    p_pos: Mapping[int, int],
    v_pos: Mapping[int, int],
    excluded: np.ndarray,
    excluded_ids: frozenset[tuple[int, int]],
    today_year: int,
) -> tuple[np.ndarray, np.ndarray, dict[tuple[int, int], list[str]]]:
    """Decide which pins are forced. Returns (pinned_to per row, capacity left, rejected)."""
    capacity = V.capacity.copy()
    pinned_to = np.full(len(ps), -1, dtype=np.int64)
    rejected: dict[tuple[int, int], list[str]] = {}
    known = [(a, b) for a, b in pins if a in p_pos and b in v_pos]
    rejected.update({pair: [REASON_UNKNOWN_ID] for pair in set(pins) - set(known)})
    if not known:
        return pinned_to, capacity, rejected
    pi = np.array([p_pos[a] for a, _ in known], dtype=np.int64)
    vj = np.array([v_pos[b] for _, b in known], dtype=np.int64)
    # The same vectorised rules as the scan, evaluated on the pinned pairs only.
    ok = P.usable[pi] & V.usable[vj] & _any_overlap_pairs(P.role, pi, V.role, vj)
    ok &= ~P.women_only[pi] | V.is_woman[vj]
    ok &= (P.age_min[pi] >= V.accept_min[vj]) & (P.age_max[pi] <= V.accept_max[vj])
    ok &= _any_overlap_pairs(P.lang[0], pi, V.lang[0], vj) | P.interp[pi]
    ok &= _chord2_pairs(P.xyz[pi], V.xyz[vj]) <= V.chord2_max[vj]
    ok &= _drop_keys(pi * len(vs) + vj, excluded)
    # Sorted (participant id, volunteer id): a participant's lowest volunteer id wins,
    # and a volunteer's capacity goes to the lowest participant ids first.
    for (pid, vid), i, j, good in zip(known, pi.tolist(), vj.tolist(), ok.tolist(), strict=True):
        if not good:
            # `or`: only if the scalar re-check disagrees at the last bit of a distance.
            rejected[(pid, vid)] = explain_infeasible(
                ps[i], vs[j], today_year, excluded_pairs=excluded_ids
            ) or [REASON_TOO_FAR]
        elif pinned_to[i] >= 0:
            rejected[(pid, vid)] = [REASON_PIN_DUPLICATE]
        elif capacity[j] <= 0:
            rejected[(pid, vid)] = [REASON_PIN_CAPACITY]
        else:
            pinned_to[i] = j
            capacity[j] -= 1
    return pinned_to, capacity, rejected


def run_matching(
    participants: Sequence[ParticipantIn],
    volunteers: Sequence[VolunteerIn],
    *,
    weights: Mapping[str, float] | None = None,
    today_year: int,
    excluded_pairs: Iterable[tuple[int, int]] = frozenset(),
    pinned_pairs: Iterable[tuple[int, int]] = frozenset(),
    top_k: int = 3,
    progress: ProgressCallback | None = None,
    candidate_limit: int | None = None,
    solver: str = "auto",
) -> MatchingResult:
    """Suggest the optimal cohort-wide assignment plus alternatives per participant.

    **Objective.** Maximise the sum of pair scores over all assigned pairs, where a
    pair's score is ``sum(w[c] * s[c]) / sum(w)`` over :data:`CRITERIA`. Each
    participant gets at most one volunteer, each volunteer at most ``capacity_left``
    participants, infeasible pairs (hard rules, ``excluded_pairs``) are never used, and
    a participant may stay unmatched. Exact score ties are broken towards matching one
    more participant, otherwise deterministically by the solver on id-sorted input, so
    the same cohort in any order gives the same result (for a given SciPy version:
    SciPy does not promise which of several equally good solutions it returns).

    **weights** override :data:`DEFAULT_WEIGHTS` per criterion (missing criteria keep
    their default); they must be finite, non-negative and have a positive sum.

    **excluded_pairs** ``(participant_id, volunteer_id)`` (coordinator rejections and
    exclusions) are never assigned nor offered as alternatives.

    **pinned_pairs** ``(participant_id, volunteer_id)`` are forced into the assignment
    (``pinned=True``) and consume the volunteer's capacity, *provided the pair is
    feasible*. A pinned pair that breaks a hard rule or is excluded is **not** forced
    (a pin must not override screening, consent, distance or a family's wishes); it is
    reported in ``rejected_pins`` with reason codes and the participant is matched
    normally. Pins are taken in (participant id, volunteer id) order: a second pin for
    the same participant is rejected (``participant_already_pinned``), as is a pin
    beyond the volunteer's capacity (``capacity_used_by_pins``); ids not in the cohort
    give ``unknown_id``.

    **top_k** alternatives per participant: the best other feasible volunteers by
    score, ties by volunteer id, excluding the assigned one. Alternatives may be at
    capacity in the assignment (a coordinator may still prefer a swap).

    **candidate_limit** ``L``: if set, the solver only sees each participant's ``L``
    best feasible volunteers (ties at the cut by volunteer id), and only those pairs
    are kept in memory (``O(n * L)`` instead of ``O(feasible pairs)``). The result
    can fall below the optimum: a participant whose ``L`` favourites are all taken
    stays unmatched even if a lower-ranked volunteer is free. Because volunteers are
    scarce and popular ones appear in many top lists, the loss is large in practice:
    with ``L = 10`` the synthetic cohorts reached 93 % (1000 x 1000) and 77 %
    (5000 x 5000) of the optimal total, and it was not faster (more rows end up on
    long augmenting paths to their dummy column). Use it only as a memory valve;
    ``None`` (the default) is exact and is what the tests compare to brute force.

    **solver**: ``"auto"`` (dense LSA for small/dense slot matrices, sparse LAPJVsp
    otherwise), ``"dense"`` or ``"sparse"``; all exact.

    **progress(fraction, message)** is called a handful of times (not per pair).
    ``today_year`` turns birth years into ages; nothing here reads the clock.
    ``timings`` holds seconds for ``"scores"`` (encoding + hard rules + scoring),
    ``"solve"`` (inside SciPy only) and ``"total"``.
    """
    # The run allocates ~100,000 short-lived lists, dicts and suggestions and makes
    # no reference cycles; the cyclic collector's passes would walk the whole process
    # heap (a worker's Django with it) many times for nothing: ~0.05-0.13 s at 5k.
    with _gc_paused():
        return _run_matching(
            participants,
            volunteers,
            weights=weights,
            today_year=today_year,
            excluded_pairs=excluded_pairs,
            pinned_pairs=pinned_pairs,
            top_k=top_k,
            progress=progress,
            candidate_limit=candidate_limit,
            solver=solver,
        )


@contextmanager
def _gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_matching(
    participants: Sequence[ParticipantIn],
    volunteers: Sequence[VolunteerIn],
    *,
    weights: Mapping[str, float] | None,
    today_year: int,
    excluded_pairs: Iterable[tuple[int, int]],
    pinned_pairs: Iterable[tuple[int, int]],
    top_k: int,
    progress: ProgressCallback | None,
    candidate_limit: int | None,
    solver: str,
) -> MatchingResult:

    t_start = time.perf_counter()
    if top_k < 0:
        raise ValueError("top_k must be >= 0")
    if candidate_limit is not None and candidate_limit < 1:
        raise ValueError("candidate_limit must be >= 1 or None")
    if solver not in ("auto", "dense", "sparse"):
        raise ValueError(f"unknown solver {solver!r} (use 'auto', 'dense' or 'sparse')")
    w = _weights(weights)
    w_vec = np.array([w[c] for c in CRITERIA], dtype=np.float64)
    _check_unique(participants, "participant")
    _check_unique(volunteers, "volunteer")
    if progress is not None:
        progress(0.0, "Preparing matching")
    # Sorting by id makes the whole computation independent of input order.
    ps = sorted(participants, key=lambda x: x.id)
    vs = sorted(volunteers, key=lambda x: x.id)
    excluded_ids = frozenset((int(a), int(b)) for a, b in excluded_pairs)
    pins = sorted({(int(a), int(b)) for a, b in pinned_pairs})

    P, V = _encode(ps, vs, today_year)
    p_pos = {p.id: i for i, p in enumerate(ps)}
    v_pos = {v.id: j for j, v in enumerate(vs)}
    excluded = _pair_keys(excluded_ids, p_pos, v_pos)
    keep_top = max(top_k + 1, candidate_limit or 0)
    scorer = _Scorer(P, V, w_vec)
    scan = _scan(P, V, scorer, excluded, keep_top, candidate_limit is None, progress)
    timings = {"scores": time.perf_counter() - t_start}

    # Candidates sorted per participant by (score desc, volunteer id): the order of the
    # alternatives and of the candidate_limit cut.
    order = np.lexsort((scan.cand_vj, -scan.cand_score, scan.cand_pi))
    c_pi, c_vj, c_sc = scan.cand_pi[order], scan.cand_vj[order], scan.cand_score[order]
    c_start = np.searchsorted(c_pi, np.arange(len(ps) + 1))

    pinned_to, capacity, rejected = _apply_pins(
        pins, ps, vs, P, V, p_pos, v_pos, excluded, excluded_ids, today_year
    )

    if progress is not None:
        progress(0.6, "Solving assignment")
    if candidate_limit is None:
        parts = scan.parts
    else:
        cut = np.arange(len(c_pi)) - c_start[c_pi] < candidate_limit
        parts = [(c_pi[cut], c_vj[cut], c_sc[cut])]
    rr, cc, solve_s, solver_used = _solve(parts, capacity, pinned_to >= 0, solver)
    timings["solve"] = solve_s
    assigned_to = pinned_to.copy()
    assigned_to[rr] = cc

    if progress is not None:
        progress(0.9, "Collecting alternatives")
    # Alternatives: the first top_k candidates of each participant other than the
    # assigned volunteer. At least top_k + 1 candidates per participant were kept, so
    # this is exact.
    keep = c_vj != assigned_to[c_pi]
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    rank = kept_before[1:] - kept_before[c_start[c_pi]]  # 1-based among kept, per row
    alt = keep & (rank <= top_k)
    m_pi = np.flatnonzero(assigned_to >= 0)
    out_pi = np.concatenate((m_pi, c_pi[alt]))
    out_vj = np.concatenate((assigned_to[m_pi], c_vj[alt]))
    ranks = np.concatenate((np.zeros(len(m_pi), dtype=np.int64), rank[alt]))
    pinned = (ranks == 0) & (pinned_to[out_pi] == out_vj)
    # Breakdowns only for reported pairs, by the same vectorised code as the scan.
    crit, scores = _suggestion_parts(scorer, out_pi, out_vj)
    # One constructor call per suggestion on plain Python values (numpy scalars and
    # keyword arguments are slow here, and a 10k cohort has ~40,000 suggestions).
    suggestions = list(
        map(
            Suggestion,
            P.ids[out_pi].tolist(),
            V.ids[out_vj].tolist(),
            scores.tolist(),
            [dict(zip(CRITERIA, row)) for row in crit.T.tolist()],  # noqa: B905 - same length
            ranks.tolist(),
            pinned.tolist(),
        )
    )
    assigned = suggestions[: len(m_pi)]
    alternatives: dict[int, list[Suggestion]] = {p.id: [] for p in ps}
    for sug in suggestions[len(m_pi) :]:  # grouped by participant, in rank order
        alternatives[sug.participant_id].append(sug)
    timings["total"] = time.perf_counter() - t_start
    if progress is not None:
        progress(1.0, "Done")
    return MatchingResult(
        assigned=assigned,
        alternatives=alternatives,
        unmatched=[ps[i].id for i in np.flatnonzero(assigned_to < 0).tolist()],
        total_score=float(sum(s.score for s in assigned)),
        weights=w,
        feasible_pairs=int(scan.n_feasible),
        timings=timings,
        rejected_pins=rejected,
        solver=solver_used,
    )
