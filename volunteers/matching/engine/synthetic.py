"""Seeded synthetic cohorts for the matching algorithm (benchmarks and tests).

Pure Python (``random.Random``), no Django and no clock reads: the same
``(n_participants, n_volunteers, seed, today_year)`` always gives the same cohort.

The mix is meant to look like Meri-Lappi (Kemi-Tornio region) rather than uniform
noise, because the algorithm's speed depends on how many pairs survive the hard rules:

* homes are jittered around five municipality centres weighted by population, so
  most pairs inside a town are in range and most across the region are not;
* volunteers are mostly native Finnish speakers, some with English, Swedish, Russian
  or Arabic; participants speak Arabic, Somali, Russian, Sorani, Dari/Persian,
  Tigrinya or Ukrainian, usually with some basic Finnish;
* 5-15 % of participants have an interpreter arranged, ~30 % wish for a woman
  volunteer, most volunteers are women;
* capacities are 1-3 families, a few people are inactive or have not consented.

Nothing here encodes religion or ethnicity; languages are recorded only because they
are needed to communicate.
"""

from __future__ import annotations

import math
import random

from volunteers.matching.engine.algorithm import ParticipantIn, VolunteerIn

# name -> (lat, lon, population weight, jitter sd in km). Rural municipalities are
# spread out more than the towns.
MUNICIPALITIES: dict[str, tuple[float, float, float, float]] = {
    "Kemi": (65.7363, 24.5637, 20.0, 2.5),
    "Tornio": (65.8481, 24.1466, 21.0, 3.0),
    "Keminmaa": (65.8019, 24.5440, 8.0, 4.0),
    "Simo": (65.6622, 25.0625, 3.0, 7.0),
    "Tervola": (66.0836, 24.8103, 3.0, 9.0),
}

ROLES = ("support_family", "godparent", "friend")
AVAILABILITY = ("weekdays", "evenings", "weekends")
INTERESTS = (
    "cooking",
    "baking",
    "outdoors",
    "nature",
    "crafts",
    "handicrafts",
    "music",
    "sports",
    "swimming",
    "reading",
    "library",
    "language_practice",
    "parenting",
    "gardening",
    "games",
)

# Participants' first languages (share of cohort) and typical second languages.
_PARTICIPANT_NATIVE = (
    ("ar", 0.25),
    ("uk", 0.18),
    ("so", 0.15),
    ("ru", 0.12),
    ("fa", 0.12),
    ("ckb", 0.10),
    ("ti", 0.08),
)
_CHILD_RANGES = (((0, 6), 3), ((0, 12), 3), ((0, 17), 3), ((3, 15), 2), ((6, 17), 1), ((0, 3), 1))
_TRAVEL_KM = ((5.0, 2), (10.0, 4), (15.0, 3), (20.0, 3), (30.0, 2), (50.0, 1))


def _weighted(rng: random.Random, options):
    values = [o for o, _ in options]
    weights = [w for _, w in options]
    return rng.choices(values, weights=weights, k=1)[0]


def _home(rng: random.Random) -> tuple[float, float]:
    names = list(MUNICIPALITIES)
    lat0, lon0, _, sd_km = MUNICIPALITIES[
        rng.choices(names, weights=[MUNICIPALITIES[n][2] for n in names], k=1)[0]
    ]
    # 1 degree of latitude is ~111 km; a degree of longitude shrinks with cos(lat).
    dlat = rng.gauss(0.0, sd_km) / 111.0
    dlon = rng.gauss(0.0, sd_km) / (111.0 * math.cos(math.radians(lat0)))
    return round(lat0 + dlat, 5), round(lon0 + dlon, 5)


def _subset(rng: random.Random, pool, k_min: int, k_max: int) -> frozenset[str]:
    return frozenset(rng.sample(pool, rng.randint(k_min, k_max)))


def _availability(rng: random.Random, p_empty: float) -> frozenset[str]:
    if rng.random() < p_empty:
        return frozenset()
    return _subset(rng, AVAILABILITY, 1, 3)


def _participant_languages(rng: random.Random) -> dict[str, int]:
    native = _weighted(rng, _PARTICIPANT_NATIVE)
    langs = {native: 3}
    r = rng.random()
    if r < 0.15:
        langs["fi"] = 2
    elif r < 0.75:
        langs["fi"] = 1
    r = rng.random()
    if r < 0.10:
        langs["en"] = 2
    elif r < 0.35:
        langs["en"] = 1
    if native == "uk" and rng.random() < 0.6:
        langs["ru"] = 2
    if native == "ckb" and rng.random() < 0.3:
        langs["ar"] = 1
    if native in ("so", "ti") and rng.random() < 0.2:
        langs["ar"] = 1
    return langs


def _volunteer_languages(rng: random.Random) -> dict[str, int]:
    r = rng.random()
    if r < 0.90:
        langs = {"fi": 3}
    elif r < 0.93:
        langs = {"sv": 3, "fi": 2}
    elif r < 0.97:
        langs = {"ru": 3, "fi": 2}
    else:
        langs = {"ar": 3, "fi": 2}
    r = rng.random()
    if r < 0.60:
        langs.setdefault("en", 2)
    elif r < 0.80:
        langs.setdefault("en", 1)
    if rng.random() < 0.30:
        langs.setdefault("sv", 1)
    if rng.random() < 0.05:
        langs.setdefault("ru", 1)
    if rng.random() < 0.02:
        langs.setdefault("ar", 1)
    return langs


def make_participant(rng: random.Random, pid: int, today_year: int) -> ParticipantIn:
    """One synthetic participant (a mother looking for support)."""
    lat, lon = _home(rng)
    n_children = _weighted(rng, ((0, 1), (1, 4), (2, 3), (3, 2), (4, 1)))
    children = tuple(sorted(today_year - rng.randint(0, 15) for _ in range(n_children)))
    wishes = {"women_only"} if rng.random() < 0.30 else set()
    return ParticipantIn(
        id=pid,
        role=_weighted(rng, (("friend", 5), ("godparent", 3), ("support_family", 2))),
        lat=lat,
        lon=lon,
        languages=_participant_languages(rng),
        interpreter_arranged=rng.random() < 0.10,
        children_birth_years=children,
        wishes=frozenset(wishes),
        interests=_subset(rng, INTERESTS, 0, 4),
        availability=_availability(rng, 0.05),
        waiting_days=min(int(rng.expovariate(1 / 90)), 720),
        active=rng.random() < 0.97,
        consents=rng.random() < 0.97,
    )


def make_volunteer(rng: random.Random, vid: int) -> VolunteerIn:
    """One synthetic volunteer, with screening leaving some roles not yet eligible."""
    lat, lon = _home(rng)
    roles = set(_subset(rng, ROLES, 1, 2))
    eligible = set(roles)
    # Screening is still in progress for some: a missing training or, for the roles
    # alone with children, a criminal-record extract not yet seen.
    if rng.random() < 0.15:
        eligible.discard(rng.choice(sorted(roles)))
    if "support_family" in eligible and rng.random() < 0.10:
        eligible.discard("support_family")
    age_min, age_max = _weighted(rng, _CHILD_RANGES)
    return VolunteerIn(
        id=vid,
        roles=frozenset(roles),
        eligible_roles=frozenset(eligible),
        lat=lat,
        lon=lon,
        max_travel_km=_weighted(rng, _TRAVEL_KM),
        languages=_volunteer_languages(rng),
        is_woman=rng.random() < 0.80,
        child_age_min=age_min,
        child_age_max=age_max,
        interests=_subset(rng, INTERESTS, 0, 5),
        availability=_availability(rng, 0.0),
        capacity_left=_weighted(rng, ((1, 6), (2, 3), (3, 1))),
        active=rng.random() < 0.97,
        consents=rng.random() < 0.97,
    )


def make_cohort(
    n_participants: int, n_volunteers: int, seed: int = 0, *, today_year: int = 2025
) -> tuple[list[ParticipantIn], list[VolunteerIn]]:
    """Return ``(participants, volunteers)`` with ids ``1..n`` and ``1..m``.

    Deterministic for a given ``seed`` and ``today_year`` (children's birth years are
    drawn relative to ``today_year`` so ages stay in 0-15 whatever year it is).
    """
    rng = random.Random(seed)
    participants = [make_participant(rng, i + 1, today_year) for i in range(n_participants)]
    volunteers = [make_volunteer(rng, j + 1) for j in range(n_volunteers)]
    return participants, volunteers
