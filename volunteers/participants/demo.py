"""Demo participants: 40 fictional mothers across the Sea Lapland municipalities,
with languages, children, consents, theme meetings with attendance and childcare,
assessments at two phases and a few visits. Idempotent; fictional people only."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from cms.vocabularies import (
    MATCH_ROLES,
    Availability,
    ConsentPurpose,
    LanguageLevel,
    SpokenLanguage,
    Wish,
)
from resources.models import MeetingIndexPage, Municipality, ThemeMeetingPage, Venue
from resources.models.places import ensure_seed_municipalities
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    InitialAssessment,
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
    IntroductoryVisit,
    KykyviisariSummary,
    MeetingAttendance,
    Participant,
    ParticipantChild,
    ParticipantConsent,
    ParticipantLanguage,
)
from volunteers.participants.models.assessments import KYKYVIISARI_SCORES
from volunteers.participants.models.participants import (
    ExitReason,
    ReachedVia,
    SpouseInvolvement,
    start_of_day,
)
from volunteers.participants.models.profiles import EducationLevel, LabourMarketStatus

# (language, how many, first names, surnames). Fictional names, any script.
LANGUAGE_GROUPS = [
    (
        "ar",
        12,
        [
            "Amal",
            "Fatima",
            "Huda",
            "Layla",
            "Mariam",
            "Noor",
            "Rania",
            "Salma",
            "سارة",
            "هدى",
            "Yasmin",
            "Zainab",
        ],
        ["Haddad", "Khalil", "Nasser", "Saleh"],
    ),
    (
        "so",
        8,
        ["Amina", "Faadumo", "Hodan", "Ifrah", "Khadra", "Nimco", "Sahra", "Ubah"],
        ["Abdi", "Warsame", "Hassan", "Farah"],
    ),
    (
        "ru",
        6,
        ["Anna", "Irina", "Natalja", "Olga", "Svetlana", "Татьяна"],
        ["Ivanova", "Petrova", "Smirnova"],
    ),
    (
        "uk",
        5,
        ["Kateryna", "Oksana", "Olena", "Юлія", "Iryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko"],
    ),
    ("prs", 4, ["Farzana", "Mahbooba", "Parwana", "Shabnam"], ["Ahmadi", "Rahimi"]),
    ("ti", 3, ["Helen", "Selam", "Tsega"], ["Tesfaye", "Gebremedhin"]),
    ("th", 2, ["Kanya", "Malee"], ["Äijälä", "Niskanen"]),
]

QUESTIONS = [
    ("Mikä arjessa sujuu hyvin?", ""),
    ("Missä asioissa toivot tukea?", "Esimerkiksi talous, terveys, lasten päivähoito."),
    ("Keitä läheisiä sinulla on Suomessa?", ""),
    ("Mitä haluaisit oppia tai tehdä seuraavan vuoden aikana?", ""),
    ("Miten haluat, että sinuun otetaan yhteyttä?", ""),
]

MEETINGS = [
    # (slug, title, weeks ago (negative = ahead), language group, venue index)
    ("talous-ja-kela", "Kotitalouden raha-asiat ja Kela", 6, "ar", 0),
    ("neuvola-ja-terveys", "Neuvola ja lasten terveys", 5, "so", 1),
    ("varhaiskasvatus", "Varhaiskasvatus ja koulu", 4, "ar", 0),
    ("tyo-ja-opiskelu", "Työ- ja opiskelupolut", 3, "ru", 1),
    ("hyvinvointi", "Hyvinvointi ja jaksaminen", 2, "so", 0),
    ("suomen-kieli-arjessa", "Suomen kieli arjessa", 1, "ar", 1),
    ("luonto-ja-vuodenajat", "Luonto ja vuodenajat", 0, "uk", 0),
]

VENUES = [
    ("Perhetalo Majakka (demo)", "Kemi", "Esimerkkikatu 5, 94100 Kemi"),
    ("Kohtaamispaikka Pooki (demo)", "Tornio", "Kauppakatu 2, 95400 Tornio"),
]

GOALS = [
    "Haluaa oppia suomea ja löytää harrastuksen lapsille.",
    "Tarvitsee tukea Kela-asioissa ja kotitalouden raha-asioissa.",
    "Toivoo ystävää ja tietoa päiväkodista.",
    "Haluaa opiskella lähihoitajaksi.",
    "Yksinäisyys; toivoo kummia, joka tutustuttaa lähiseutuun.",
]
NEEDS = ["talous", "suomen kieli", "yksinäisyys", "terveys", "varhaiskasvatus", "työ"]


def _meeting_pages(home_page):
    """Past theme meetings to record attendance for.

    The content demo makes the upcoming meetings; attendance needs past ones, so
    these are made beside them, found by slug so that running twice creates nothing.
    """
    index = MeetingIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = MeetingIndexPage(title="Teematapaamiset", slug="teematapaamiset")
        home_page.add_child(instance=index)
        index.save_revision().publish()
    venues = [
        Venue.objects.get_or_create(name=name, defaults={"municipality": town, "address": address})[
            0
        ]
        for name, town, address in VENUES
    ]
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    meetings = []
    for slug, title, weeks_ago, language, venue_index in MEETINGS:
        page = ThemeMeetingPage.objects.child_of(index).filter(slug=slug).first()
        if page is None:
            day = monday - datetime.timedelta(weeks=weeks_ago) + datetime.timedelta(days=2)
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(13, 0)))
            page = ThemeMeetingPage(
                title=title,
                slug=slug,
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=venues[venue_index],
                language_group=language,
                childcare_places=8,
            )
            index.add_child(instance=page)
            page.save_revision().publish()
        meetings.append(page)
    return meetings


def _questions():
    questions = []
    for order, (text, help_text) in enumerate(QUESTIONS):
        question, _created = InitialAssessmentQuestion.objects.get_or_create(
            text=text, defaults={"help_text": help_text, "sort_order": order}
        )
        questions.append(question)
    return questions


def _participant(rng, index, language, first, last, municipalities, workers, today):
    """One participant with her household, languages and consents (created once)."""
    participant = Participant.objects.filter(first_name=first, last_name=last).first()
    if participant is not None:
        return participant, False
    entry = today - datetime.timedelta(days=rng.randint(20, 600))
    exited = index % 7 == 6
    # Built in this order so the random choices stay those of earlier demos.
    fields = dict(
        first_name=first,
        last_name=last,
        phone=f"+358 40 555 {index:04d}",
        municipality=municipalities[index % len(municipalities)],
        postcode=rng.choice(["94100", "94200", "95400", "94400", "95200", "95300"]),
        needs_interpreter=language not in ("ru", "th") and rng.random() < 0.6,
        spouse_involvement=rng.choice(SpouseInvolvement.values),
        goals=rng.choice(GOALS),
        interests=rng.choice(["käsityöt", "ulkoilu", "ruoanlaitto", "liikunta", "lukeminen"]),
        wished_role=rng.choice([*(role.value for role in MATCH_ROLES), ""]),
        wishes=[Wish.WOMEN_ONLY] if rng.random() < 0.4 else [],
        availability=rng.sample(Availability.values, rng.randint(1, 2)),
        reached_via=rng.choice(ReachedVia.values),
        entry_date=entry,
        exit_date=today - datetime.timedelta(days=rng.randint(1, 15)) if exited else None,
        exit_reason=rng.choice(ExitReason.values) if exited else "",
        worker=workers[index % len(workers)],
    )
    interest = fields.pop("interests")
    participant = Participant.objects.create(**fields)
    participant.interests.add(interest)
    participant.interpreter_arranged = participant.needs_interpreter and rng.random() < 0.5
    participant.needs.add(*rng.sample(NEEDS, 2))
    participant.save()
    ParticipantLanguage.objects.create(
        participant=participant, language=language, level=LanguageLevel.NATIVE
    )
    if rng.random() < 0.6:
        ParticipantLanguage.objects.create(
            participant=participant, language=SpokenLanguage.FINNISH, level=LanguageLevel.BASIC
        )
    if rng.random() < 0.3:
        ParticipantLanguage.objects.create(
            participant=participant, language=SpokenLanguage.ENGLISH, level=LanguageLevel.FLUENT
        )
    for _child in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
        ParticipantChild.objects.create(
            participant=participant, birth_year=today.year - rng.randint(0, 14)
        )
    purposes = [ConsentPurpose.RECORDS, ConsentPurpose.MATCHING, ConsentPurpose.KYKYVIISARI]
    if rng.random() < 0.3:
        purposes.append(ConsentPurpose.PHOTOS)
    for purpose in purposes:
        if purpose == ConsentPurpose.MATCHING and index % 5 == 4:
            continue  # some have not consented to matching
        ParticipantConsent.objects.create(
            participant=participant,
            purpose=purpose,
            given_at=start_of_day(entry),
            language=language,
            withdrawn_at=timezone.now()
            if purpose == ConsentPurpose.PHOTOS and index % 4 == 0
            else None,
        )
    return participant, True


def _records(rng, participant, questions, meetings, today):
    """Assessments at two phases, visits and attendance for a new participant."""
    assessment = InitialAssessment.objects.create(
        participant=participant, date=participant.entry_date, done_by=participant.worker
    )
    InitialAssessmentAnswer.objects.bulk_create(
        InitialAssessmentAnswer(assessment=assessment, question=question, answer=rng.choice(GOALS))
        for question in questions[:3]
    )
    start_scores = {name: rng.randint(3, 7) for name, _label in KYKYVIISARI_SCORES}
    KykyviisariSummary.objects.create(
        participant=participant, phase="start", date=participant.entry_date, **start_scores
    )
    middle_date = participant.entry_date + datetime.timedelta(days=180)
    if middle_date <= today:
        KykyviisariSummary.objects.create(
            participant=participant,
            phase="middle",
            date=middle_date,
            **{name: min(10, max(0, v + rng.randint(-1, 3))) for name, v in start_scores.items()},
        )
    if participant.exit_date:
        # The end measurement, so the outcomes report has changes to show.
        KykyviisariSummary.objects.create(
            participant=participant,
            phase="end",
            date=participant.exit_date,
            **{name: min(10, max(0, v + rng.randint(-1, 3))) for name, v in start_scores.items()},
        )
    _esf_profiles(rng, participant)
    HomeVisit.objects.create(
        participant=participant,
        date=participant.entry_date + datetime.timedelta(days=7),
        worker=participant.worker,
        topics=rng.choice(["Kela-hakemus", "päiväkotihaku", "kodin turvallisuus"]),
    )
    if rng.random() < 0.4:
        IntroductoryVisit.objects.create(
            participant=participant,
            place=rng.choice(["kirjasto", "uimahalli", "TE-toimisto", "Kela"]),
            date=participant.entry_date + datetime.timedelta(days=30),
            who_went="ohjaaja ja vapaaehtoinen",
        )
    language_codes = set(participant.language_codes())
    for meeting in meetings:
        day = timezone.localdate(meeting.start)
        active = participant.entry_date <= day and (
            participant.exit_date is None or participant.exit_date > day
        )
        if day < today and active and meeting.language_group in language_codes:
            present = rng.random() < 0.75
            MeetingAttendance.objects.create(
                meeting=meeting,
                participant=participant,
                present=present,
                children_in_childcare=min(participant.children.count(), 2) if present else 0,
                interpreter_used=present and participant.needs_interpreter,
                recorded_by=participant.worker,
            )


def _esf_profiles(rng, participant):
    """The ESF entry profile, and the exit profile of those who have left."""
    stages = [("entry", participant.entry_date)]
    if participant.exit_date:
        stages.append(("exit", participant.exit_date))
    for stage, day in stages:
        EsfProfile.objects.create(
            participant=participant,
            stage=stage,
            recorded_on=day,
            labour_market_status=rng.choice(LabourMarketStatus.values),
            age_band=rng.choice(["under_25", "25_54", "25_54", "prefer_not"]),
            education_level=rng.choice(EducationLevel.values),
            foreign_background="yes",
            disability=rng.choice(["no", "no", "no", "prefer_not"]),
            other_disadvantage=rng.choice(["yes", "no", "prefer_not"]),
        )


def load(home_page):
    """Create the demo participants and their records (only those missing)."""
    ensure_seed_municipalities()
    User = get_user_model()
    workers = list(
        User.objects.filter(username__in=["worker", "coordinator"]).order_by("-username")
    )
    # The project worker holds most of the caseload; the coordinator the rest.
    workers = [workers[0], workers[0], workers[1]] if len(workers) == 2 else workers or [None]
    municipalities = list(
        Municipality.objects.filter(
            name__in=["Kemi", "Tornio", "Keminmaa", "Simo", "Tervola"]
        ).order_by("name")
    )
    meetings = _meeting_pages(home_page)
    questions = _questions()
    today = timezone.localdate()
    rng = random.Random(2026)  # the same people on every machine
    index = 0
    for language, count, first_names, surnames in LANGUAGE_GROUPS:
        for number in range(count):
            first = first_names[number % len(first_names)]
            last = surnames[number % len(surnames)]
            participant, created = _participant(
                rng, index, language, first, last, municipalities, workers, today
            )
            if created:
                _records(rng, participant, questions, meetings, today)
            index += 1
