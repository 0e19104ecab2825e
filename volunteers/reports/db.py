"""How the reports talk to the database."""

from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def report_queries():
    """Run the report queries of one request with PostgreSQL's JIT compiler off.

    The reports' aggregates over hundreds of thousands of rows are costly enough to
    trigger JIT compilation, which took 0.3–0.4 s per query at the benchmark's scale,
    more than running the query itself. `SET LOCAL` lasts until the end of the
    transaction, so nothing else is affected."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        yield
