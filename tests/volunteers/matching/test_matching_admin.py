"""The matching screens in the admin: who may use them and what they show."""

import json

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.matching import matchable_participant, matchable_volunteer
from volunteers.matching.models import MatchingRun, PairRule
from volunteers.matching.runs import execute_run, queued_or_new_run

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Editors", "Project workers", "Report readers"])
def test_staff_without_the_matching_permission_are_refused(client, make_user, group):
    client.force_login(make_user(group))
    # Wagtail answers a refused admin page with a redirect to the dashboard and a
    # "no permission" message.
    for response in (
        client.get(reverse("volunteers_matching:index")),
        client.post(reverse("volunteers_matching:start")),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert MatchingRun.objects.count() == 0


def test_volunteers_never_reach_the_matching_screens(client, make_user):
    client.force_login(make_user("Volunteers"))
    response = client.get(reverse("volunteers_matching:index"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_coordinator_starts_a_run_and_lands_on_its_progress(coordinator_client, monkeypatch):
    from volunteers.matching import tasks

    monkeypatch.setattr(tasks.run_matching_task, "apply_async", lambda args, countdown=None: None)
    response = coordinator_client.post(reverse("volunteers_matching:start"))
    run = MatchingRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("volunteers_matching:detail", args=[run.pk])
    page = coordinator_client.get(response["Location"])
    assert 'id="run-progress-bar"' in page.text
    status = json.loads(
        coordinator_client.get(reverse("volunteers_matching:status", args=[run.pk])).content
    )
    assert status == {
        "status": "queued",
        "status_label": "jonossa",  # the admin speaks Finnish unless the user chose else
        "progress": 0,
        "message": "",
        "finished": False,
    }


def test_a_finished_run_shows_its_summary(coordinator_client):
    matchable_participant()
    matchable_volunteer()
    run = queued_or_new_run()
    execute_run(run.pk)
    page = coordinator_client.get(reverse("volunteers_matching:detail", args=[run.pk]))
    assert 'id="run-progress-bar"' not in page.text
    assert "Osallistujat, joille on ehdotus" in page.text  # "participants with a suggestion"
    status = json.loads(
        coordinator_client.get(reverse("volunteers_matching:status", args=[run.pk])).content
    )
    assert status["finished"] is True


def test_a_failed_run_shows_the_error_and_a_retry_button(coordinator_client):
    run = MatchingRun.objects.create(status=MatchingRun.Status.FAILED, error="ValueError: boom")
    page = coordinator_client.get(reverse("volunteers_matching:detail", args=[run.pk]))
    assert "ValueError: boom" in page.text
    assert reverse("volunteers_matching:retry", args=[run.pk]) in page.text


def test_only_a_failed_run_can_be_retried(coordinator_client):
    run = MatchingRun.objects.create(status=MatchingRun.Status.SUCCEEDED)
    coordinator_client.post(reverse("volunteers_matching:retry", args=[run.pk]))
    run.refresh_from_db()
    assert run.status == MatchingRun.Status.SUCCEEDED


def test_the_progress_message_is_shown_in_the_users_language(client, make_user):
    user = make_user("Coordinators")
    client.force_login(user)
    run = MatchingRun.objects.create(
        status=MatchingRun.Status.RUNNING, progress=40, progress_message="Scoring pairs"
    )
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fi"
    profile.save()
    status = json.loads(client.get(reverse("volunteers_matching:status", args=[run.pk])).content)
    assert status["message"] == "Pisteytetään pareja"


def test_a_coordinator_pins_a_pair_and_cannot_add_a_second_rule_for_it(coordinator_client):
    participant = matchable_participant(first_name="محمد")
    volunteer = matchable_volunteer()
    url = reverse("pair_rules:add")
    data = {"participant": participant.pk, "volunteer": volunteer.pk, "kind": "pin", "reason": ""}
    assert coordinator_client.post(url, data).status_code == 302
    again = coordinator_client.post(url, {**data, "kind": "exclude"})
    assert again.status_code == 200
    assert "Tällä parilla on jo sääntö" in again.text  # "this pair already has a rule"
    rule = PairRule.objects.get()
    assert rule.kind == PairRule.Kind.PIN
    assert rule.created_by == coordinator_client.get(reverse("pair_rules:index")).wsgi_request.user
    listing = coordinator_client.get(reverse("pair_rules:index"))
    assert "محمد" in listing.text


def test_clearing_a_pin_keeps_its_record_and_frees_the_pair(coordinator_client):
    participant = matchable_participant()
    volunteer = matchable_volunteer()
    rule = PairRule.objects.create(participant=participant, volunteer=volunteer, kind="pin")
    coordinator_client.post(reverse("pair_rules:clear", args=[rule.pk]))
    rule.refresh_from_db()
    assert rule.cleared_at is not None
    assert rule.cleared_by is not None
    from volunteers.matching.inputs import load_pair_rules

    assert load_pair_rules() == (frozenset(), frozenset())


def test_pins_and_exclusions_are_for_coordinators_only(client, make_user):
    client.force_login(make_user("Project workers"))
    response = client.get(reverse("pair_rules:index"))
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_only_a_coordinator_clears_a_rule(client, make_user):
    rule = PairRule.objects.create(
        participant=matchable_participant(), volunteer=matchable_volunteer(), kind="exclude"
    )
    client.force_login(make_user(roles.PROJECT_WORKERS))
    response = client.post(reverse("pair_rules:clear", args=[rule.pk]))
    # Wagtail answers a refused admin view by sending her to the dashboard.
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    rule.refresh_from_db()
    assert rule.cleared_at is None


def _messages(response):
    return [str(m) for m in response.context["messages"]]


def test_a_run_that_finished_at_once_says_finished_not_started(client, make_user, monkeypatch):
    """Without a worker (first run, in-process tasks) the run is done before the redirect."""
    from tests.conftest import prefer_language
    from volunteers.matching import runs_admin

    client.force_login(prefer_language(make_user("Coordinators"), "en"))

    matchable_participant()
    matchable_volunteer()
    queue = runs_admin.request_run

    def queue_and_run_in_process(*args, **kwargs):
        run = queue(*args, **kwargs)
        execute_run(run.pk)
        return run

    monkeypatch.setattr(runs_admin, "request_run", queue_and_run_in_process)
    response = client.post(reverse("volunteers_matching:start"), follow=True)
    assert MatchingRun.objects.get().status == "succeeded"
    texts = " ".join(_messages(response))
    assert "Matching finished" in texts
    assert "started" not in texts


def test_the_timings_are_in_a_collapsed_details_part(coordinator_client):
    import re

    matchable_participant()
    matchable_volunteer()
    run = queued_or_new_run()
    execute_run(run.pk)
    page = coordinator_client.get(reverse("volunteers_matching:detail", args=[run.pk])).text
    details = re.search(r"<details[^>]*>(.*?)</details>", page, re.S)
    assert details is not None and " open" not in details.group(0)[:20]
    summary_list = page.split("<details", 1)[0]
    assert "(s)" not in summary_list.split('class="run-summary"', 1)[1]
    assert "(s)" in details.group(1)
