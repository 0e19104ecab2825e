"""The period a report covers: a month, a quarter, a calendar year, custom dates or the
whole project. Pure date arithmetic, no database."""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.utils.formats import date_format
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Period:
    """Both ends inclusive; None means open (the whole project)."""

    kind: str
    start: datetime.date | None = None
    end: datetime.date | None = None

    @property
    def is_whole_project(self):
        return self.start is None and self.end is None

    def label(self):
        if self.is_whole_project:
            return _("the whole project")
        if self.kind == "month":
            return date_format(self.start, "F Y")
        if self.kind == "quarter":
            return _("quarter %(quarter)s/%(year)s") % {
                "quarter": (self.start.month - 1) // 3 + 1,
                "year": self.start.year,
            }
        if self.kind == "year":
            return str(self.start.year)
        return f"{date_format(self.start, 'j.n.Y')}–{date_format(self.end, 'j.n.Y')}"

    def months(self):
        """The first day of each month the period touches (open ends need bounds given)."""
        first = self.start.replace(day=1)
        months = []
        while first <= self.end:
            months.append(first)
            first += relativedelta(months=1)
        return months


def month(year, number):
    start = datetime.date(year, number, 1)
    return Period("month", start, start + relativedelta(months=1, days=-1))


def quarter(year, number):
    start = datetime.date(year, 3 * (number - 1) + 1, 1)
    return Period("quarter", start, start + relativedelta(months=3, days=-1))


def calendar_year(year):
    return Period("year", datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def custom(start, end):
    if end < start:
        start, end = end, start
    return Period("custom", start, end)


WHOLE_PROJECT = Period("all")
