"""Query helpers the apps' reporting functions share: a date-range filter, a median and
a list of ids per group."""

from django.db.models import Aggregate, FloatField, Q, TextField


def between(field, start=None, end=None) -> Q:
    """`field` within [start, end], either end open when None."""
    q = Q()
    if start is not None:
        q &= Q(**{f"{field}__gte": start})
    if end is not None:
        q &= Q(**{f"{field}__lte": end})
    return q


class Median(Aggregate):
    """The median: PostgreSQL's percentile_cont; on SQLite (the first-run database of
    `make run`) the MEDIAN aggregate that `register_sqlite_functions` adds."""

    function = "PERCENTILE_CONT"
    name = "median"
    output_field = FloatField()
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            function="TUKIVERKKO_MEDIAN",
            template="%(function)s(%(expressions)s)",
            **extra_context,
        )


class _SqliteMedian:
    """SQLite's aggregate protocol: step() per row, finalize() at the end."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        values = sorted(self.values)
        middle = len(values) // 2
        if len(values) % 2:
            return float(values[middle])
        return (values[middle - 1] + values[middle]) / 2


def register_sqlite_functions(sender, connection, **kwargs):
    """connection_created receiver: give SQLite connections the median aggregate."""
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("TUKIVERKKO_MEDIAN", 1, _SqliteMedian)


class IdList(Aggregate):
    """The (integer) ids of a group as a Python list: ARRAY_AGG on PostgreSQL,
    GROUP_CONCAT on SQLite (the first-run database)."""

    function = "ARRAY_AGG"
    name = "idlist"
    output_field = TextField()  # what the database returns; converted below

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)

    def get_db_converters(self, connection):
        return [self._to_list]

    @staticmethod
    def _to_list(value, expression, connection):
        if value is None:
            return []
        if isinstance(value, str):
            return [int(v) for v in value.split(",") if v]
        return value  # psycopg gives a list already
