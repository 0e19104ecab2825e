"""The data behind a participant's Kykyviisari change chart (rendered as CSS bars
with a table alternative: no JavaScript needed)."""

from volunteers.participants.models.assessments import KYKYVIISARI_SCORES, PHASE_ORDER


def kykyviisari_chart(summaries):
    """Rows of the chart: one per score, with a bar per phase and the change.

    `summaries` are one participant's KykyviisariSummary rows. Returns None when
    no summary has scores (nothing to draw). Each row is
    {"label", "bars": [{"phase", "value", "percent"}], "change"}; change is the
    last measured value minus the first, or None with fewer than two values.
    """
    summaries = sorted((s for s in summaries if s.has_scores()), key=lambda s: PHASE_ORDER[s.phase])
    if not summaries:
        return None
    rows = []
    for name, label in KYKYVIISARI_SCORES:
        bars = [
            {
                "phase": summary.get_phase_display(),
                "value": getattr(summary, name),
                "percent": (getattr(summary, name) or 0) * 10,
            }
            for summary in summaries
        ]
        values = [bar["value"] for bar in bars if bar["value"] is not None]
        rows.append(
            {
                "label": label,
                "bars": bars,
                "change": values[-1] - values[0] if len(values) >= 2 else None,
            }
        )
    return {"phases": [s.get_phase_display() for s in summaries], "rows": rows}
