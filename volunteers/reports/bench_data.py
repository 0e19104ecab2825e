"""A synthetic data set at real scale for `manage.py bench_reports`: bulk inserts of
fictional people over two years of activity. Meetings are pages, so they are added
one by one (Wagtail's tree has no bulk insert); every tenth gets a Swedish translation."""

import datetime
import random
import uuid

from django.utils import timezone
from wagtail.models import Locale, Page

from resources.models import MeetingIndexPage, Municipality, ThemeMeetingPage, Venue
from volunteers.matching.models import FollowUpAlert, Match, MatchEvent, MeetingLog
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    KykyviisariSummary,
    MeetingAttendance,
    MeetingRegistration,
    Participant,
    ParticipantConsent,
)
from volunteers.participants.models.participants import ConsentPurpose, start_of_day
from volunteers.volunteers.models import Volunteer, VolunteerStatusEvent

BATCH = 5000
DAYS = 730
INTERPRETER_LANGUAGES = ["ar", "so", "prs", "ti", "ckb", "uk"]


def _day(rng, first):
    return first + datetime.timedelta(days=rng.randrange(DAYS))


def insert(participants, meetings, attendance, seed=1, today=None):
    rng = random.Random(seed)
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=DAYS)
    places = list(Municipality.objects.all())
    people = []
    for i in range(participants):
        entry = _day(rng, first)
        exited = rng.random() < 0.4
        exit_date = min(today, entry + datetime.timedelta(days=rng.randrange(30, 400)))
        people.append(
            Participant(
                first_name=f"Bench{i}",
                municipality=rng.choice(places),
                entry_date=entry,
                exit_date=exit_date if exited else None,
                exit_reason=rng.choice(["completed", "moved", "own_wish"]) if exited else "",
            )
        )
    people = Participant.objects.bulk_create(people, batch_size=BATCH)
    statuses = ["employed", "unemployed", "inactive", "in_education", "prefer_not", ""]
    profiles = []
    for p in people:
        profiles.append(
            EsfProfile(
                participant=p,
                stage="entry",
                recorded_on=p.entry_date,
                labour_market_status=rng.choice(statuses),
                age_band=rng.choice(["under_25", "25_54", "over_54", "prefer_not"]),
                foreign_background=rng.choice(["yes", "no", "prefer_not"]),
            )
        )
        if p.exit_date and rng.random() < 0.8:
            profiles.append(
                EsfProfile(
                    participant=p,
                    stage="exit",
                    recorded_on=p.exit_date,
                    labour_market_status=rng.choice(statuses),
                )
            )
            if p.exit_date <= today - datetime.timedelta(weeks=4) and rng.random() < 0.7:
                profiles.append(
                    EsfProfile(
                        participant=p,
                        stage="follow_up",
                        recorded_on=p.exit_date + datetime.timedelta(weeks=4),
                        labour_market_status=rng.choice(statuses),
                    )
                )
    EsfProfile.objects.bulk_create(profiles, batch_size=BATCH)
    measured = people[: participants // 4]
    ParticipantConsent.objects.bulk_create(
        [
            ParticipantConsent(
                participant=p,
                purpose=ConsentPurpose.KYKYVIISARI,
                given_at=start_of_day(p.entry_date),
                language="fi",
                withdrawn_at=start_of_day(today) if rng.random() < 0.05 else None,
            )
            for p in measured
        ],
        batch_size=BATCH,
    )
    summaries = []
    for p in measured:
        for phase, date in (("start", p.entry_date), ("end", p.exit_date or today)):
            summaries.append(
                KykyviisariSummary(
                    participant=p,
                    phase=phase,
                    date=date,
                    **{
                        name: rng.randrange(11)
                        for name in ("work_ability", "mental_wellbeing", "skills")
                    },
                )
            )
    KykyviisariSummary.objects.bulk_create(summaries, batch_size=BATCH)
    HomeVisit.objects.bulk_create(
        [
            HomeVisit(participant=rng.choice(people), date=_day(rng, first))
            for _ in range(participants)
        ],
        batch_size=BATCH,
    )

    pages = _meetings(rng, meetings, first, places)
    per_meeting = max(1, attendance // max(1, len(pages)))
    rows, registrations = [], []
    for page in pages:
        for p in rng.sample(people, min(per_meeting, len(people))):
            rows.append(
                MeetingAttendance(
                    meeting=page,
                    participant=p,
                    present=rng.random() < 0.85,
                    children_in_childcare=rng.randrange(3),
                    interpreter_used=rng.random() < 0.2,
                )
            )
            # Most who use an interpreter named its language when registering.
            if rows[-1].interpreter_used and rng.random() < 0.7:
                registrations.append(
                    MeetingRegistration(
                        meeting=page,
                        participant=p,
                        interpreter_language=rng.choice(INTERPRETER_LANGUAGES),
                    )
                )
        if len(rows) >= BATCH:
            MeetingAttendance.objects.bulk_create(rows)
            rows = []
    MeetingAttendance.objects.bulk_create(rows)
    MeetingRegistration.objects.bulk_create(registrations, batch_size=BATCH)
    _volunteers_and_matches(rng, people, places, first, today)


def _meetings(rng, count, first, places):
    root = Page.objects.filter(depth=2).first() or Page.get_first_root_node()
    index = root.add_child(
        instance=MeetingIndexPage(title="Bench", slug=f"bench-{uuid.uuid4().hex[:8]}")
    )
    venues = [
        Venue.objects.create(name=f"Bench {m.name}", municipality=m.name, address="-")
        for m in places
    ]
    swedish = Locale.objects.filter(language_code="sv").first()
    pages = []
    for i in range(count):
        start = timezone.make_aware(datetime.datetime.combine(_day(rng, first), datetime.time(17)))
        page = index.add_child(
            instance=ThemeMeetingPage(
                title=f"Bench meeting {i}",
                slug=f"m{i}",
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=rng.choice(venues),
                language_group=rng.choice(["ar", "so", "ru", "fi", "uk"]),
                childcare_places=rng.randrange(10),
            )
        )
        pages.append(page)
        if swedish and i % 10 == 0:
            translation = index.add_child(
                instance=ThemeMeetingPage(
                    title=f"Bench möte {i}",
                    slug=f"m{i}-sv",
                    locale=swedish,
                    translation_key=page.translation_key,
                    start=start,
                    end=page.end,
                    venue=page.venue,
                    language_group=page.language_group,
                    childcare_places=page.childcare_places,
                )
            )
            pages.append(translation)
    return pages


def _volunteers_and_matches(rng, people, places, first, today):
    count = max(10, len(people) // 10)
    now = timezone.now()
    volunteers = Volunteer.objects.bulk_create(
        [
            Volunteer(
                roles=["godparent"],
                first_name=f"Bench{i}",
                last_name="Volunteer",
                email=f"bench-report-{uuid.uuid4().hex}@example.invalid",
                municipality=rng.choice(places),
                status=rng.choice(["submitted", "confirmed", "approved", "approved"]),
                created_at=now - datetime.timedelta(days=rng.randrange(DAYS)),
            )
            for i in range(count)
        ],
        batch_size=BATCH,
    )
    for v in volunteers:
        if v.status != "submitted":
            v.confirmed_at = v.created_at + datetime.timedelta(days=rng.randrange(1, 5))
    Volunteer.objects.bulk_update(volunteers, ["confirmed_at"], batch_size=BATCH)
    approved = [v for v in volunteers if v.status == "approved"]
    VolunteerStatusEvent.objects.bulk_create(
        [
            VolunteerStatusEvent(
                volunteer=v,
                from_status="trained",
                to_status="approved",
                at=v.confirmed_at + datetime.timedelta(days=rng.randrange(7, 60)),
            )
            for v in approved
        ],
        batch_size=BATCH,
    )
    matches = Match.objects.bulk_create(
        [
            Match(
                participant=p,
                volunteer=rng.choice(approved),
                status=rng.choice(["active", "ended"]),
                introduced_on=_day(rng, first),
            )
            for p in rng.sample(people, min(len(people) // 5, len(people)))
            if approved
        ],
        batch_size=BATCH,
    )
    for m in matches:
        if m.status == "ended":
            m.ended_on = min(
                today, m.introduced_on + datetime.timedelta(days=rng.randrange(30, 500))
            )
            m.end_reason = rng.choice(["completed", "moved_away", "family_wish"])
    Match.objects.bulk_update(matches, ["ended_on", "end_reason"], batch_size=BATCH)
    MatchEvent.objects.bulk_create(
        [MatchEvent(match=m, from_status="introduced", to_status="active") for m in matches],
        batch_size=BATCH,
    )
    MeetingLog.objects.bulk_create(
        [
            MeetingLog(
                match=m,
                date=_day(rng, first),
                duration_minutes=rng.choice([30, 60, 90, 120]),
                activity="visit",
            )
            for m in matches
            for _ in range(5)
        ],
        batch_size=BATCH,
    )
    FollowUpAlert.objects.bulk_create(
        [
            FollowUpAlert(
                match=m,
                kind="checkin",
                period=f"checkin-{n}",
                due_on=_day(rng, first),
                resolved_at=now if rng.random() < 0.7 else None,
            )
            for m in matches
            for n in range(2)
        ],
        batch_size=BATCH,
    )
