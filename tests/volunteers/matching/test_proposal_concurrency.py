"""Two coordinators approving two volunteers for the same family and role at the same
moment: exactly one match is made, the other coordinator is told why."""

import threading
import time

import pytest
from django.db import IntegrityError, connection, transaction

from cms import roles
from tests.factories.matches import pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.volunteers.matching.approval_race import approve_at_once
from volunteers.matching.models import Match


@pytest.fixture
def two_suggestions_for_one_family(make_user):
    family = matchable_participant()
    suggestions = [pending_suggestion(family, matchable_volunteer()) for _ in range(2)]
    coordinators = [make_user(roles.COORDINATORS), make_user(roles.COORDINATORS)]
    return family, suggestions, coordinators


@pytest.mark.django_db(transaction=True)
def test_concurrent_approvals_for_one_family_and_role_make_one_match(
    two_suggestions_for_one_family,
):
    assert connection.vendor == "postgresql", "row locks need PostgreSQL"
    family, suggestions, coordinators = two_suggestions_for_one_family
    outcomes = approve_at_once(suggestions, coordinators)
    assert outcomes == ["The participant already has a match for this role.", "approved"]
    assert Match.objects.filter(participant=family).count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_database_refuses_a_second_open_match_in_the_same_role_under_a_race():
    """Two connections inserting open matches for one family and role at once (no
    checks in Python): the partial unique index lets exactly one commit."""
    assert connection.vendor == "postgresql"
    family = matchable_participant()
    volunteers = [matchable_volunteer(), matchable_volunteer()]
    barrier = threading.Barrier(2)
    outcomes = []

    def insert(volunteer):
        from django.db import connection as thread_connection

        try:
            with transaction.atomic():
                barrier.wait(timeout=10)
                # The second insert waits on the index until the first commits, then fails.
                Match.objects.create(participant=family, volunteer=volunteer, status="proposed")
                time.sleep(0.3)
            outcomes.append("committed")
        except IntegrityError:
            outcomes.append("refused")
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=insert, args=(v,)) for v in volunteers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["committed", "refused"]
    assert Match.objects.filter(participant=family).count() == 1
