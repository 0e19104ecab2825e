"""Write a run's suggestions in bulk: one COPY on PostgreSQL, bulk_create elsewhere.

A 10,000 × 10,000 run stores ~40,000 suggestions. bulk_create sends them as
multi-row INSERTs with every value a parameter and each breakdown serialised by the
JSON field; COPY streams one text block the database parses in a single pass. Both
store the same values (the breakdown rounded to six decimals); no signal fires for
either, so nothing else is skipped. SQLite (``make run``, some tests) keeps
bulk_create.
"""

import json

from django.db import connection

from volunteers.matching.engine.algorithm import CRITERIA
from volunteers.matching.models import MatchSuggestion

_BATCH = 2000
# COPY's text format: one line per row, columns separated by tabs. Nothing written
# here can hold a tab, newline or backslash (ids, floats, JSON of fixed keys and
# floats, a status word), so no escaping is needed.
_COLUMNS = (
    "run_id",
    "participant_id",
    "volunteer_id",
    "rank",
    "score",
    "breakdown",
    "pinned",
    "status",
)


def breakdown_json(breakdown: dict) -> dict:
    """The stored breakdown: criteria in their fixed order, six decimals."""
    return {c: round(breakdown[c], 6) for c in CRITERIA if c in breakdown}


def insert_suggestions(run_id: int, suggestions) -> int:
    """Store ``suggestions`` (engine ``Suggestion`` objects) for the run; returns the count."""
    suggestions = list(suggestions)
    if connection.vendor == "postgresql":
        _copy(run_id, suggestions)
    else:
        MatchSuggestion.objects.bulk_create(
            [
                MatchSuggestion(
                    run_id=run_id,
                    participant_id=s.participant_id,
                    volunteer_id=s.volunteer_id,
                    rank=s.rank,
                    score=s.score,
                    breakdown=breakdown_json(s.breakdown),
                    pinned=s.pinned,
                )
                for s in suggestions
            ],
            batch_size=_BATCH,
        )
    return len(suggestions)


# json.dumps of the breakdown, spelled out: per row it is a format, not an encoder run.
# Floats print by repr() in both, so the text (and the jsonb) is the same.
_BREAKDOWN_JSON = "{" + ", ".join(f'"{c}": %r' for c in CRITERIA) + "}"


def _row(run_id: int, s, pending: str) -> str:
    b = s.breakdown
    if len(b) == len(CRITERIA):
        breakdown = _BREAKDOWN_JSON % tuple(round(b[c], 6) for c in CRITERIA)
    else:
        breakdown = json.dumps(breakdown_json(b))
    return (
        f"{run_id}\t{s.participant_id}\t{s.volunteer_id}\t{s.rank}\t{s.score!r}\t"
        f"{breakdown}\t{'t' if s.pinned else 'f'}\t{pending}\n"
    )


def _copy(run_id: int, suggestions) -> None:
    table = connection.ops.quote_name(MatchSuggestion._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in _COLUMNS)
    pending = MatchSuggestion.Status.PENDING.value
    with connection.cursor() as cursor:
        # Django's wrapper hands out psycopg's own cursor, which speaks COPY.
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for start in range(0, len(suggestions), _BATCH):
                copy.write(
                    "".join(_row(run_id, s, pending) for s in suggestions[start : start + _BATCH])
                )
