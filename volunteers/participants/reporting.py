"""Query functions over participants' records for the reports app: aggregates only,
never a person. Each function runs a fixed number of queries whatever the data size.

Every function takes the period (`start`, `end`, inclusive, None = open) and an
optional municipality (the participant's).
"""

import datetime

from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, Sum, Value

from cms.aggregates import IdList, Median, between
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    IntroductoryVisit,
    KykyviisariSummary,
    MeetingAttendance,
    MeetingRegistration,
    Participant,
    ParticipantConsent,
    TaskPackageHandout,
)
from volunteers.participants.models.assessments import KYKYVIISARI_SCORES, Phase
from volunteers.participants.models.participants import ConsentPurpose
from volunteers.participants.models.profiles import (
    AgeBand,
    EducationLevel,
    LabourMarketStatus,
    ProfileStage,
    YesNoPreferNot,
)

# The ESF common indicators: (field, label, choices).
ESF_INDICATORS = [
    (name, EsfProfile._meta.get_field(name).verbose_name, choices)
    for name, choices in [
        ("labour_market_status", LabourMarketStatus),
        ("age_band", AgeBand),
        ("education_level", EducationLevel),
        ("foreign_background", YesNoPreferNot),
        ("disability", YesNoPreferNot),
        ("other_disadvantage", YesNoPreferNot),
    ]
]
FOLLOW_UP_AFTER = datetime.timedelta(weeks=4)
# Kykyviisari change buckets: (key, lowest change, highest change).
CHANGE_BUCKETS = [
    ("down2", None, -2),
    ("down1", -1, -1),
    ("same", 0, 0),
    ("up1", 1, 1),
    ("up2", 2, None),
]


def _participants(municipality=None):
    people = Participant.objects.all()
    if municipality is not None:
        people = people.filter(municipality=municipality)
    return people


def _of_municipality(queryset, municipality, prefix="participant__"):
    if municipality is None:
        return queryset
    return queryset.filter(**{f"{prefix}municipality": municipality})


def _prefixed(q, prefix):
    """The Q `q` on Participant, reached from another model through `prefix`."""
    if not prefix:
        return q
    result = Q()
    result.connector, result.negated = q.connector, q.negated
    result.children = [
        _prefixed(child, prefix) if isinstance(child, Q) else (f"{prefix}{child[0]}", child[1])
        for child in q.children
    ]
    return result


def profile_due(start=None, end=None, today=None, prefix=""):
    """{stage: Q on Participant} of who should have that stage's ESF profile for the
    period: entered in it; exited in it; exited in it four weeks or more ago (the
    follow-up is due four weeks after the exit, so only those whose day has come).
    `prefix` reaches the participant from another model ("participant__").

    The reports count with these, and the participant list filters with them, so the
    "profile missing" link opens exactly the people counted."""
    today = today or datetime.date.today()
    entered = between("entry_date", start, end)
    exited = between("exit_date", start, end) & Q(exit_date__isnull=False)
    due = {
        ProfileStage.ENTRY: entered,
        ProfileStage.EXIT: exited,
        ProfileStage.FOLLOW_UP: exited & Q(exit_date__lte=today - FOLLOW_UP_AFTER),
    }
    return {stage: _prefixed(q, prefix) for stage, q in due.items()}


def missing_profile(participants, stage, start=None, end=None, today=None):
    """The participants of the queryset `participants` counted by `esf_flow` as missing
    the `stage` profile in the period."""
    has_profile = Exists(EsfProfile.objects.filter(participant=OuterRef("pk"), stage=stage))
    return participants.filter(profile_due(start, end, today)[stage], ~has_profile)


def esf_flow(start=None, end=None, municipality=None, today=None):
    """Entered, exited, due for follow-up and followed up in the period; and how many
    lack the profile they should have. Two queries, neither with a subquery per person.

    "Followed up" counts the follow-up profiles recorded in the period, whenever the
    exit was: a follow-up recorded in January belongs to January's figures."""
    stages = ProfileStage
    due = profile_due(start, end, today)
    people = _participants(municipality).aggregate(
        entered=Count("pk", filter=due[stages.ENTRY]),
        exited=Count("pk", filter=due[stages.EXIT]),
        follow_up_due=Count("pk", filter=due[stages.FOLLOW_UP]),
    )
    # A participant has at most one profile per stage (a unique constraint), so
    # counting profiles counts people.
    of_due = profile_due(start, end, today, prefix="participant__")
    have = _of_municipality(EsfProfile.objects.all(), municipality).aggregate(
        entry=Count("pk", filter=Q(stage=stages.ENTRY) & of_due[stages.ENTRY]),
        exit=Count("pk", filter=Q(stage=stages.EXIT) & of_due[stages.EXIT]),
        follow_up=Count("pk", filter=Q(stage=stages.FOLLOW_UP) & of_due[stages.FOLLOW_UP]),
        followed_up=Count(
            "pk", filter=Q(stage=stages.FOLLOW_UP) & between("recorded_on", start, end)
        ),
    )
    return {
        **people,
        "followed_up": have["followed_up"],
        "missing_entry": people["entered"] - have["entry"],
        "missing_exit": people["exited"] - have["exit"],
        "missing_follow_up": people["follow_up_due"] - have["follow_up"],
    }


def esf_indicators(start=None, end=None, municipality=None):
    """{stage: {field: {value: count}}} of the profiles recorded in the period. One query:
    a UNION of one GROUP BY per indicator (cheaper than a hundred filtered counts).

    A blank answer (not recorded) is counted under "".
    """
    profiles = _of_municipality(
        EsfProfile.objects.filter(between("recorded_on", start, end)), municipality
    ).order_by()
    parts = [
        profiles.values("stage", answer=F(field))
        .annotate(n=Count("pk"))
        .annotate(field=Value(field))
        .values_list("stage", "field", "answer", "n")
        for field, _label, _choices in ESF_INDICATORS
    ]
    result = {
        stage: {
            field: dict.fromkeys([*choices.values, ""], 0)
            for field, _label, choices in ESF_INDICATORS
        }
        for stage in ProfileStage.values
    }
    for stage, field, answer, n in parts[0].union(*parts[1:], all=True):
        counts = result[stage][field]
        counts[answer] = counts.get(answer, 0) + n
    for fields in result.values():
        # Every profile answers each indicator once (blank included): any field's sum.
        fields["all"] = sum(fields[ESF_INDICATORS[0][0]].values())
    return result


def exit_reasons(start=None, end=None, municipality=None):
    """{exit reason: participants who exited for it in the period}. One query."""
    rows = (
        _participants(municipality)
        .filter(between("exit_date", start, end), exit_date__isnull=False)
        .order_by()
        .values("exit_reason")
        .annotate(n=Count("pk"))
    )
    return {row["exit_reason"]: row["n"] for row in rows}


def interpreted_languages(meetings, municipality=None):
    """{(meeting page id, language): visits} of the visits to `meetings` made with an
    interpreter by mothers whose open registration for the meeting named the
    interpreter's language.

    Attendance and registrations of a meeting are both kept on its source copy (see
    attendance.py and registrations.py), so a registration is matched on the same
    page. Counted from the registrations' side with EXISTS, which the database runs as
    one hash semi-join: a lookup per interpreted visit inside the attendance query
    (a correlated subquery) cost a third of a second at 400 000 visits."""
    interpreted_visit = MeetingAttendance.objects.filter(
        meeting=OuterRef("meeting"),
        participant=OuterRef("participant"),
        present=True,
        interpreter_used=True,
    )
    rows = (
        _of_municipality(MeetingRegistration.objects.filter(meeting__in=meetings), municipality)
        .exclude(status=MeetingRegistration.Status.CANCELLED)
        .exclude(interpreter_language="")
        .filter(Exists(interpreted_visit))
        .order_by()
        .values("meeting", "interpreter_language")
        .annotate(n=Count("pk"))
        .values_list("meeting", "interpreter_language", "n")
    )
    return {(meeting, language): n for meeting, language, n in rows}


def attendance_summary(meetings, month_and_language, municipality=None):
    """Who came to the theme meetings `meetings` (a queryset of meeting page ids, every
    translation of a meeting included): {"mothers", "visits", "children",
    "with_interpreter", "interpreters": {language: visits}, "months": {month: (mothers,
    visits)}}. A mother is counted once however many meetings (or months) she came to.

    "interpreters" counts the visits with an interpreter by the language interpreted:
    the one the mother's registration asked for (`interpreted_languages`), else the
    meeting's language group.

    Two queries: the database sums each meeting's attendance and lists its mothers;
    the rows (one per meeting page) are then combined by month and language with
    `month_and_language` ({page id: (month, language group)}). A join of every
    attendance row to its meeting, sorted for each distinct count, cost seconds at
    400 000 rows; this costs one pass over the rows."""
    rows = (
        _of_municipality(
            MeetingAttendance.objects.filter(meeting__in=meetings, present=True), municipality
        )
        .order_by()
        .values("meeting")
        .annotate(
            visits=Count("pk"),
            children=Sum("children_in_childcare"),
            interpreted=Count("pk", filter=Q(interpreter_used=True)),
            mothers=IdList("participant"),
        )
        .values_list("meeting", "visits", "children", "interpreted", "mothers")
    )
    by_registration = interpreted_languages(meetings, municipality)
    named = {}  # per meeting page: visits whose interpreter's language a registration named
    for (meeting, _language), n in by_registration.items():
        named[meeting] = named.get(meeting, 0) + n
    everyone, by_month, visits_by_month, interpreters = set(), {}, {}, {}
    result = {"visits": 0, "children": 0, "with_interpreter": 0}
    for meeting, visits, children, interpreted, mothers in rows:
        month, group = month_and_language[meeting]
        result["visits"] += visits
        result["children"] += children
        result["with_interpreter"] += interpreted
        unnamed = interpreted - named.get(meeting, 0)
        if unnamed:
            interpreters[group] = interpreters.get(group, 0) + unnamed
        everyone.update(mothers)
        by_month.setdefault(month, set()).update(mothers)
        visits_by_month[month] = visits_by_month.get(month, 0) + visits
    for (_meeting, language), n in by_registration.items():
        interpreters[language] = interpreters.get(language, 0) + n
    return {
        **result,
        "mothers": len(everyone),
        "interpreters": interpreters,
        "months": {m: (len(by_month[m]), visits_by_month[m]) for m in sorted(by_month)},
    }


def visits(start=None, end=None, municipality=None):
    """Home visits, introductory visits and task packages: {kind: (count, mothers)}.

    One query per kind (three in all).
    """
    result = {}
    for key, model in (
        ("home_visits", HomeVisit),
        ("introductory_visits", IntroductoryVisit),
        ("task_packages", TaskPackageHandout),
    ):
        row = _of_municipality(
            model.objects.filter(between("date", start, end)), municipality
        ).aggregate(n=Count("pk"), mothers=Count("participant", distinct=True))
        result[key] = (row["n"], row["mothers"])
    return result


def kykyviisari_change(start=None, end=None, municipality=None):
    """Change from start to end per dimension, only for participants with both
    measurements and a Kykyviisari consent in force now. One query.

    The period selects the end measurement's date. Returns
    {dimension: {"n": people, "median": change, bucket key: people}}.
    """
    consent = ParticipantConsent.objects.current().filter(
        participant=OuterRef("participant"), purpose=ConsentPurpose.KYKYVIISARI
    )
    # The start measurement as a join, not a subquery: the change of each dimension is
    # read by several aggregates, and PostgreSQL would run a subquery once for each.
    ends = (
        _of_municipality(
            KykyviisariSummary.objects.filter(between("date", start, end), phase=Phase.END),
            municipality,
        )
        .alias(
            first=FilteredRelation(
                "participant__kykyviisari",
                condition=Q(participant__kykyviisari__phase=Phase.START),
            )
        )
        .filter(Exists(consent), first__isnull=False)
        .annotate(
            **{
                f"change_{name}": F(name) - F(f"first__{name}")
                for name, _label in KYKYVIISARI_SCORES
            }
        )
    )
    aggregates = {}
    for name, _label in KYKYVIISARI_SCORES:
        change = f"change_{name}"
        aggregates[f"{name}__n"] = Count("pk", filter=Q(**{f"{change}__isnull": False}))
        aggregates[f"{name}__median"] = Median(change)
        for key, low, high in CHANGE_BUCKETS:
            q = Q(**{f"{change}__isnull": False})
            if low is not None:
                q &= Q(**{f"{change}__gte": low})
            if high is not None:
                q &= Q(**{f"{change}__lte": high})
            aggregates[f"{name}__{key}"] = Count("pk", filter=q)
    result = {}
    for key, value in ends.aggregate(**aggregates).items():
        name, _sep, part = key.partition("__")
        result.setdefault(name, {})[part] = value
    return result
