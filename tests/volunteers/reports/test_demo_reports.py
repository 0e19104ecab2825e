"""The demo data gives every report figures to show (two years across five municipalities)."""

import datetime
import io
from collections import Counter

import pytest
from django.core.management import call_command

from resources import reporting as meetings
from volunteers.participants import reporting as participants
from volunteers.participants.models import MeetingAttendance
from volunteers.reports import period, sections
from volunteers.reports.suppression import Hidden

pytestmark = pytest.mark.django_db


def table(report, key):
    return next(t for t in report.tables if t.key == key)


def shown(value):
    """A number a reader sees (not hidden, not empty)."""
    return isinstance(value, int | float) and not isinstance(value, Hidden) and value > 0


def test_every_report_has_figures_from_the_demo_data(english):
    # One test: loading the demo takes a while.
    call_command("load_demo_data", stdout=io.StringIO())
    whole = sections.Filters(period.WHOLE_PROJECT)
    esf, activity, volunteers, outcomes = (
        sections.build(key, whole) for key in ("esf", "activity", "volunteers", "outcomes")
    )
    flow = dict(table(esf, "esf_flow").rows)
    for label in ("entered", "exited", "followed up"):
        assert shown(flow[label][0]), label

    by_place = dict(table(activity, "meetings_municipality").rows)
    assert {"Kemi", "Tornio", "Keminmaa", "Simo", "Tervola"} <= set(by_place)
    assert by_place["total"][0] >= 60  # two years of meetings
    assert len(table(activity, "meetings_theme").rows) >= 6
    for key in ("attendance", "childcare", "interpreters", "visits"):
        assert any(shown(v) for _label, values in table(activity, key).rows for v in values), key
    # The plain-Finnish group has interpreters in the mothers' own languages: their
    # visits are counted under the languages interpreted, not under Finnish.
    by_group = Counter(
        MeetingAttendance.objects.filter(present=True, interpreter_used=True).values_list(
            "meeting__language_group", flat=True
        )
    )
    by_language = participants.attendance_summary(
        meetings.meeting_pages(), meetings.month_and_language()
    )["interpreters"]
    assert by_group["fi"] >= 5
    assert "fi" not in by_language
    assert sum(by_language.values()) == sum(by_group.values())
    interpreters = table(activity, "interpreters").body_rows()
    assert sum(1 for _label, values in interpreters if shown(values[0])) >= 3
    reached = dict(table(activity, "outreach").rows)
    assert shown(reached["total"][0])  # mothers reached by outreach
    referrals = dict(table(activity, "referrals").rows)
    assert shown(referrals["total"][0])
    visits = dict(table(activity, "visits").rows)
    for label in ("guidance visits at home", "introductory visits", "task packages handed out"):
        assert shown(visits[label][0]), label

    assert shown(table(volunteers, "funnel").rows[0][1][0])
    assert table(volunteers, "hours").rows

    kykyviisari = table(outcomes, "kykyviisari").rows
    assert all(shown(values[5]) for _label, values in kykyviisari)  # people with both
    months = table(outcomes, "participation").rows
    assert len(months) >= 20
    assert sum(1 for _month, values in months if shown(values[1])) >= 12

    last_year = sections.Filters(period.calendar_year(datetime.date.today().year - 1))
    by_place = dict(table(sections.activity(last_year), "meetings_municipality").rows)
    assert {"Kemi", "Tornio", "Keminmaa", "Simo", "Tervola"} <= set(by_place)
