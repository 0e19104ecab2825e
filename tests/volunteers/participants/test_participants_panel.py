"""The front-page panel: caseload count and this week's meetings, for the roles
that keep participant records only."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from tests.factories.participants import ParticipantFactory, make_meeting
from volunteers.participants.wagtail_hooks import caseload_panel

pytestmark = pytest.mark.django_db


def panel_for(user):
    request = RequestFactory().get("/")
    request.user = user
    with translation.override("en"):
        return caseload_panel(request)


def test_worker_panel_counts_her_active_caseload(make_user):
    worker = make_user("Project workers")
    ParticipantFactory.create_batch(2, worker=worker)
    ParticipantFactory(worker=make_user("Project workers"))
    assert panel_for(worker).context["caseload_count"] == 2


def test_panel_lists_this_weeks_meetings(make_user, home_page):
    meeting = make_meeting(home_page, days_ago=0)
    assert panel_for(make_user("Coordinators")).context["meetings"] == [meeting]


@pytest.mark.parametrize("group", ["Editors", "Volunteers", "Partner professionals"])
def test_other_roles_get_no_panel(make_user, group):
    assert panel_for(make_user(group)) is None


def test_front_page_shows_the_panel_to_a_worker(client, make_user, home_page):
    worker = make_user("Project workers")
    ParticipantFactory(worker=worker)
    client.force_login(worker)
    response = client.get("/en/")
    assert "You are responsible for 1 active participant." in response.content.decode()
