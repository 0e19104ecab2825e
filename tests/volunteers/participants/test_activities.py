"""Activity and assessment listings: constant queries, whatever their length."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.participants import ParticipantFactory
from volunteers.participants.models import (
    HomeVisit,
    InitialAssessment,
    IntroductoryVisit,
    TaskPackageHandout,
)

pytestmark = pytest.mark.django_db

MAKERS = {
    "home_visits": lambda p, u: HomeVisit.objects.create(participant=p, worker=u, topics="Kela"),
    "initial_assessments": lambda p, u: InitialAssessment.objects.create(participant=p, done_by=u),
    "introductory_visits": lambda p, u: IntroductoryVisit.objects.create(
        participant=p, place="kirjasto", who_went="ohjaaja", date=datetime.date(2026, 3, 1)
    ),
    "task_packages": lambda p, u: TaskPackageHandout.objects.create(
        participant=p, description="Talous"
    ),
}


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_listing_query_count_is_constant(client, make_user, django_assert_num_queries, name):
    worker = make_user("Project workers")
    make = MAKERS[name]
    for _n in range(2):
        make(ParticipantFactory(worker=worker), make_user("Project workers"))
    client.force_login(worker)
    url = reverse(f"{name}:index")
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for _n in range(10):
        make(ParticipantFactory(worker=worker), make_user("Project workers"))
    with django_assert_num_queries(len(small)):
        response = client.get(url)
    assert len(response.context["object_list"]) == 12
