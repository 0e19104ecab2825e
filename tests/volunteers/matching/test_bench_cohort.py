"""The matching benchmark's two figures (the pure algorithm and the whole task) come
from one cohort: the synthetic people as the database keeps them."""

import pytest
from django.utils import timezone

from resources.models import Municipality
from volunteers.matching.bench_data import as_stored, insert_cohort
from volunteers.matching.engine.algorithm import run_matching
from volunteers.matching.engine.synthetic import MUNICIPALITIES, make_cohort
from volunteers.matching.models import MatchingRun, MatchingWeights
from volunteers.matching.runs import execute_run, queued_or_new_run
from volunteers.participants.models import Participant
from volunteers.volunteers.models import Volunteer

pytestmark = pytest.mark.django_db


def test_the_full_task_matches_exactly_what_the_algorithm_matches_on_the_same_cohort():
    for name, (lat, lon, _weight, _spread) in MUNICIPALITIES.items():
        Municipality.objects.update_or_create(
            name=name, defaults={"latitude": round(lat, 5), "longitude": round(lon, 5)}
        )
    today = timezone.localdate()
    weights = MatchingWeights.load().as_dict()
    ps, vs = as_stored(*make_cohort(300, 300, seed=7, today_year=today.year))
    alone = run_matching(ps, vs, today_year=today.year, weights=weights)

    insert_cohort(ps, vs, today)
    run = queued_or_new_run()
    assert execute_run(run.pk) == "done"
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED, run.error

    # Bench people are named after their synthetic ids: compare the pairs themselves.
    participant = dict(Participant.objects.values_list("pk", "first_name"))
    volunteer = dict(Volunteer.objects.values_list("pk", "first_name"))
    stored = {
        (participant[p], volunteer[v])
        for p, v in run.suggestions.filter(rank=0).values_list("participant", "volunteer")
    }
    expected = {(f"Bench{s.participant_id}", f"Bench{s.volunteer_id}") for s in alone.assigned}
    assert len(alone.assigned) > 200  # a real cohort, not an empty one
    assert run.matched_count == len(alone.assigned)
    assert stored == expected
