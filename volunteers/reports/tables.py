"""A report table: labelled rows of numbers, with optional totals, that every output
(HTML, chart, XLSX, CSV, print) renders the same way. No database."""

import datetime
from dataclasses import dataclass, field

from django.utils.formats import date_format, number_format

from volunteers.reports.suppression import Hidden, suppress_grid


@dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)  # [(label, [values])]
    # Counts of people are suppressed; meetings, hours and places are not people.
    people: bool = True
    row_total: bool = False  # the last column is the row's total
    col_total: bool = False  # the last row is the column totals
    chart: str | None = None  # "bar", "line" or "funnel"
    note: str = ""
    # [(url, text)] to the records behind the figures, only for those allowed to follow them.
    links: list = field(default_factory=list)
    # Rows and columns that are not counts of people (places, averages, medians): left
    # out of suppression, and of the lines whose totals it protects.
    plain_rows: frozenset = frozenset()
    plain_columns: frozenset = frozenset()

    def add(self, label, values):
        self.rows.append((label, list(values)))

    def with_totals(self, total_label, row_total_label=None):
        """Append a total column and/or a total row computed from the cells."""
        if row_total_label is not None:
            self.columns = [*self.columns, row_total_label]
            self.rows = [(label, [*values, sum(values)]) for label, values in self.rows]
            self.row_total = True
        if total_label is not None:
            width = len(self.columns)
            sums = [sum(values[i] for _label, values in self.rows) for i in range(width)]
            self.rows.append((total_label, sums))
            self.col_total = True
        return self

    def suppressed(self):
        """The table as readers may see it."""
        if not self.people or not self.rows:
            return self
        row_ids = [i for i in range(len(self.rows)) if i not in self.plain_rows]
        col_ids = [j for j in range(len(self.columns)) if j not in self.plain_columns]
        grid = suppress_grid(
            [[self.rows[i][1][j] for j in col_ids] for i in row_ids],
            self.row_total,
            self.col_total,
        )
        rows = [(label, list(values)) for label, values in self.rows]
        for gi, i in enumerate(row_ids):
            for gj, j in enumerate(col_ids):
                rows[i][1][j] = grid[gi][gj]
        return Table(**{**self.__dict__, "rows": rows, "people": False})

    def body_rows(self):
        """Rows without the total row (what a chart draws)."""
        return self.rows[:-1] if self.col_total else self.rows


def is_hidden(value):
    return isinstance(value, Hidden)


def display(value):
    """A cell as text in the interface language's conventions (decimal comma in fi/sv)."""
    if value is None:
        return "–"
    if isinstance(value, Hidden):
        return str(value)
    if isinstance(value, float):
        return number_format(value, 1)
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return str(value)
