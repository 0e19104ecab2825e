"""Read the cohort from the database into the plain dataclasses of matching.py.

A handful of queries whatever the cohort size: people with their languages,
children, requirements and interests prefetched, open matches counted in SQL.
"""

import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, TextField
from django.db.models.functions import Cast, TruncDate
from django.utils import timezone

from cms.vocabularies import ConsentPurpose, Gender
from volunteers.matching.engine.algorithm import ParticipantIn, VolunteerIn
from volunteers.matching.models import Match, PairRule
from volunteers.participants.models import (
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantInterestTag,
    ParticipantLanguage,
)
from volunteers.volunteers.eligibility import eligible_roles
from volunteers.volunteers.models import (
    RequirementItem,
    Volunteer,
    VolunteerConsent,
    VolunteerLanguage,
    VolunteerStatus,
    VolunteerTag,
)


@dataclass
class Cohort:
    participants: list[ParticipantIn]
    volunteers: list[VolunteerIn]
    excluded_pairs: frozenset[tuple[int, int]]
    pinned_pairs: frozenset[tuple[int, int]]
    today: date

    def fingerprint(self) -> tuple:
        """Everything that decides the result, in a stable order (for the input hash).

        Sets are written sorted: a set's own order follows the string-hash seed, which
        differs between worker processes, and the same cohort must hash alike in all.
        """
        return (
            tuple(_canonical(p) for p in sorted(self.participants, key=lambda p: p.id)),
            tuple(_canonical(v) for v in sorted(self.volunteers, key=lambda v: v.id)),
            tuple(sorted(self.excluded_pairs)),
            tuple(sorted(self.pinned_pairs)),
            self.today.isoformat(),
        )


def _canonical(person) -> tuple:
    return tuple(map(_plain, vars(person).values()))


def _plain(value):
    """Sets and dicts as sorted tuples; other values as they are."""
    kind = type(value)
    if kind is dict:
        return tuple(sorted(value.items()))
    if kind is frozenset or kind is set:
        return tuple(sorted(value))
    return value


def interest_words(names) -> frozenset[str]:
    """Interest tags compared case-insensitively: ["Luonto"] meets ["luonto"]."""
    return frozenset(name.strip().casefold() for name in names if name.strip())


def _grouped(rows) -> dict:
    """[(owner_id, *values)] -> {owner_id: [values, ...]} (a value alone if just one)."""
    grouped = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row[1] if len(row) == 2 else row[1:])
    return grouped


def _codes_text(field: str) -> Cast:
    """A list-of-codes JSON field read as its text, for :func:`_codes`."""
    return Cast(field, output_field=TextField())


@functools.cache
def _codes(text: str | None) -> frozenset[str]:
    """The codes of a JSON list, decoded once per distinct text: a cohort has a few
    dozen distinct lists (["weekdays", "evenings"]) in thousands of rows, and the JSON
    field would decode each row's own copy."""
    return frozenset(json.loads(text)) if text else frozenset()


# Why flat values() queries instead of prefetch_related: the related managers of
# modelcluster and taggit build a queryset per person, which made loading 5,000
# people take seconds. Plain rows grouped in Python take a fraction of that.


def load_participants(today: date) -> list[ParticipantIn]:
    """Matchable participants who wish for support and have no open match in the role
    they wish for (a family with a support family may still get a godparent)."""
    open_in_wished_role = Match.objects.filter(
        participant=OuterRef("pk"), role=OuterRef("wished_role"), status__in=Match.OPEN_STATUSES
    )
    queryset = (
        Participant.objects.matchable().exclude(wished_role="").exclude(Exists(open_in_wished_role))
    )
    ids = queryset.values("pk")
    languages = _grouped(
        ParticipantLanguage.objects.filter(participant__in=ids).values_list(
            "participant_id", "language", "level"
        )
    )
    children = _grouped(
        ParticipantChild.objects.filter(participant__in=ids).values_list(
            "participant_id", "birth_year"
        )
    )
    consent_dates = _grouped(
        ParticipantConsent.objects.current()
        .filter(participant__in=ids, purpose=ConsentPurpose.MATCHING)
        # The date in the site's time zone, as timezone.localdate() gives it.
        .values_list("participant_id", TruncDate("given_at"))
    )
    rows = queryset.order_by("pk").values_list(
        "pk",
        "wished_role",
        "municipality__latitude",
        "municipality__longitude",
        "interpreter_arranged",
        _codes_text("wishes"),
        _codes_text("availability"),
        "entry_date",
    )
    interests = _grouped(
        ParticipantInterestTag.objects.filter(content_object__in=ids).values_list(
            "content_object_id", "tag__name"
        )
    )
    participants = []
    for pk, role, lat, lon, interpreter, wishes, availability, entry in rows:
        # She has waited since she entered or since she agreed to matching, if later.
        waiting_since = max([entry, *consent_dates.get(pk, [])])
        participants.append(
            ParticipantIn(
                id=pk,
                role=role,
                lat=float(lat),
                lon=float(lon),
                languages=dict(languages.get(pk, [])),
                interpreter_arranged=interpreter,
                children_birth_years=tuple(children.get(pk, [])),
                wishes=_codes(wishes),
                interests=interest_words(interests.get(pk, [])),
                availability=_codes(availability),
                waiting_days=max(0, (today - waiting_since).days),
            )
        )
    return participants


def load_volunteers(today: date) -> list[VolunteerIn]:
    """Approved, unpaused, consenting volunteers with room for another family."""
    consenting = VolunteerConsent.objects.filter(
        volunteer=OuterRef("pk"),
        purpose=ConsentPurpose.PRIVACY_NOTICE,
        withdrawn_at__isnull=True,
    )
    queryset = (
        Volunteer.objects.filter(status=VolunteerStatus.APPROVED, paused=False, capacity__gt=0)
        .filter(Exists(consenting))
        .annotate(open_matches=Count("matches", filter=Q(matches__status__in=Match.OPEN_STATUSES)))
    )
    ids = Volunteer.objects.filter(
        status=VolunteerStatus.APPROVED, paused=False, capacity__gt=0
    ).values("pk")
    languages = _grouped(
        VolunteerLanguage.objects.filter(volunteer__in=ids).values_list(
            "volunteer_id", "language", "level"
        )
    )
    requirements = _grouped(
        RequirementItem.objects.filter(volunteer__in=ids).values_list(
            "volunteer_id", "kind", "done_on", "valid_until"
        )
    )
    interests = _grouped(
        VolunteerTag.objects.filter(content_object__in=ids).values_list(
            "content_object_id", "tag__name"
        )
    )
    rows = queryset.order_by("pk").values_list(
        "pk",
        _codes_text("roles"),
        "status",
        "municipality__latitude",
        "municipality__longitude",
        "max_travel_km",
        "gender",
        "child_age_min",
        "child_age_max",
        _codes_text("availability"),
        "capacity",
        "open_matches",
    )
    volunteers = []
    for (
        pk, roles, status, lat, lon, max_km, gender, age_min, age_max, availability, capacity,
        open_matches,
    ) in rows:  # fmt: skip
        capacity_left = capacity - open_matches
        if capacity_left <= 0:
            continue
        roles = _codes(roles)
        volunteers.append(
            VolunteerIn(
                id=pk,
                roles=roles,
                eligible_roles=eligible_roles(
                    roles=roles,
                    status=status,
                    paused=False,
                    items=requirements.get(pk, []),
                    today=today,
                ),
                lat=float(lat),
                lon=float(lon),
                max_travel_km=float(max_km),
                languages=dict(languages.get(pk, [])),
                is_woman=gender == Gender.WOMAN,
                child_age_min=age_min,
                child_age_max=age_max,
                interests=interest_words(interests.get(pk, [])),
                availability=_codes(availability),
                capacity_left=capacity_left,
            )
        )
    return volunteers


def load_pair_rules() -> tuple[frozenset, frozenset]:
    """Open pins and exclusions (rejections count as exclusions)."""
    excluded, pinned = set(), set()
    for participant_id, volunteer_id, kind in PairRule.objects.filter(
        cleared_at__isnull=True
    ).values_list("participant_id", "volunteer_id", "kind"):
        (pinned if kind == PairRule.Kind.PIN else excluded).add((participant_id, volunteer_id))
    return frozenset(excluded), frozenset(pinned)


def load_cohort(today: date | None = None) -> Cohort:
    today = today or timezone.localdate()
    excluded, pinned = load_pair_rules()
    return Cohort(
        participants=load_participants(today),
        volunteers=load_volunteers(today),
        excluded_pairs=excluded,
        pinned_pairs=pinned,
        today=today,
    )
