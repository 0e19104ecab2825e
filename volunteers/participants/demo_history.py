"""Two years of demo activity for the reports: theme meetings at every venue with
attendance, childcare and interpreters (a plain-Finnish group with registrations
naming each mother's interpreter language); home and introductory visits; task packages;
and former participants with entry, exit and follow-up profiles and Kykyviisari
measurements. Fictional people only; the plan is in demo_content/history.yaml.

Idempotent: the meetings are found by slug, the former participants by name, and the
records are made only with the meetings or people created in the same run. Meetings
are created live without revisions and the rows in bulk, so loading stays quick.
"""

import datetime
import random
from functools import cache
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils import timezone

from cms.vocabularies import LanguageLevel
from resources.models import (
    Language,
    MeetingIndexPage,
    Municipality,
    ThemeMeetingPage,
    ThemePackagePage,
    Venue,
)
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    IntroductoryVisit,
    KykyviisariSummary,
    MeetingAttendance,
    MeetingRegistration,
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantLanguage,
    TaskPackageHandout,
)
from volunteers.participants.models.assessments import KYKYVIISARI_SCORES
from volunteers.participants.models.participants import start_of_day
from volunteers.participants.models.profiles import EducationLevel, LabourMarketStatus
from volunteers.participants.reporting import FOLLOW_UP_AFTER

PLAN_FILE = Path(__file__).parent / "demo_content" / "history.yaml"
# Languages whose meetings have an interpreter (the others are run in the language).
INTERPRETED = {"ar", "so", "prs", "ti"}
EXIT_STATUS = {
    "work_or_study": [LabourMarketStatus.EMPLOYED, LabourMarketStatus.IN_EDUCATION],
    "completed": [LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.IN_EDUCATION],
}


@cache
def plan():
    return yaml.safe_load(PLAN_FILE.read_text(encoding="utf-8"))


def load(home_page, today=None):
    """Add what is missing; returns the number of meetings created."""
    today = today or timezone.localdate()
    index = MeetingIndexPage.objects.child_of(home_page).order_by("path").first()
    if index is None:
        return 0
    rng = random.Random(2024)  # the same history on every machine
    workers = _workers()
    former = [_former(rng, spec, today, workers) for spec in plan()["former"]]
    created = _meetings(index, today)
    if created:
        people = _people()
        _attendance(rng, created, people, today)
        _visits(rng, people, today, workers)
    for participant in (p for p, is_new in former if is_new):
        _former_records(rng, participant, today)
    return len(created)


def _workers():
    users = list(get_user_model().objects.filter(username__in=["worker", "coordinator"]))
    return users or [None]


# Meetings -------------------------------------------------------------------------------


def _meetings(index, today):
    """Past meetings of every series, two years back; returns those created now, each
    with its series: [(page, series)]."""
    spec = plan()
    venues = {
        v.name: v for v in Venue.objects.filter(name__in=[s["venue"] for s in spec["series"]])
    }
    packages = list(ThemePackagePage.objects.filter(locale__language_code="fi").order_by("path"))
    languages = Language.ensure_all()
    existing = set(ThemeMeetingPage.objects.child_of(index).values_list("slug", flat=True))
    weeks = spec["weeks_between"]
    rounds = spec["years"] * 52 // weeks
    monday = today - datetime.timedelta(days=today.weekday())
    created = []
    for s, series in enumerate(spec["series"]):
        venue = venues.get(series["venue"])
        if venue is None:
            continue
        for n in range(rounds):
            slug = f"historia-{s + 1}-{n + 1}"
            day = (
                monday
                - datetime.timedelta(weeks=weeks * (rounds - n) + s)
                + datetime.timedelta(days=series["weekday"])
            )
            if slug in existing or day >= today:
                continue
            language = series["language_groups"][n % len(series["language_groups"])]
            package = packages[(n * len(spec["series"]) + s) % len(packages)] if packages else None
            start = timezone.make_aware(
                datetime.datetime.combine(day, datetime.time(series["hour"]))
            )
            page = ThemeMeetingPage(
                title=package.title if package else f"Teematapaaminen {n + 1}",
                slug=slug,
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=venue,
                theme_package=package,
                language_group=language,
                childcare_places=series["childcare_places"],
                interpreter_languages=[languages[code] for code in _interpreters(series, language)],
            )
            index.add_child(instance=page)
            created.append((page, series))
    return created


def _interpreters(series, language):
    """The interpreter languages booked for a meeting of the series in `language`."""
    if series.get("open_to_all"):
        return series["interpreters"]
    return [language] if language in INTERPRETED else []


# Participants ----------------------------------------------------------------------------


def _people():
    """Every participant with her first language and number of children (two queries)."""
    native = dict(
        ParticipantLanguage.objects.filter(level=LanguageLevel.NATIVE).values_list(
            "participant", "language"
        )
    )
    return [
        {
            "participant": p,
            "language": native.get(p.pk),
            "children": p.child_count,
        }
        for p in Participant.objects.annotate(child_count=Count("children")).order_by("pk")
    ]


def _active(participant, day):
    return participant.entry_date <= day and (
        participant.exit_date is None or participant.exit_date > day
    )


def _attendance(rng, meetings, people, today):
    rows, handouts, registrations = [], [], []
    for meeting, series in meetings:
        day = timezone.localdate(meeting.start)
        places = meeting.childcare_places
        interpreters = _interpreters(series, meeting.language_group)
        for person in people:
            participant = person["participant"]
            if not _active(participant, day):
                continue
            if series.get("open_to_all"):
                # A quarter of the mothers come to the open group, registered in advance.
                if rng.random() >= 0.25:
                    continue
                interpreter = person["language"] if participant.needs_interpreter else ""
                interpreter = interpreter if interpreter in interpreters else ""
                registrations.append(
                    MeetingRegistration(
                        meeting=meeting,
                        participant=participant,
                        interpreter_language=interpreter,
                        registered_by=participant.worker,
                    )
                )
            elif person["language"] == meeting.language_group:
                interpreter = meeting.language_group if participant.needs_interpreter else ""
                interpreter = interpreter if interpreter in interpreters else ""
            else:
                continue
            present = rng.random() < 0.75
            children = min(person["children"], 2, places) if present else 0
            places -= children
            rows.append(
                MeetingAttendance(
                    meeting=meeting,
                    participant=participant,
                    present=present,
                    children_in_childcare=children,
                    interpreter_used=present and bool(interpreter),
                    recorded_by=participant.worker,
                )
            )
            if present and meeting.theme_package_id and rng.random() < 0.4:
                handouts.append(
                    TaskPackageHandout(
                        participant=participant, package_id=meeting.theme_package_id, date=day
                    )
                )
    MeetingAttendance.objects.bulk_create(rows, ignore_conflicts=True)
    MeetingRegistration.objects.bulk_create(registrations, ignore_conflicts=True)
    TaskPackageHandout.objects.bulk_create(handouts)


def _visits(rng, people, today, workers):
    """A home visit every three months or so, and an introductory visit now and then."""
    spec = plan()
    home_visits, outings = [], []
    for person in people:
        participant = person["participant"]
        last = participant.exit_date or today
        day = participant.entry_date + datetime.timedelta(days=rng.randint(60, 100))
        while day < last:
            home_visits.append(
                HomeVisit(
                    participant=participant,
                    date=day,
                    worker=participant.worker or rng.choice(workers),
                    topics=rng.choice(spec["home_visit_topics"]),
                )
            )
            if rng.random() < 0.5:
                outings.append(
                    IntroductoryVisit(
                        participant=participant,
                        place=rng.choice(spec["introductory_places"]),
                        date=day + datetime.timedelta(days=14),
                        who_went="ohjaaja ja vapaaehtoinen",
                    )
                )
            day += datetime.timedelta(days=rng.randint(70, 120))
    HomeVisit.objects.bulk_create(home_visits)
    IntroductoryVisit.objects.bulk_create(o for o in outings if o.date < today)


def _former(rng, spec, today, workers):
    """(participant, created now) for one former participant of the plan."""
    existing = Participant.objects.filter(
        first_name=spec["first_name"], last_name=spec["last_name"]
    ).first()
    if existing is not None:
        return existing, False
    participant = Participant.objects.create(
        first_name=spec["first_name"],
        last_name=spec["last_name"],
        municipality=Municipality.objects.get(name=spec["municipality"]),
        needs_interpreter=spec["language"] in INTERPRETED,
        entry_date=today - datetime.timedelta(weeks=spec["entered_weeks_ago"]),
        exit_date=today - datetime.timedelta(weeks=spec["exited_weeks_ago"]),
        exit_reason=spec["exit_reason"],
        worker=rng.choice(workers),
    )
    ParticipantLanguage.objects.create(
        participant=participant, language=spec["language"], level=LanguageLevel.NATIVE
    )
    ParticipantChild.objects.bulk_create(
        ParticipantChild(participant=participant, birth_year=today.year - rng.randint(0, 10))
        for _child in range(rng.randint(0, 3))
    )
    return participant, True


def _former_records(rng, participant, today):
    given = start_of_day(participant.entry_date)
    ParticipantConsent.objects.bulk_create(
        ParticipantConsent(
            participant=participant,
            purpose=purpose,
            given_at=given,
            language=participant.languages.first().language,
            # One mother withdrew her Kykyviisari consent: she is left out of the outcomes.
            withdrawn_at=start_of_day(participant.exit_date)
            if purpose == "kykyviisari" and participant.first_name == "Marwo"
            else None,
        )
        for purpose in ("records", "kykyviisari")
    )
    start = {name: rng.randint(2, 6) for name, _label in KYKYVIISARI_SCORES}
    KykyviisariSummary.objects.bulk_create(
        [
            KykyviisariSummary(
                participant=participant, phase="start", date=participant.entry_date, **start
            ),
            KykyviisariSummary(
                participant=participant,
                phase="end",
                date=participant.exit_date,
                **{name: min(10, max(0, v + rng.randint(-1, 3))) for name, v in start.items()},
            ),
        ]
    )
    entry = {
        "age_band": rng.choice(["under_25", "25_54", "25_54", "prefer_not"]),
        "education_level": rng.choice(EducationLevel.values),
        "foreign_background": "yes",
        "disability": rng.choice(["no", "no", "no", "prefer_not"]),
        "other_disadvantage": rng.choice(["yes", "no", "prefer_not"]),
    }
    statuses = EXIT_STATUS.get(participant.exit_reason, [LabourMarketStatus.INACTIVE])
    profiles = [
        EsfProfile(
            participant=participant,
            stage="entry",
            recorded_on=participant.entry_date,
            labour_market_status=rng.choice(
                [LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.INACTIVE]
            ),
            **entry,
        ),
        EsfProfile(
            participant=participant,
            stage="exit",
            recorded_on=participant.exit_date,
            labour_market_status=rng.choice(statuses),
            **entry,
        ),
    ]
    follow_up = participant.exit_date + FOLLOW_UP_AFTER
    # Most follow-ups are recorded; a few are left for the coordinators to complete.
    if follow_up <= today and rng.random() < 0.8:
        profiles.append(
            EsfProfile(
                participant=participant,
                stage="follow_up",
                recorded_on=min(today, follow_up + datetime.timedelta(days=rng.randint(0, 10))),
                labour_market_status=rng.choice(statuses),
                **entry,
            )
        )
    EsfProfile.objects.bulk_create(profiles)
