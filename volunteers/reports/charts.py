"""Charts as small SVG drawn on the server: no JavaScript, no network, nothing third-party.

Each chart is decorative for screen readers (aria-hidden): the table next to it
carries the same numbers. Hidden (suppressed) cells draw no bar, only their label.
"""

from django.utils.html import escape

from volunteers.reports.tables import display, is_hidden

WIDTH = 640
BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 230
COLOURS = ["#1f6f8b", "#c05a00", "#5a7d1a", "#7a3e9d", "#a61e4d", "#2b5797"]


def _number(value):
    return value if isinstance(value, int | float) and not is_hidden(value) else 0


def _svg(height, body):
    return (
        f'<svg class="report-chart" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" '
        f'focusable="false" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet">{body}</svg>'
    )


def bars(table, funnel=False):
    """Horizontal bars of the first column; a funnel centres them."""
    rows = table.body_rows()
    if not rows:
        return ""
    top = max((_number(values[0]) for _label, values in rows), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 60
    parts = []
    for i, (label, values) in enumerate(rows):
        y = i * (BAR_HEIGHT + GAP)
        length = room * _number(values[0]) / top
        x = LABEL_WIDTH + ((room - length) / 2 if funnel else 0)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="12">'
            f"{escape(display(label))[:40]}</text>"
            f'<rect x="{x:.1f}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{COLOURS[0]}"/>'
            f'<text x="{x + length + 4:.1f}" y="{y + 15}" font-size="12">'
            f"{escape(display(values[0]))}</text>"
        )
    return _svg(len(rows) * (BAR_HEIGHT + GAP), "".join(parts))


def lines(table):
    """One line per column over the rows (months); a total column is left out."""
    rows = table.body_rows()
    if len(rows) < 2:
        return bars(table)
    columns = len(table.columns) - (1 if table.row_total else 0)
    height, left, bottom, right = 220, 40, 30, 10
    plot_w, plot_h = WIDTH - left - right, height - bottom - 10
    top = max((_number(v) for _label, values in rows for v in values[:columns]), default=0) or 1
    step = plot_w / (len(rows) - 1)
    parts = [
        f'<line x1="{left}" y1="{10 + plot_h}" x2="{WIDTH - right}" y2="{10 + plot_h}" '
        f'stroke="#555"/>',
        f'<text x="{left - 4}" y="16" text-anchor="end" font-size="11">'
        f"{escape(display(top))}</text>",
        f'<text x="{left - 4}" y="{10 + plot_h}" text-anchor="end" font-size="11">0</text>',
    ]
    for i, (label, _values) in enumerate(rows):
        if len(rows) <= 12 or i % max(1, len(rows) // 12) == 0:
            text = label.strftime("%m/%y") if hasattr(label, "strftime") else str(label)
            parts.append(
                f'<text x="{left + i * step:.1f}" y="{height - 10}" text-anchor="middle" '
                f'font-size="10">{escape(text)}</text>'
            )
    for c in range(columns):
        points = " ".join(
            f"{left + i * step:.1f},{10 + plot_h - plot_h * _number(values[c]) / top:.1f}"
            for i, (_label, values) in enumerate(rows)
        )
        colour = COLOURS[c % len(COLOURS)]
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>'
        )
    return _svg(height, "".join(parts))


def legend(table):
    """[(colour, column label)] for a line chart."""
    columns = len(table.columns) - (1 if table.row_total else 0)
    return [(COLOURS[c % len(COLOURS)], table.columns[c]) for c in range(columns)]


def render(table):
    if not table.columns or not table.body_rows():
        return ""
    if table.chart == "bar":
        return bars(table)
    if table.chart == "funnel":
        return bars(table, funnel=True)
    if table.chart == "line":
        return lines(table)
    return ""
