"""Write a synthetic cohort (matching_synthetic.make_cohort) into the database.

For `manage.py bench_matching`, which times the whole task including its database
reads and writes. Bulk inserts only; fictional people with generated names.
"""

import dataclasses
import datetime
import math

from taggit.models import Tag

from cms.vocabularies import ConsentPurpose
from resources.models import Municipality
from volunteers.participants.models import (
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantInterestTag,
    ParticipantLanguage,
)
from volunteers.participants.models.participants import start_of_day
from volunteers.volunteers.eligibility import ROLE_REQUIREMENTS
from volunteers.volunteers.models import (
    RequirementItem,
    Volunteer,
    VolunteerConsent,
    VolunteerLanguage,
    VolunteerStatus,
    VolunteerTag,
)

BATCH = 2000


def _nearest_municipality(municipalities, lat, lon):
    # The database knows municipalities, not coordinates of homes: put each person in
    # the nearest one (flat-earth distance is plenty at this scale).
    return min(
        municipalities,
        key=lambda m: (
            (float(m.latitude) - lat) ** 2
            + ((float(m.longitude) - lon) * math.cos(math.radians(lat))) ** 2
        ),
    )


def as_stored(participants, volunteers, municipalities=None):
    """The synthetic cohort as the database keeps it, so that the pure algorithm and
    the full task (which reads it back) see the same people.

    The generator jitters homes around town centres and draws eligible roles freely;
    the database keeps only a municipality (its centre is where she "lives" for
    matching) and derives eligibility from the requirements done. Without this the
    benchmark's two figures came from two different cohorts: the full task matched
    894 of 1,000 where the algorithm matched 875.
    """
    municipalities = municipalities or list(Municipality.objects.all())

    def centre(person):
        place = _nearest_municipality(municipalities, person.lat, person.lon)
        return {"lat": float(place.latitude), "lon": float(place.longitude)}

    def eligible(volunteer):
        done = _requirements_done(volunteer)
        return frozenset(r for r in volunteer.roles if set(ROLE_REQUIREMENTS[r]) <= done)

    return (
        [dataclasses.replace(p, **centre(p)) for p in participants],
        [dataclasses.replace(v, **centre(v), eligible_roles=eligible(v)) for v in volunteers],
    )


def _requirements_done(volunteer) -> set[str]:
    """The screening steps insert_cohort records: those of the roles she is eligible for."""
    return {kind for role in volunteer.eligible_roles for kind in ROLE_REQUIREMENTS[role]}


def insert_cohort(participants, volunteers, today: datetime.date) -> None:
    """Insert the dataclass cohort as Volunteer and Participant rows (ids are new)."""
    municipalities = list(Municipality.objects.all())
    tags = {}
    for name in sorted({i for person in [*volunteers, *participants] for i in person.interests}):
        tags[name], _ = Tag.objects.get_or_create(name=name, defaults={"slug": name})

    volunteer_rows = [
        Volunteer(
            roles=sorted(v.roles),
            first_name=f"Bench{v.id}",
            last_name="Volunteer",
            email=f"bench-volunteer-{v.id}@example.invalid",
            municipality=_nearest_municipality(municipalities, v.lat, v.lon),
            gender="woman" if v.is_woman else "man",
            max_travel_km=int(v.max_travel_km),
            child_age_min=v.child_age_min,
            child_age_max=v.child_age_max,
            availability=sorted(v.availability),
            capacity=v.capacity_left,
            status=VolunteerStatus.APPROVED if v.active else VolunteerStatus.TRAINED,
        )
        for v in volunteers
    ]
    Volunteer.objects.bulk_create(volunteer_rows, batch_size=BATCH)
    languages, requirements, consents, tagged = [], [], [], []
    for row, v in zip(volunteer_rows, volunteers, strict=True):
        languages += [
            VolunteerLanguage(volunteer=row, language=code, level=level)
            for code, level in v.languages.items()
        ]
        kinds = _requirements_done(v)
        requirements += [
            RequirementItem(volunteer=row, kind=kind, done_on=today - datetime.timedelta(days=30))
            for kind in sorted(kinds)
        ]
        if v.consents:
            consents.append(
                VolunteerConsent(
                    volunteer=row,
                    purpose=ConsentPurpose.PRIVACY_NOTICE,
                    language="fi",
                    privacy_notice_version="bench",
                )
            )
        tagged += [VolunteerTag(content_object=row, tag=tags[name]) for name in v.interests]
    VolunteerLanguage.objects.bulk_create(languages, batch_size=BATCH)
    RequirementItem.objects.bulk_create(requirements, batch_size=BATCH)
    VolunteerConsent.objects.bulk_create(consents, batch_size=BATCH)
    VolunteerTag.objects.bulk_create(tagged, batch_size=BATCH)

    participant_rows = [
        Participant(
            first_name=f"Bench{p.id}",
            municipality=_nearest_municipality(municipalities, p.lat, p.lon),
            interpreter_arranged=p.interpreter_arranged,
            needs_interpreter=p.interpreter_arranged,
            wished_role=p.role,
            wishes=sorted(p.wishes),
            availability=sorted(p.availability),
            entry_date=today - datetime.timedelta(days=p.waiting_days),
            exit_date=None if p.active else today - datetime.timedelta(days=1),
        )
        for p in participants
    ]
    Participant.objects.bulk_create(participant_rows, batch_size=BATCH)
    languages, children, consents, tagged = [], [], [], []
    for row, p in zip(participant_rows, participants, strict=True):
        languages += [
            ParticipantLanguage(participant=row, language=code, level=level)
            for code, level in p.languages.items()
        ]
        children += [
            ParticipantChild(participant=row, birth_year=y) for y in p.children_birth_years
        ]
        if p.consents:
            consents.append(
                ParticipantConsent(
                    participant=row,
                    purpose=ConsentPurpose.MATCHING,
                    given_at=start_of_day(row.entry_date),
                    language="fi",
                )
            )
        tagged += [
            ParticipantInterestTag(content_object=row, tag=tags[name]) for name in p.interests
        ]
    ParticipantLanguage.objects.bulk_create(languages, batch_size=BATCH)
    ParticipantChild.objects.bulk_create(children, batch_size=BATCH)
    ParticipantConsent.objects.bulk_create(consents, batch_size=BATCH)
    ParticipantInterestTag.objects.bulk_create(tagged, batch_size=BATCH)
