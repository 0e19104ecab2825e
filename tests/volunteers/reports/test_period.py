import datetime

from volunteers.reports import period
from volunteers.reports.forms import FilterForm


def test_a_quarter_runs_from_its_first_to_its_last_day():
    q = period.quarter(2026, 2)
    assert (q.start, q.end) == (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))


def test_february_of_a_leap_year_ends_on_the_29th():
    assert period.month(2028, 2).end == datetime.date(2028, 2, 29)


def test_custom_dates_given_backwards_are_put_in_order():
    p = period.custom(datetime.date(2026, 5, 1), datetime.date(2026, 1, 1))
    assert p.start < p.end


def test_the_form_defaults_to_this_calendar_year():
    p = FilterForm({}).period(today=datetime.date(2026, 11, 30))
    assert (p.start, p.end) == (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def test_the_form_gives_the_whole_project_without_bounds(db):
    p = FilterForm({"kind": "all"}).period()
    assert p.start is None and p.end is None
