"""The participant side's audit log: the site history follows the caseload, entries
keep no names, the staff choosers offer staff only, and every read is audited."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.factories.participants import ParticipantFactory
from volunteers.participants.models import (
    HomeVisit,
    InitialAssessment,
    Participant,
    ParticipantLogEntry,
)

pytestmark = pytest.mark.django_db

SITE_HISTORY = "wagtailadmin_reports:site_history"


def edit_data(participant):
    from tests.volunteers.participants.participant_helpers import participant_form_data

    return participant_form_data(participant.worker, first_name=participant.first_name)


def logged_edit(client, user, participant):
    """Edit her record through the admin, so Wagtail writes its usual entry."""
    client.force_login(user)
    response = client.post(
        reverse("participants:edit", args=[participant.pk]), edit_data(participant)
    )
    assert response.status_code == 302
    client.logout()


def label_of(participant):
    """The neutral label her entries carry (e.g. "Osallistuja #12")."""
    return ParticipantLogEntry.objects.filter(object_id=str(participant.pk)).first().label


def history_rows(client, user, fmt=""):
    client.force_login(user)
    url = reverse(SITE_HISTORY) + (f"?export={fmt}" if fmt else "")
    response = client.get(url)
    assert response.status_code == 200
    if fmt:
        return (
            b"".join(response.streaming_content).decode()
            if response.streaming
            else (response.content.decode())
        )
    return response.content.decode()


def test_site_history_of_another_caseload_shows_nothing(client, worker, other_worker):
    hers = ParticipantFactory(first_name="Salainen", worker=other_worker)
    logged_edit(client, other_worker, hers)

    assert "Salainen" not in history_rows(client, worker)
    assert label_of(hers) not in history_rows(client, worker)
    assert label_of(hers) not in history_rows(client, worker, "csv")
    assert label_of(hers) in history_rows(client, other_worker, "csv")


def test_worker_sees_her_own_caseloads_entries(client, worker):
    mine = ParticipantFactory(worker=worker)
    logged_edit(client, worker, mine)
    assert label_of(mine) in history_rows(client, worker)


def test_coordinator_sees_every_caseloads_entries(client, coordinator, worker, other_worker):
    a = ParticipantFactory(worker=worker)
    b = ParticipantFactory(worker=other_worker)
    logged_edit(client, worker, a)
    logged_edit(client, other_worker, b)
    page = history_rows(client, coordinator)
    assert label_of(a) in page and label_of(b) in page


def test_records_follow_the_caseload_in_the_site_history(client, worker, other_worker):
    hers = ParticipantFactory(worker=other_worker)
    client.force_login(other_worker)
    response = client.post(
        reverse("home_visits:add"),
        {"participant": hers.pk, "date": "2026-03-01", "worker": other_worker.pk, "topics": "x"},
    )
    assert response.status_code == 302
    visit_label = ParticipantLogEntry.objects.get(participant_ref=hers.pk).label
    assert visit_label not in history_rows(client, worker)
    assert visit_label in history_rows(client, other_worker)


def test_no_name_remains_in_any_log_entry_after_deletion(client, coordinator):
    her = ParticipantFactory(first_name="Nimetön", last_name="Poistettava", worker=coordinator)
    pk = her.pk
    logged_edit(client, coordinator, her)
    client.force_login(coordinator)
    client.get(reverse("participants:inspect", args=[pk]))
    response = client.post(reverse("participants:delete", args=[pk]))
    assert response.status_code == 302
    assert not Participant.objects.filter(pk=pk).exists()

    entries = list(ParticipantLogEntry.objects.filter(participant_ref=pk))
    assert {e.action for e in entries} >= {"wagtail.edit", "participants.view", "wagtail.delete"}
    for model in (ParticipantLogEntry, ModelLogEntry):
        for entry in model.objects.all():
            text = f"{entry.label} {entry.data}"
            assert "Nimetön" not in text and "Poistettava" not in text
    assert {e.label for e in entries} == {f"Osallistuja #{pk}"}


def test_every_read_of_her_record_is_audited_once(client, coordinator):
    her = ParticipantFactory(worker=None)
    client.force_login(coordinator)
    client.get(reverse("participants:inspect", args=[her.pk]))
    client.get(reverse("participants:edit", args=[her.pk]))
    reads = ParticipantLogEntry.objects.filter(action="participants.view", participant_ref=her.pk)
    assert [(e.user, e.object_id) for e in reads] == [(coordinator, str(her.pk))] * 2


def test_a_read_costs_one_insert(client, coordinator, django_assert_num_queries):
    her = ParticipantFactory(worker=None)
    client.force_login(coordinator)
    client.get(reverse("participants:inspect", args=[her.pk]))  # warm caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("participants:inspect", args=[her.pk]))
    inserts = [q for q in queries if "participantlogentry" in q["sql"].lower()]
    assert len(inserts) == 1 and inserts[0]["sql"].startswith("INSERT")


def test_reads_of_another_caseload_stay_hidden_from_a_worker(
    client, coordinator, worker, other_worker
):
    hers = ParticipantFactory(worker=other_worker)
    client.force_login(coordinator)
    client.get(reverse("participants:inspect", args=[hers.pk]))
    assert label_of(hers) not in history_rows(client, worker)
    assert label_of(hers) in history_rows(client, coordinator)


# --- Staff choosers ---------------------------------------------------------------


@pytest.fixture
def volunteer_login(make_user):
    return make_user(
        "Volunteers", email="vapaaehtoinen@example.org", username="vapaaehtoinen@example.org"
    )


@pytest.mark.parametrize(
    "view,field", [("home_visits", "worker"), ("initial_assessments", "done_by")]
)
def test_staff_chooser_lists_staff_only(client, worker, coordinator, volunteer_login, view, field):
    client.force_login(worker)
    form = client.get(reverse(f"{view}:add")).context["form"]
    choices = set(form.fields[field].queryset)
    assert {worker, coordinator} <= choices
    assert volunteer_login not in choices
    assert "vapaaehtoinen@example.org" not in client.get(reverse(f"{view}:add")).content.decode()


def test_home_visit_refuses_a_volunteer_as_worker(client, worker, volunteer_login):
    her = ParticipantFactory(worker=worker)
    client.force_login(worker)
    response = client.post(
        reverse("home_visits:add"),
        {"participant": her.pk, "date": "2026-03-01", "worker": volunteer_login.pk, "topics": "x"},
    )
    assert response.status_code == 200
    assert "worker" in response.context["form"].errors
    assert not HomeVisit.objects.exists()


def test_assessment_refuses_a_volunteer_as_done_by(client, worker, volunteer_login):
    her = ParticipantFactory(worker=worker)
    client.force_login(worker)
    response = client.post(
        reverse("initial_assessments:add"),
        {"participant": her.pk, "date": "2026-03-01", "done_by": volunteer_login.pk},
    )
    assert response.status_code == 200
    assert "done_by" in response.context["form"].errors
    assert not InitialAssessment.objects.exists()


def test_a_former_worker_stays_valid_on_her_old_records(client, worker, coordinator, make_user):
    former = make_user(None)
    her = ParticipantFactory(worker=worker)
    visit = HomeVisit.objects.create(
        participant=her, worker=former, date=datetime.date(2026, 3, 1), topics="x"
    )
    client.force_login(coordinator)
    response = client.post(
        reverse("home_visits:edit", args=[visit.pk]),
        {"participant": her.pk, "date": "2026-03-02", "worker": former.pk, "topics": "y"},
    )
    assert response.status_code == 302


# --- Independent of the order Wagtail asks the log tables in ------------------------


@pytest.mark.parametrize("first", ["wagtail_first", "participants_first"])
def test_site_history_does_not_depend_on_the_order_of_the_log_tables(
    client, worker, coordinator, first
):
    """The site history asks each log table for what the user may see, in the order
    of a set (it changes from one process to the next). Wagtail's rule caches the
    user's allowed content types on the user object from the first table it is asked
    about; the caseload table must not inherit (or leave behind) that cache, or a
    worker's own entries vanish from the history in some processes."""
    from django.contrib.auth import get_user_model

    mine = ParticipantFactory(worker=worker)
    logged_edit(client, worker, mine)
    user = get_user_model().objects.get(pk=worker.pk)
    if first == "wagtail_first":
        list(ModelLogEntry.objects.viewable_by_user(user))
    visible = ParticipantLogEntry.objects.viewable_by_user(user)
    assert visible.filter(participant_ref=mine.pk).exists()

    # Nor may the caseload table change what Wagtail's own table shows her.
    fresh = get_user_model().objects.get(pk=worker.pk)
    assert set(ModelLogEntry.objects.viewable_by_user(user)) == set(
        ModelLogEntry.objects.viewable_by_user(fresh)
    )
