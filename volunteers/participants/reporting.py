"""Query functions over participants' records for the reports app: aggregates only,
never a person. Each function runs a fixed number of queries whatever the data size.

Every function takes the period (`start`, `end`, inclusive, None = open) and an
optional municipality (the participant's).
"""

import datetime

from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, Sum
from django.db.models.functions import TruncMonth

from cms.aggregates import Median, between
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    IntroductoryVisit,
    KykyviisariSummary,
    MeetingAttendance,
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


def profile_due(start=None, end=None, today=None):
    """{stage: Q on Participant} of who should have that stage's ESF profile for the
    period: entered in it; exited in it; exited in it four weeks or more ago (the
    follow-up is due four weeks after the exit, so only those whose day has come).

    The reports count with these, and the participant list filters with them, so the
    "profile missing" link opens exactly the people counted."""
    today = today or datetime.date.today()
    entered = between("entry_date", start, end)
    exited = between("exit_date", start, end) & Q(exit_date__isnull=False)
    return {
        ProfileStage.ENTRY: entered,
        ProfileStage.EXIT: exited,
        ProfileStage.FOLLOW_UP: exited & Q(exit_date__lte=today - FOLLOW_UP_AFTER),
    }


def _has_profile(stage, start=None, end=None):
    """Exists(): the participant has the `stage` profile (recorded in the period, if given)."""
    return Exists(
        EsfProfile.objects.filter(
            between("recorded_on", start, end), participant=OuterRef("pk"), stage=stage
        )
    )


def missing_profile(participants, stage, start=None, end=None, today=None):
    """The participants of the queryset `participants` counted by `esf_flow` as missing
    the `stage` profile in the period."""
    return participants.filter(profile_due(start, end, today)[stage], ~_has_profile(stage))


def esf_flow(start=None, end=None, municipality=None, today=None):
    """Entered, exited, due for follow-up and followed up in the period; and how many
    lack the profile they should have. One query.

    "Followed up" counts the follow-up profiles recorded in the period, whenever the
    exit was: a follow-up recorded in January belongs to January's figures."""
    due = profile_due(start, end, today)
    stages = ProfileStage
    return (
        _participants(municipality)
        .annotate(
            has_entry=_has_profile(stages.ENTRY),
            has_exit=_has_profile(stages.EXIT),
            has_follow_up=_has_profile(stages.FOLLOW_UP),
            followed_up_now=_has_profile(stages.FOLLOW_UP, start, end),
        )
        .aggregate(
            entered=Count("pk", filter=due[stages.ENTRY]),
            exited=Count("pk", filter=due[stages.EXIT]),
            follow_up_due=Count("pk", filter=due[stages.FOLLOW_UP]),
            followed_up=Count("pk", filter=Q(followed_up_now=True)),
            missing_entry=Count("pk", filter=due[stages.ENTRY] & Q(has_entry=False)),
            missing_exit=Count("pk", filter=due[stages.EXIT] & Q(has_exit=False)),
            missing_follow_up=Count("pk", filter=due[stages.FOLLOW_UP] & Q(has_follow_up=False)),
        )
    )


def esf_indicators(start=None, end=None, municipality=None):
    """{stage: {field: {value: count}}} of the profiles recorded in the period. One query.

    A blank answer (not recorded) is counted under "".
    """
    profiles = _of_municipality(
        EsfProfile.objects.filter(between("recorded_on", start, end)), municipality
    )
    aggregates = {}
    for stage in ProfileStage.values:
        aggregates[f"{stage}__all"] = Count("pk", filter=Q(stage=stage))
        for field, _label, choices in ESF_INDICATORS:
            for value in [*choices.values, ""]:
                aggregates[f"{stage}__{field}__{value}"] = Count(
                    "pk", filter=Q(stage=stage, **{field: value})
                )
    counts = profiles.aggregate(**aggregates)
    result = {}
    for key, n in counts.items():
        stage, _sep, rest = key.partition("__")
        if rest == "all":
            result.setdefault(stage, {})["all"] = n
            continue
        field, _sep, value = rest.partition("__")
        result.setdefault(stage, {}).setdefault(field, {})[value] = n
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


def attendance_totals(meetings, municipality=None):
    """Mothers reached, visits and children in childcare at the meetings that `meetings`
    (a Q on MeetingAttendance) selects. One query."""
    present = _of_municipality(
        MeetingAttendance.objects.filter(meetings, present=True), municipality
    )
    return present.aggregate(
        mothers=Count("participant", distinct=True),
        visits=Count("pk"),
        children=Sum("children_in_childcare", default=0),
        with_interpreter=Count("pk", filter=Q(interpreter_used=True)),
    )


def interpreter_use_by_language(meetings, municipality=None):
    """{language group of the meeting: visits with an interpreter}. One query."""
    rows = (
        _of_municipality(
            MeetingAttendance.objects.filter(meetings, present=True, interpreter_used=True),
            municipality,
        )
        .order_by()
        .values(language=F("meeting__language_group"))
        .annotate(n=Count("pk"))
    )
    return {row["language"]: row["n"] for row in rows}


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


def participation_by_month(meetings, municipality=None):
    """[(month, mothers present, visits)] over `meetings`. One query."""
    rows = (
        _of_municipality(MeetingAttendance.objects.filter(meetings, present=True), municipality)
        .annotate(month=TruncMonth("meeting__start"))
        .order_by("month")
        .values("month")
        .annotate(mothers=Count("participant", distinct=True), visits=Count("pk"))
    )
    return [(_as_date(row["month"]), row["mothers"], row["visits"]) for row in rows]


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


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
