"""Coordinators approving suggestions at the same moment, one thread (and one database
connection) each, released together by a barrier: the row locks of `review.approve`
are what the tests that use this prove."""

import threading

from volunteers.matching import review


def approve_at_once(suggestions, coordinators) -> list[str]:
    """Each outcome, sorted: "approved" or the refusal's message in English."""
    barrier = threading.Barrier(len(suggestions))
    outcomes = []

    def approve(suggestion, user):
        # A thread's own connection: Django opens one per thread, which must be closed.
        from django.db import connection as thread_connection
        from django.utils import translation

        try:
            with translation.override("en"):
                barrier.wait(timeout=10)
                review.approve(suggestion, by=user)
            outcomes.append("approved")
        except review.ReviewError as exc:
            outcomes.append(" ".join(exc.messages))
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=approve, args=pair)
        for pair in zip(suggestions, coordinators, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return sorted(outcomes)
