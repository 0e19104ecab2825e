"""Read the cohort from the database into the plain dataclasses of matching.py.

A handful of queries whatever the cohort size: people with their languages,
children, requirements and interests prefetched, open matches counted in SQL.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from .eligibility import missing_requirements
from .matching import ParticipantIn, VolunteerIn
from .models import (
    Match,
    PairRule,
    Participant,
    ParticipantConsent,
    Volunteer,
    VolunteerConsent,
    VolunteerStatus,
)
from .models.consents import ConsentPurpose as VolunteerConsentPurpose
from .models.participants import ConsentPurpose as ParticipantConsentPurpose


@dataclass
class Cohort:
    participants: list[ParticipantIn]
    volunteers: list[VolunteerIn]
    excluded_pairs: frozenset[tuple[int, int]]
    pinned_pairs: frozenset[tuple[int, int]]
    today: date

    def fingerprint(self) -> tuple:
        """Everything that decides the result, in a stable order (for the input hash)."""

        def canon(person):
            return tuple(
                sorted(
                    (k, tuple(sorted(v.items())) if isinstance(v, dict) else v)
                    for k, v in vars(person).items()
                )
            )

        return (
            tuple(canon(p) for p in sorted(self.participants, key=lambda p: p.id)),
            tuple(canon(v) for v in sorted(self.volunteers, key=lambda v: v.id)),
            tuple(sorted(self.excluded_pairs)),
            tuple(sorted(self.pinned_pairs)),
            self.today.isoformat(),
        )


def interest_words(text_or_names) -> frozenset[str]:
    """Interests compared case-insensitively: "Luonto, leivonta" == {"luonto", "leivonta"}."""
    if isinstance(text_or_names, str):
        text_or_names = re.split(r"[,;\n]+", text_or_names)
    return frozenset(word.strip().casefold() for word in text_or_names if word.strip())


def _waiting_since(participant) -> date:
    consents = [c.given_on for c in participant.matching_consents]
    return max([participant.entry_date, *consents])


def load_participants(today: date) -> list[ParticipantIn]:
    """Matchable participants who wish for support and have no open match."""
    queryset = (
        Participant.objects.matchable()
        .exclude(wished_role="")
        .exclude(matches__status__in=Match.OPEN_STATUSES)
        .select_related("municipality")
        .prefetch_related(
            "languages",
            "children",
            Prefetch(
                "consents",
                queryset=ParticipantConsent.objects.current().filter(
                    purpose=ParticipantConsentPurpose.MATCHING
                ),
                to_attr="matching_consents",
            ),
        )
        .order_by("pk")
    )
    return [
        ParticipantIn(
            id=p.pk,
            role=p.wished_role,
            lat=float(p.municipality.latitude),
            lon=float(p.municipality.longitude),
            languages={lang.language: lang.level for lang in p.languages.all()},
            interpreter_arranged=p.interpreter_arranged,
            children_birth_years=tuple(child.birth_year for child in p.children.all()),
            wishes=frozenset(p.wishes or []),
            interests=interest_words(p.interests),
            availability=frozenset(p.availability or []),
            waiting_days=max(0, (today - _waiting_since(p)).days),
        )
        for p in queryset
    ]


def load_volunteers(today: date) -> list[VolunteerIn]:
    """Approved, unpaused, consenting volunteers with room for another family."""
    consenting = VolunteerConsent.objects.filter(
        volunteer=OuterRef("pk"),
        purpose=VolunteerConsentPurpose.PRIVACY_NOTICE,
        withdrawn_at__isnull=True,
    )
    queryset = (
        Volunteer.objects.filter(status=VolunteerStatus.APPROVED, paused=False)
        .filter(Exists(consenting))
        .annotate(open_matches=Count("matches", filter=Q(matches__status__in=Match.OPEN_STATUSES)))
        .filter(capacity__gt=0)
        .select_related("municipality")
        .prefetch_related("languages", "requirements", "interests")
        .order_by("pk")
    )
    volunteers = []
    for v in queryset:
        capacity_left = v.capacity - v.open_matches
        if capacity_left <= 0:
            continue
        missing = missing_requirements(
            roles=v.roles,
            status=v.status,
            paused=v.paused,
            items=[(i.kind, i.done_on, i.valid_until) for i in v.requirements.all()],
            today=today,
        )
        volunteers.append(
            VolunteerIn(
                id=v.pk,
                roles=frozenset(v.roles),
                eligible_roles=frozenset(role for role, reasons in missing.items() if not reasons),
                lat=float(v.municipality.latitude),
                lon=float(v.municipality.longitude),
                max_travel_km=float(v.max_travel_km),
                languages={lang.language: lang.level for lang in v.languages.all()},
                is_woman=v.gender == "woman",
                child_age_min=v.child_age_min,
                child_age_max=v.child_age_max,
                interests=interest_words(tag.name for tag in v.interests.all()),
                availability=frozenset(v.availability),
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
