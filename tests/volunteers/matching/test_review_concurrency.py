"""Two coordinators approving at the same moment never overbook a volunteer."""

import pytest
from django.db import connection

from cms import roles
from tests.factories.matches import pending_suggestion
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.volunteers.matching.approval_race import approve_at_once
from volunteers.matching.models import Match


@pytest.mark.django_db(transaction=True)
def test_concurrent_approvals_for_a_capacity_one_volunteer_book_her_once(make_user):
    assert connection.vendor == "postgresql", "row locks need PostgreSQL"
    coordinators = [make_user(roles.COORDINATORS), make_user(roles.COORDINATORS)]
    volunteer = matchable_volunteer(capacity=1)
    suggestions = [pending_suggestion(matchable_participant(), volunteer) for _ in range(2)]
    outcomes = approve_at_once(suggestions, coordinators)
    assert outcomes.count("approved") == 1
    assert len(outcomes) == 2
    assert Match.objects.filter(volunteer=volunteer).count() == 1
