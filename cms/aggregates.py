"""Query helpers the apps' reporting functions share: a date-range filter and a median."""

from django.db.models import Aggregate, FloatField, Q


def between(field, start=None, end=None) -> Q:
    """`field` within [start, end], either end open when None."""
    q = Q()
    if start is not None:
        q &= Q(**{f"{field}__gte": start})
    if end is not None:
        q &= Q(**{f"{field}__lte": end})
    return q


class Median(Aggregate):
    """The median, computed by PostgreSQL (percentile_cont); reports run on PostgreSQL."""

    function = "PERCENTILE_CONT"
    name = "median"
    output_field = FloatField()
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False
