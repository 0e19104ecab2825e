"""The four reports, each a list of tables built from the apps' query functions.

Only aggregates leave this module, and every table of people is suppressed
(`Table.suppressed`) before anyone sees it. The number of queries of each report is
fixed: it does not grow with the data.
"""

import dataclasses
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _

from cms.vocabularies import SpokenLanguage
from resources import reporting as meetings
from volunteers.matching import reporting as matching
from volunteers.matching.models import Match
from volunteers.outreach import reporting as outreach
from volunteers.outreach.models import Referral
from volunteers.participants import reporting as participants
from volunteers.participants.models.assessments import KYKYVIISARI_SCORES
from volunteers.participants.models.participants import ExitReason
from volunteers.participants.models.profiles import ProfileStage
from volunteers.reports.suppression import SECONDARY, THRESHOLD
from volunteers.reports.tables import Table

# Who may follow the link from the missing-profile counts to the records.
RECORDS_PERMISSION = "participants.view_participant"


@dataclass
class Filters:
    period: object  # period.Period
    municipality: object = None  # resources.Municipality or None
    # Figures more than one report shows, computed once per request (the dashboard).
    computed: dict = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def args(self):
        return {"start": self.period.start, "end": self.period.end}

    def once(self, key, compute):
        if key not in self.computed:
            self.computed[key] = compute()
        return self.computed[key]

    def describe(self):
        """[(label, value)] of what the report covers, for every output."""
        return [
            (_("Period"), self.period.label()),
            (_("Municipality"), self.municipality.name if self.municipality else _("all")),
        ]


def _attendance(filters):
    """Attendance at the period's meetings, for Activity and Outcomes alike."""

    def compute():
        place = filters.municipality.name if filters.municipality else None
        return participants.attendance_summary(
            meetings.meeting_pages(municipality_name=place, **filters.args),
            meetings.month_and_language(municipality_name=place, **filters.args),
            filters.municipality,
        )

    return filters.once("attendance", compute)


@dataclass
class Report:
    key: str
    title: str
    tables: list


def _label(choices, value):
    if value == "":
        return _("not recorded")
    return str(dict(choices.choices).get(value, value))


def _days(duration):
    if duration is None:
        return None
    return round(duration.total_seconds() / 86400, 1)


def esf(filters, user=None):
    args, m = filters.args, filters.municipality
    flow = participants.esf_flow(municipality=m, **args)
    indicators = participants.esf_indicators(municipality=m, **args)
    reasons = participants.exit_reasons(municipality=m, **args)

    table = Table(
        "esf_flow",
        _("Entered, exited and followed up"),
        [_("participants"), _("profile missing")],
    )
    table.add(_("entered"), [flow["entered"], flow["missing_entry"]])
    table.add(_("exited"), [flow["exited"], flow["missing_exit"]])
    table.add(
        _("follow-up due (four weeks after exit)"),
        [flow["follow_up_due"], flow["missing_follow_up"]],
    )
    # Each follow-up profile recorded in the period, whenever she exited.
    table.add(_("followed up"), [flow["followed_up"], None])
    if user is not None and user.has_perm(RECORDS_PERMISSION):
        table.links = _missing_profile_links(filters, flow)
    tables = [table]

    stages = list(ProfileStage)
    for field, label, choices in participants.ESF_INDICATORS:
        t = Table(f"esf_{field}", str(label).capitalize(), [str(s.label) for s in stages])
        # "Prefer not to answer" is one of the choices, so it gets its own row.
        for value in [*choices.values, ""]:
            t.add(_label(choices, value), [indicators[s.value][field][value] for s in stages])
        tables.append(t.with_totals(_("profiles")))

    t = Table("esf_exit_reasons", _("Exit reasons"), [_("participants")], chart="bar")
    for value in ExitReason.values:
        t.add(_label(ExitReason, value), [reasons.get(value, 0)])
    tables.append(t.with_totals(_("total")))
    return Report("esf", _("ESF participants"), [t.suppressed() for t in tables])


MISSING_LINKS = [
    ("missing_entry", ProfileStage.ENTRY, gettext_lazy("Who entered without an entry profile")),
    ("missing_exit", ProfileStage.EXIT, gettext_lazy("Who exited without an exit profile")),
    (
        "missing_follow_up",
        ProfileStage.FOLLOW_UP,
        gettext_lazy("Whose follow-up is due without a follow-up profile"),
    ),
]


def _missing_profile_links(filters, flow):
    """Links to the participant list filtered to exactly the people counted as missing
    a profile (the list filters with the same query function as the count)."""
    links = []
    for key, stage, text in MISSING_LINKS:
        if not flow[key]:
            continue
        query = {"missing_profile": stage.value}
        if filters.period.start is not None:
            query["period_start"] = filters.period.start.isoformat()
        if filters.period.end is not None:
            query["period_end"] = filters.period.end.isoformat()
        if filters.municipality is not None:
            query["municipality"] = filters.municipality.pk
        links.append((f"{reverse('participants:index')}?{urlencode(query)}", str(text)))
    return links


def activity(filters, user=None):
    args, m = filters.args, filters.municipality
    place = m.name if m else None
    totals = meetings.meeting_totals(municipality_name=place, **args)
    names = meetings.theme_names(get_language())
    tables = []

    by_theme = meetings.meetings_by("theme_package__theme__slug", municipality_name=place, **args)
    t = Table(
        "meetings_theme", _("Theme meetings by theme"), [_("meetings")], people=False, chart="bar"
    )
    for slug, n in sorted(by_theme.items(), key=lambda item: -item[1]):
        t.add(names.get(slug, slug) if slug else _("no theme"), [n])
    tables.append(t.with_totals(_("total")))

    by_place = meetings.meetings_by("venue__municipality", municipality_name=place, **args)
    t = Table(
        "meetings_municipality",
        _("Theme meetings by municipality"),
        [_("meetings")],
        people=False,
        chart="bar",
    )
    for name, n in sorted(by_place.items()):
        t.add(name, [n])
    tables.append(t.with_totals(_("total")))

    by_language = meetings.meetings_by("language_group", municipality_name=place, **args)
    t = Table(
        "meetings_language",
        _("Theme meetings by language group"),
        [_("meetings")],
        people=False,
        chart="bar",
    )
    for code, n in sorted(by_language.items(), key=lambda item: -item[1]):
        t.add(_label(SpokenLanguage, code), [n])
    tables.append(t.with_totals(_("total")))

    attendance = _attendance(filters)
    visits = attendance["visits"]
    average = (
        round(visits / totals["meetings"], 1)
        if totals["meetings"] and visits >= THRESHOLD
        else None
    )
    t = Table("attendance", _("Attendance"), [_("number")], plain_rows=frozenset({2}))
    t.add(_("different mothers reached"), [attendance["mothers"]])
    t.add(_("visits"), [visits])
    t.add(
        _("average visits per meeting"),
        [average if average is not None or not visits else SECONDARY],
    )
    tables.append(t)

    t = Table("childcare", _("Childcare"), [_("number")], plain_rows=frozenset({0}))
    t.add(_("childcare places offered"), [totals["childcare_places"]])
    t.add(_("children looked after (one per child per meeting)"), [attendance["children"]])
    tables.append(t)

    interpreted = attendance["interpreters"]
    t = Table(
        "interpreters",
        _("Interpreter use by language"),
        [_("visits with an interpreter")],
        chart="bar",
        note=_(
            "Counted by the interpreter language of the mother's registration for the "
            "meeting; without one, by the meeting's language group."
        ),
    )
    for code, n in sorted(interpreted.items(), key=lambda item: -item[1]):
        t.add(_label(SpokenLanguage, code), [n])
    tables.append(t.with_totals(_("total")))

    done = participants.visits(municipality=m, **args)
    t = Table("visits", _("Visits and task packages"), [_("times"), _("different mothers")])
    t.add(_("guidance visits at home"), list(done["home_visits"]))
    t.add(_("introductory visits"), list(done["introductory_visits"]))
    t.add(_("task packages handed out"), list(done["task_packages"]))
    tables.append(t)
    tables.extend(_outreach_tables(filters))
    return Report("activity", _("Activity"), [t.suppressed() for t in tables])


def _outreach_tables(filters):
    """Mothers reached by outreach and how many enrolled, per channel; referrals in and
    out with how many were completed."""
    args, m = filters.args, filters.municipality
    t = Table(
        "outreach",
        _("Outreach: mothers reached and enrolled by place or channel"),
        [_("mothers reached"), _("enrolled")],
        chart="bar",
    )
    for channel, contacts, enrolled in outreach.contacts_by_channel(municipality=m, **args):
        t.add(channel, [contacts, enrolled])
    reached = t.with_totals(_("total"))

    t = Table(
        "referrals",
        _("Referrals with partners"),
        [_("referrals"), pgettext("referral", "completed")],
    )
    counts = outreach.referrals_by_direction(municipality=m, **args)
    for direction in Referral.Direction:
        t.add(direction.label, list(counts[direction.value]))
    if m is not None:
        t.note = _("Only referrals about a participant of the municipality are counted.")
    return [reached, t.with_totals(_("total"))]


def _month_range(months, period):
    """Every month from the period's (or the data's) first to last, so gaps show as zero."""
    if period.start is not None:
        first, last = period.start.replace(day=1), period.end.replace(day=1)
    elif months:
        first, last = min(months), max(months)
    else:
        return []
    result = []
    while first <= last:
        result.append(first)
        first += relativedelta(months=1)
    return result


def _month(value):
    if isinstance(value, datetime.datetime):
        value = value.date()
    return value.replace(day=1)


def volunteers(filters, user=None):
    args, m = filters.args, filters.municipality
    funnel = matching.volunteer_funnel(municipality=m, **args)
    tables = []
    t = Table(
        "funnel",
        _("Volunteers who signed up in the period: the funnel"),
        [_("volunteers"), _("average days from the previous step")],
        chart="funnel",
        plain_columns=frozenset({1}),
    )
    t.add(_("signed up"), [funnel["signed_up"], None])
    t.add(_("confirmed their email"), [funnel["confirmed"], _days(funnel["to_confirm"])])
    t.add(_("approved"), [funnel["approved"], _days(funnel["to_approve"])])
    t.add(_("matched"), [funnel["matched"], _days(funnel["to_match"])])
    t.add(_("active match"), [funnel["active"], _days(funnel["to_active"])])
    tables.append(t)

    hours = matching.hours_by_month_and_municipality(municipality=m, **args)
    places = sorted({name for _month_value, name, _h in hours})
    by_month = {}
    for month_value, name, h in hours:
        by_month.setdefault(_month(month_value), {})[name] = h
    t = Table(
        "hours", _("Volunteer hours by month and municipality"), places, people=False, chart="line"
    )
    if places:
        for month_value in _month_range(list(by_month), filters.period):
            t.add(
                month_value, [round(by_month.get(month_value, {}).get(p, 0.0), 1) for p in places]
            )
        t.with_totals(_("total"), _("total"))
        t.rows = [(label, [round(v, 1) for v in values]) for label, values in t.rows]
    tables.append(t)

    summary = matching.matches_summary(municipality=m, **args)
    t = Table("match_states", _("Matches in the period by state"), [_("matches")], chart="bar")
    for status in Match.Status:
        t.add(str(status.label), [summary["status"][status.value]])
    tables.append(t.with_totals(_("total")))
    t = Table(
        "match_durations", _("Matches ended in the period by duration"), [_("matches")], chart="bar"
    )
    for key, label in DURATION_LABELS.items():
        t.add(str(label), [summary["duration"][key]])
    tables.append(t.with_totals(_("total")))
    t = Table(
        "match_end_reasons", _("Matches ended in the period by reason"), [_("matches")], chart="bar"
    )
    for value in [*Match.EndReason.values, ""]:
        t.add(_label(Match.EndReason, value), [summary["reason"][value]])
    tables.append(t.with_totals(_("total")))

    follow = matching.followups(municipality=m, **args)
    t = Table("followups", _("Check-ins due in the period"), [_("check-ins")], chart="bar")
    t.add(_("done on time (within two weeks)"), [follow["on_time"]])
    t.add(_("done late"), [follow["late"]])
    t.add(_("not done yet"), [follow["open"]])
    tables.append(t.with_totals(_("total")))
    return Report("volunteers", _("Volunteers and matches"), [t.suppressed() for t in tables])


DURATION_LABELS = {
    "under_3m": gettext_lazy("under 3 months"),
    "3_6m": gettext_lazy("3–6 months"),
    "6_12m": gettext_lazy("6–12 months"),
    "over_12m": gettext_lazy("over 12 months"),
}
CHANGE_LABELS = {
    "down2": gettext_lazy("down 2 or more"),
    "down1": gettext_lazy("down 1"),
    "same": gettext_lazy("no change"),
    "up1": gettext_lazy("up 1"),
    "up2": gettext_lazy("up 2 or more"),
}


def outcomes(filters, user=None):
    args, m = filters.args, filters.municipality
    change = participants.kykyviisari_change(municipality=m, **args)
    labels = [str(label) for label in CHANGE_LABELS.values()]
    t = Table(
        "kykyviisari",
        _("Kykyviisari: change from start to end"),
        [*labels, _("people"), _("median change")],
        note=_(
            "Only people with both a start and an end measurement and a Kykyviisari "
            "consent in force; the period selects the end measurement."
        ),
        row_total=True,
        plain_columns=frozenset({len(labels) + 1}),
    )
    for name, label in KYKYVIISARI_SCORES:
        row = change[name]
        median = row["median"] if row["n"] >= THRESHOLD else (SECONDARY if row["n"] else None)
        t.add(str(label).capitalize(), [*(row[key] for key in CHANGE_LABELS), row["n"], median])
    tables = [t]

    monthly = _attendance(filters)["months"]
    t = Table(
        "participation",
        _("Participation per month"),
        [_("different mothers"), _("visits")],
        chart="line",
    )
    for month_value in _month_range(list(monthly), filters.period):
        t.add(month_value, list(monthly.get(month_value, (0, 0))))
    tables.append(t)
    return Report("outcomes", _("Outcomes"), [t.suppressed() for t in tables])


REPORTS = {
    "esf": (gettext_lazy("ESF participants"), esf),
    "activity": (gettext_lazy("Activity"), activity),
    "volunteers": (gettext_lazy("Volunteers and matches"), volunteers),
    "outcomes": (gettext_lazy("Outcomes"), outcomes),
}


def build(key, filters, user=None):
    return REPORTS[key][1](filters, user)
