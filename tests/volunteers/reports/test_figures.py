"""Report figures against small hand-computed fixtures."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Locale

from resources import reporting as meetings
from tests.factories.participants import ParticipantFactory
from tests.volunteers.reports.conftest import JANUARY
from volunteers.participants import reporting as participants
from volunteers.participants.models import (
    EsfProfile,
    KykyviisariSummary,
    MeetingAttendance,
    ParticipantConsent,
)
from volunteers.participants.models.participants import ConsentPurpose, start_of_day
from volunteers.reports import period, sections
from volunteers.reports.suppression import SECONDARY, SMALL

pytestmark = pytest.mark.django_db
JAN_10 = datetime.date(2026, 1, 10)
TIME = datetime.time(12)


def table(report, key):
    return next(t for t in report.tables if t.key == key)


def row(t, label):
    return next(values for row_label, values in t.rows if str(row_label) == label)


@pytest.fixture
def esf_people(kemi, tornio):
    """Six mothers entered in Kemi in January; five have an entry profile: four
    unemployed, one who preferred not to answer. One more entered in Tornio."""
    people = [ParticipantFactory(municipality=kemi, entry_date=JAN_10) for _ in range(6)]
    for person, status in zip(people, ["unemployed"] * 4 + ["prefer_not"], strict=False):
        EsfProfile.objects.create(
            participant=person,
            stage="entry",
            recorded_on=JAN_10,
            labour_market_status=status,
            age_band="25_54",
        )
    ParticipantFactory(municipality=tornio, entry_date=JAN_10)
    return people


def test_esf_counts_entered_and_missing_profiles(esf_people, january):
    flow = table(sections.esf(january), "esf_flow")
    assert flow.rows[0][1] == [7, SMALL]  # entered: seven, one without a profile


def test_esf_indicator_keeps_prefer_not_to_answer_apart_and_hides_small_groups(
    esf_people, january, english
):
    status = table(sections.esf(january), "esf_labour_market_status")
    entry = {str(label): values[0] for label, values in status.rows}
    assert entry["unemployed"] == SMALL  # a group of four
    assert entry["prefer not to answer"] == SMALL
    assert entry["employed"] == 0
    assert entry["profiles"] == 5


def test_the_municipality_filter_leaves_other_municipalities_out(esf_people, kemi, english):
    flow = table(sections.esf(sections.Filters(JANUARY, kemi)), "esf_flow")
    assert flow.rows[0][1][0] == 6


def test_missing_profiles_link_is_for_coordinators_only(esf_people, january, make_user):
    from cms import roles

    coordinator_view = table(sections.esf(january, make_user(roles.COORDINATORS)), "esf_flow")
    reader_view = table(sections.esf(january, make_user(roles.REPORT_READERS)), "esf_flow")
    assert coordinator_view.links
    assert reader_view.links == []


def _scores(**overrides):
    scores = dict.fromkeys(
        [
            "work_ability",
            "functional_capacity",
            "mental_wellbeing",
            "social_participation",
            "physical_functioning",
            "skills",
            "everyday_life",
        ],
        5,
    )
    return {**scores, **overrides}


@pytest.fixture
def measured(kemi):
    """Six mothers measured at start (all 5) and end (work ability 7), all consenting."""
    people = []
    for _ in range(6):
        person = ParticipantFactory(municipality=kemi, entry_date=datetime.date(2025, 5, 1))
        ParticipantConsent.objects.create(
            participant=person,
            purpose=ConsentPurpose.KYKYVIISARI,
            given_at=start_of_day(datetime.date(2025, 5, 1)),
            language="fi",
        )
        KykyviisariSummary.objects.create(
            participant=person, phase="start", date=datetime.date(2025, 6, 1), **_scores()
        )
        KykyviisariSummary.objects.create(
            participant=person,
            phase="end",
            date=datetime.date(2026, 1, 20),
            **_scores(work_ability=7),
        )
        people.append(person)
    # Measured only at the end: no change to report.
    alone = ParticipantFactory(municipality=kemi)
    KykyviisariSummary.objects.create(
        participant=alone, phase="end", date=datetime.date(2026, 1, 20), **_scores(work_ability=1)
    )
    return people


def test_kykyviisari_change_counts_only_people_with_both_measurements(measured, january, english):
    change = table(sections.outcomes(january), "kykyviisari")
    work = change.rows[0][1]
    # down2, down1, same, up1, up2, people, median
    assert work == [0, 0, 0, 0, 6, 6, 2.0]
    assert change.rows[1][1][2] == 6  # functional capacity: no change for all six


def test_a_withdrawn_consent_takes_her_out_of_the_outcomes(measured, january):
    ParticipantConsent.objects.filter(participant=measured[0]).update(
        withdrawn_at=start_of_day(datetime.date(2026, 1, 25))
    )
    work = table(sections.outcomes(january), "kykyviisari").rows[0][1]
    assert work == [0, 0, 0, 0, 5, 5, 2.0]


def test_outcomes_of_four_people_hide_the_counts_and_the_median(measured, january):
    ParticipantConsent.objects.filter(participant__in=measured[:2]).update(
        withdrawn_at=start_of_day(datetime.date(2026, 1, 25))
    )
    work = table(sections.outcomes(january), "kykyviisari").rows[0][1]
    assert work == [0, 0, 0, 0, SMALL, SMALL, SECONDARY]


@pytest.fixture
def translated_meeting(make_meeting, kemi):
    """One meeting in Finnish, translated into Swedish and English; five mothers at
    the Finnish page and two at the Swedish one, each with a child in childcare."""
    meeting = make_meeting(childcare_places=6)
    pages = [meeting]
    for code in ("sv", "en"):
        copy = meeting.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        )
        copy.save_revision().publish()
        pages.append(copy)
    for page, count in ((pages[0], 5), (pages[1], 2)):
        for _ in range(count):
            MeetingAttendance.objects.create(
                meeting=page,
                participant=ParticipantFactory(municipality=kemi),
                present=True,
                children_in_childcare=1,
            )
    return pages


def test_a_meeting_translated_into_three_languages_is_counted_once(translated_meeting, january):
    report = sections.activity(january)
    assert table(report, "meetings_language").rows[-1][1] == [1]
    assert table(report, "meetings_municipality").rows == [
        ("Kemi", [1]),
        (table(report, "meetings_municipality").rows[-1][0], [1]),
    ]


def test_attendance_adds_up_over_the_translations_of_a_meeting(translated_meeting, january):
    report = sections.activity(january)
    attendance = [values[0] for _label, values in table(report, "attendance").rows]
    assert attendance == [7, 7, 7.0]
    childcare = [values[0] for _label, values in table(report, "childcare").rows]
    assert childcare == [6, 7]  # six places once, not once per translation


@pytest.fixture
def followed_up(kemi):
    """Six mothers who left in November 2025 and were followed up in January 2026;
    one more followed up in December, outside January."""
    for recorded_on in [datetime.date(2026, 1, 5)] * 6 + [datetime.date(2025, 12, 30)]:
        person = ParticipantFactory(
            municipality=kemi,
            entry_date=datetime.date(2025, 3, 1),
            exit_date=datetime.date(2025, 11, 20),
            exit_reason="completed",
        )
        EsfProfile.objects.create(participant=person, stage="follow_up", recorded_on=recorded_on)


def test_esf_counts_those_followed_up_in_the_period_apart(followed_up, january, english):
    flow = table(sections.esf(january), "esf_flow")
    assert row(flow, "entered")[0] == 0
    assert row(flow, "exited")[0] == 0
    assert row(flow, "followed up")[0] == 6
    whole = table(sections.esf(sections.Filters(period.WHOLE_PROJECT)), "esf_flow")
    assert row(whole, "followed up")[0] == 7
    assert row(whole, "exited")[0] == 7


def test_interpreter_use_is_counted_by_language_group(make_meeting, kemi, january, english):
    """Arabic meeting: six present with an interpreter, one without, one absent who had
    one booked. Somali meeting: two with an interpreter (a group under five)."""
    arabic = make_meeting(language_group="ar")
    somali = make_meeting(language_group="so", day=datetime.date(2026, 1, 20))
    for meeting, present, interpreted in [
        *[(arabic, True, True)] * 6,
        (arabic, True, False),
        (arabic, False, True),
        *[(somali, True, True)] * 2,
    ]:
        MeetingAttendance.objects.create(
            meeting=meeting,
            participant=ParticipantFactory(municipality=kemi),
            present=present,
            interpreter_used=interpreted,
        )
    summary = participants.attendance_summary(
        meetings.meeting_pages(**january.args), meetings.month_and_language(**january.args)
    )
    assert summary["interpreters"] == {"ar": 6, "so": 2}
    interpreters = table(sections.activity(january), "interpreters")
    # Two in Somali show as "<5"; the total minus Arabic would give them back, so the
    # Arabic six are hidden too.
    assert row(interpreters, "Somali") == [SMALL]
    assert row(interpreters, "Arabic") == [SECONDARY]
    assert row(interpreters, "total") == [8]


def test_interpreter_use_is_counted_by_the_language_interpreted(
    interpreted_meetings, kemi, january, english
):
    summary = participants.attendance_summary(
        meetings.meeting_pages(**january.args), meetings.month_and_language(**january.args)
    )
    assert summary["interpreters"] == {"ar": 8, "so": 6, "ckb": 2}
    assert summary["with_interpreter"] == 16

    interpreters = table(sections.activity(sections.Filters(JANUARY, kemi)), "interpreters")
    # Sorani two show as "<5"; the total minus the others would give them back, so the
    # smallest other, Somali six, is hidden too.
    assert interpreters.rows == [
        ("Arabic", [7]),
        ("Somali", [SECONDARY]),
        ("Kurdish (Sorani)", [SMALL]),
        ("total", [15]),
    ]
    assert "registration" in interpreters.note


def test_interpreter_languages_are_named_in_the_readers_language(interpreted_meetings, january):
    with translation.override("fi"):
        interpreters = table(sections.activity(january), "interpreters")
    assert [str(label) for label, _values in interpreters.rows] == [
        "arabia",
        "somali",
        "kurdi (sorani)",
        "yhteensä",
    ]


def test_check_ins_on_time_late_and_volunteer_hours(kemi, tornio, january, english):
    """January: six check-ins done within two weeks of the due day, five later, one due
    in February (outside). Hours: Kemi 60 + 90 + 30 min, Tornio 120 min in January."""
    from django.utils import timezone

    from tests.factories.matches import make_match
    from volunteers.matching.models import FollowUpAlert, MeetingLog

    kemi_match = make_match(participant=ParticipantFactory(municipality=kemi))
    tornio_match = make_match(participant=ParticipantFactory(municipality=tornio))
    due = datetime.date(2026, 1, 5)
    for n, days_to_resolve in enumerate([1, 3, 7, 10, 14, 14, 15, 20, 30, 40, 60]):
        FollowUpAlert.objects.create(
            match=kemi_match,
            kind="checkin",
            period=f"checkin-{n}",
            due_on=due,
            resolved_at=timezone.make_aware(
                datetime.datetime.combine(due + datetime.timedelta(days=days_to_resolve), TIME)
            ),
        )
    FollowUpAlert.objects.create(
        match=kemi_match, kind="checkin", period="february", due_on=datetime.date(2026, 2, 2)
    )
    for match, minutes in (
        (kemi_match, 60),
        (kemi_match, 90),
        (kemi_match, 30),
        (tornio_match, 120),
    ):
        MeetingLog.objects.create(
            match=match, date=JAN_10, duration_minutes=minutes, activity="visit"
        )
    report = sections.volunteers(january)
    follow = table(report, "followups")
    assert row(follow, "done on time (within two weeks)") == [6]
    assert row(follow, "done late") == [5]
    assert row(follow, "not done yet") == [0]
    hours = table(report, "hours")
    assert hours.columns[:2] == ["Kemi", "Tornio"]
    assert hours.rows[0] == (datetime.date(2026, 1, 1), [3.0, 2.0, 5.0])
