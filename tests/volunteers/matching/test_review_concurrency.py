"""Two coordinators approving at the same moment never overbook a volunteer."""

import threading

import pytest
from django.db import connection

from cms import roles
from tests.factories.matches import pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching import review
from volunteers.matching.models import Match


@pytest.mark.django_db(transaction=True)
def test_concurrent_approvals_for_a_capacity_one_volunteer_book_her_once(make_user):
    assert connection.vendor == "postgresql", "row locks need PostgreSQL"
    coordinators = [make_user(roles.COORDINATORS), make_user(roles.COORDINATORS)]
    volunteer = matchable_volunteer(capacity=1)
    suggestions = [pending_suggestion(matchable_participant(), volunteer) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes = []

    def approve(suggestion, user):
        from django.db import connection as thread_connection

        try:
            barrier.wait(timeout=10)
            review.approve(suggestion, by=user)
            outcomes.append("approved")
        except review.ReviewError:
            outcomes.append("refused")
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
    assert sorted(outcomes) == ["approved", "refused"]
    assert Match.objects.filter(volunteer=volunteer).count() == 1
