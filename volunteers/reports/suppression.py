"""Small-number suppression for tables of people counts. Pure: no Django.

A count of 1–4 people is shown as "<5" (primary suppression). A table also shows
totals, and a total minus the visible cells of its line would give the hidden one
back, so any line (a row or a column with its total) left with exactly one hidden
cell gets a second cell hidden (secondary suppression, shown as "x"): the smallest
non-zero visible cell, preferring ordinary cells over the total. This repeats until
no line has exactly one hidden cell, because each new hidden cell may leave another
line with one.

Zeros stay visible: a zero reveals no person, and hiding it would only blur the table.
"""

from dataclasses import dataclass

THRESHOLD = 5


@dataclass(frozen=True)
class Hidden:
    """A hidden cell; `str()` is what a reader sees."""

    label: str

    def __str__(self):
        return self.label


SMALL = Hidden("<5")
SECONDARY = Hidden("x")


def is_small(value) -> bool:
    return isinstance(value, int) and 0 < value < THRESHOLD


def suppress_grid(grid, row_total=False, col_total=False):
    """Hide the cells of `grid` (a list of rows of non-negative ints) that would
    disclose fewer than five people.

    `row_total`: the last cell of each row is the sum of the others.
    `col_total`: the last row is the column sums.
    Returns a new grid where hidden cells are SMALL or SECONDARY.
    """
    cells = [list(row) for row in grid]
    hidden = {
        (r, c): SMALL
        for r, row in enumerate(cells)
        for c, value in enumerate(row)
        if is_small(value)
    }
    lines = _lines(cells, row_total, col_total)
    changed = True
    while changed:
        changed = False
        for line, total_position in lines:
            if sum(1 for position in line if position in hidden) != 1:
                continue
            candidate = _second_cell(cells, line, total_position, hidden)
            if candidate is not None:
                hidden[candidate] = SECONDARY
                changed = True
    return [
        [hidden.get((r, c), value) for c, value in enumerate(row)] for r, row in enumerate(cells)
    ]


def suppress_values(values, total=None):
    """One distribution: `values` and, when shown, their `total`.

    Returns (values, total) with hidden cells replaced.
    """
    if total is None:
        return suppress_grid([list(values)])[0], None
    row = suppress_grid([[*values, total]], row_total=True)[0]
    return row[:-1], row[-1]


def _lines(cells, row_total, col_total):
    """The positions whose values add up: each row with its total, each column with its."""
    lines = []
    if row_total:
        for r, row in enumerate(cells):
            last = len(row) - 1
            lines.append(([(r, c) for c in range(len(row))], (r, last)))
    if col_total and cells:
        last = len(cells) - 1
        for c in range(len(cells[0])):
            lines.append(([(r, c) for r in range(len(cells))], (last, c)))
    return lines


def _second_cell(cells, line, total_position, hidden):
    def value(position):
        r, c = position
        return cells[r][c]

    visible = [p for p in line if p not in hidden and value(p) > 0]
    ordinary = [p for p in visible if p != total_position]
    pool = ordinary or visible
    if not pool:
        return None
    return min(pool, key=value)
