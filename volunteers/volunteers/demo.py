"""Demo volunteers: ~30 fictional people in every screening state across the five
municipalities. Idempotent (keyed by email); used by `manage.py load_demo_data`."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cms.vocabularies import (
    MATCH_ROLES,
    Availability,
    ConsentPurpose,
    Gender,
    LanguageLevel,
    SpokenLanguage,
    VolunteerRole,
)
from resources.models import Municipality
from resources.models.places import ensure_seed_municipalities
from volunteers.volunteers import demo_activity, demo_helpers
from volunteers.volunteers.eligibility import ROLE_REQUIREMENTS
from volunteers.volunteers.models import (
    HouseholdChild,
    RequirementItem,
    Volunteer,
    VolunteerConsent,
    VolunteerLanguage,
    VolunteerStatus,
    VolunteerStatusEvent,
)

FIRST_NAMES = [
    "Aino", "Eero", "Helmi", "Juha", "Kaarina", "Lauri", "Maija", "Niilo", "Oona", "Pirjo",
    "Riikka", "Sami", "Tuula", "Ulla", "Veikko", "Elsa", "Jussi", "Leena", "Matti", "Sari",
    "Hanna", "Ilkka", "Katja", "Mirja", "Olli", "Päivi", "Reijo", "Satu", "Timo", "Anneli",
    "Amina", "Ali",
]  # fmt: skip
LAST_NAMES = [
    "Äijälä", "Heikkinen", "Korhonen", "Lampela", "Mäkelä", "Niemi", "Ojala", "Pekkala",
    "Rautio", "Salmi", "Tapio", "Vaara",
]  # fmt: skip
INTERESTS = ["luonto", "leivonta", "liikunta", "käsityöt", "musiikki", "kalastus", "lukeminen"]
# The states the demo covers, in proportion: mostly approved so matching has people.
STATES = (
    [VolunteerStatus.APPROVED] * 14
    + [VolunteerStatus.SUBMITTED] * 3
    + [VolunteerStatus.CONFIRMED] * 4
    + [VolunteerStatus.INTERVIEWED] * 3
    + [VolunteerStatus.TRAINED] * 3
    + [VolunteerStatus.REJECTED, VolunteerStatus.WITHDRAWN]
)
_PATH = [
    VolunteerStatus.SUBMITTED,
    VolunteerStatus.CONFIRMED,
    VolunteerStatus.INTERVIEWED,
    VolunteerStatus.TRAINED,
    VolunteerStatus.APPROVED,
]


def _history(volunteer, status, coordinator, when):
    """Status events along the path up to ``status`` (rejected/withdrawn after confirmed)."""
    steps = _PATH[: _PATH.index(status) + 1] if status in _PATH else [*_PATH[:2], status]
    for number, (source, target) in enumerate(zip(steps, steps[1:], strict=False)):
        VolunteerStatusEvent.objects.create(
            volunteer=volunteer,
            from_status=source,
            to_status=target,
            by=None if target == VolunteerStatus.CONFIRMED else coordinator,
            at=when + timedelta(days=7 * (number + 1)),
            reason="demo",
        )


def _create(rng, number, status, municipalities, coordinator, email, first, last):
    roles = rng.sample([role.value for role in MATCH_ROLES], k=rng.choice([1, 1, 2]))
    created = timezone.now() - timedelta(days=rng.randint(0 if status == "submitted" else 40, 300))
    if status == VolunteerStatus.SUBMITTED:
        created = timezone.now() - timedelta(days=rng.randint(0, 3))
    volunteer = Volunteer.objects.create(
        email=email,
        first_name=first,
        last_name=last,
        roles=roles,
        phone=f"+358 40 {1000000 + number:07d}",
        municipality=municipalities[number % len(municipalities)],
        postcode=rng.choice(["", "94100", "95400", "94400", "95200", "95300"]),
        gender=rng.choice(list(Gender.values)),
        max_travel_km=rng.choice([10, 20, 30, 50]),
        adults=rng.choice([1, 2, 2]),
        child_age_min=rng.choice([0, 0, 3]),
        child_age_max=rng.choice([12, 17]),
        availability=rng.sample(list(Availability.values), k=rng.randint(1, 3)),
        meetings_per_month=rng.choice([1, 2, 2, 4]),
        capacity=rng.choice([1, 1, 2]),
        motivation="Haluan tutustua uusiin ihmisiin ja auttaa arjessa.",
        heard_from=rng.choice(["ystävä", "kirjasto", "seurakuntalehti", "Facebook"]),
        status=status,
        created_at=created,
        confirmed_at=None if status == VolunteerStatus.SUBMITTED else created,
        paused=status == VolunteerStatus.APPROVED and number % 9 == 0,
    )
    volunteer.interests.set(rng.sample(INTERESTS, k=2))
    volunteer.save()
    VolunteerLanguage.objects.create(
        volunteer=volunteer, language=SpokenLanguage.FINNISH, level=LanguageLevel.NATIVE
    )
    extra = rng.choice(["en", "sv", "ar", "ru", "so", None])
    if extra:
        VolunteerLanguage.objects.create(
            volunteer=volunteer, language=extra, level=rng.choice(list(LanguageLevel.values))
        )
    for _child in range(rng.randint(0, 3)):
        HouseholdChild.objects.create(volunteer=volunteer, birth_year=rng.randint(2008, 2024))
    for purpose in [ConsentPurpose.PRIVACY_NOTICE, ConsentPurpose.CRIMINAL_RECORD_CHECK]:
        VolunteerConsent.objects.create(
            volunteer=volunteer,
            purpose=purpose,
            given_at=created,
            language="fi",
            privacy_notice_version="2026-01",
        )
    _history(volunteer, status, coordinator, created)
    _requirements(rng, volunteer, status, coordinator)
    return volunteer


def _requirements(rng, volunteer, status, coordinator):
    """Approved volunteers have every requirement, except a few missing one (for the demo)."""
    if status not in (VolunteerStatus.INTERVIEWED, VolunteerStatus.TRAINED, "approved"):
        return
    kinds = {kind for role in volunteer.roles for kind in ROLE_REQUIREMENTS[role]}
    if status == VolunteerStatus.INTERVIEWED:
        kinds = {"interview"}
    elif status == VolunteerStatus.TRAINED:
        kinds = {"interview", "training"}
    elif rng.random() < 0.2:
        kinds.discard("training")
    today = timezone.localdate()
    for kind in sorted(kinds):
        valid_until = today + timedelta(days=rng.choice([20, 200])) if kind == "agreement" else None
        RequirementItem.objects.create(
            volunteer=volunteer,
            kind=kind,
            done_on=today - timedelta(days=rng.randint(5, 90)),
            valid_until=valid_until,
            recorded_by=coordinator,
        )


@transaction.atomic
def load() -> int:
    """Create the demo volunteers that are missing; link the demo user "volunteer"."""
    ensure_seed_municipalities()
    municipalities = list(Municipality.objects.filter(active=True).order_by("name")[:5])
    User = get_user_model()
    coordinator = User.objects.filter(username="coordinator").first()
    rng = random.Random(2026)  # noqa: S311 - fictional demo data only
    created = 0
    for number, status in enumerate(STATES):
        first = FIRST_NAMES[number % len(FIRST_NAMES)]
        last = LAST_NAMES[number % len(LAST_NAMES)]
        email = f"demo.volunteer{number + 1}@example.org"
        if Volunteer.objects.filter(email=email).exists():
            continue
        _create(rng, number, status, municipalities, coordinator, email, first, last)
        created += 1
    demo_user = User.objects.filter(username="volunteer").first()
    if demo_user and not Volunteer.objects.filter(user=demo_user).exists():
        volunteer = _create(
            rng, 99, VolunteerStatus.APPROVED, municipalities, coordinator,
            demo_user.email, demo_user.first_name, demo_user.last_name,
        )  # fmt: skip
        volunteer.roles = [VolunteerRole.GODPARENT]
        volunteer.paused = False
        volunteer.user = demo_user
        volunteer.save()
        kinds = set(ROLE_REQUIREMENTS[VolunteerRole.GODPARENT])
        have = set(volunteer.requirements.values_list("kind", flat=True))
        for kind in sorted(kinds - have):
            RequirementItem.objects.create(
                volunteer=volunteer,
                kind=kind,
                done_on=timezone.localdate() - timedelta(days=10),
                recorded_by=coordinator,
            )
        created += 1
    demo_activity.load(coordinator)
    demo_helpers.load(coordinator)
    return created
