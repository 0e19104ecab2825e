"""Caseload: a project worker sees only her own participants, coordinators see all,
everybody else none — on every participant URL and in exports."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.participants import KykyviisariFactory, ParticipantFactory
from volunteers.participants import caseload
from volunteers.participants.models import Participant, ParticipantLogEntry

pytestmark = pytest.mark.django_db

OBJECT_VIEWS = ["edit", "delete", "history", "usage", "inspect"]


@pytest.fixture
def own(worker):
    return ParticipantFactory(first_name="Oma", worker=worker)


@pytest.fixture
def others(other_worker):
    return ParticipantFactory(first_name="Toisen", worker=other_worker)


def test_worker_lists_only_her_own_participants(client, worker, own, others):
    client.force_login(worker)
    response = client.get(reverse("participants:index"))
    assert list(response.context["object_list"]) == [own]


def test_coordinator_lists_every_participant(client, coordinator, own, others):
    client.force_login(coordinator)
    response = client.get(reverse("participants:index"))
    assert set(response.context["object_list"]) == {own, others}


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_worker_gets_404_for_another_workers_participant(client, worker, others, view):
    client.force_login(worker)
    response = client.get(reverse(f"participants:{view}", args=[others.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("view", ["edit", "history", "usage", "inspect"])
def test_worker_opens_her_own_participant(client, worker, own, view):
    client.force_login(worker)
    response = client.get(reverse(f"participants:{view}", args=[own.pk]))
    assert response.status_code == 200
    assert own.first_name in response.content.decode()


def test_worker_cannot_post_an_edit_to_another_workers_participant(client, worker, others):
    client.force_login(worker)
    response = client.post(reverse("participants:edit", args=[others.pk]), {"first_name": "X"})
    assert response.status_code == 404
    others.refresh_from_db()
    assert others.first_name == "Toisen"


def test_worker_cannot_delete_another_workers_participant(client, worker, others):
    client.force_login(worker)
    response = client.post(reverse("participants:delete", args=[others.pk]))
    # Outside her caseload the record does not exist for her.
    assert response.status_code == 404
    assert Participant.objects.filter(pk=others.pk).exists()


@pytest.mark.parametrize(
    "group", ["Editors", "Partner professionals", "Volunteers", "Report readers", None]
)
def test_other_roles_cannot_open_participants(client, make_user, own, group):
    client.force_login(make_user(group))
    for url in (
        reverse("participants:index"),
        reverse("participants:inspect", args=[own.pk]),
        reverse("participants:edit", args=[own.pk]),
    ):
        response = client.get(url)
        # No admin access: redirect to login; admin access without the role: the
        # admin's "no permission" redirect, or 404 for a single record.
        assert response.status_code in (302, 403, 404), url
        assert "Oma" not in response.content.decode()


@pytest.mark.parametrize("group", ["Editors", "Partner professionals", "Volunteers"])
def test_caseload_of_other_roles_is_empty(make_user, own, group):
    assert not caseload.restrict(Participant.objects.all(), make_user(group)).exists()


def test_worker_gets_no_export(client, worker, own):
    client.force_login(worker)
    response = client.get(reverse("participants:index") + "?export=csv")
    # Wagtail turns a permission refusal into a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_worker_sees_no_export_button(client, worker, own):
    client.force_login(worker)
    response = client.get(reverse("participants:index"))
    assert "export=csv" not in response.content.decode()


def test_coordinator_exports_all_participants(client, coordinator, own, others):
    client.force_login(coordinator)
    response = client.get(reverse("participants:index") + "?export=csv")
    body = response.content.decode()
    assert "Oma" in body and "Toisen" in body


def test_export_is_logged_per_participant_with_the_user(client, coordinator, own, others):
    client.force_login(coordinator)
    response = client.get(reverse("participants:index") + "?export=csv")
    assert response.status_code == 200
    entries = ParticipantLogEntry.objects.filter(action="volunteers.export")
    assert {e.object_id for e in entries} == {str(own.pk), str(others.pk)}
    assert {e.user for e in entries} == {coordinator}


def test_worker_lists_only_her_own_kykyviisari_summaries(client, worker, own, others):
    mine = KykyviisariFactory(participant=own)
    KykyviisariFactory(participant=others)
    client.force_login(worker)
    response = client.get(reverse("kykyviisari:index"))
    assert list(response.context["object_list"]) == [mine]


def test_worker_gets_404_for_another_workers_kykyviisari(client, worker, others):
    summary = KykyviisariFactory(participant=others)
    client.force_login(worker)
    response = client.get(reverse("kykyviisari:edit", args=[summary.pk]))
    assert response.status_code == 404


def test_worker_cannot_file_a_record_under_another_workers_participant(client, worker, others):
    client.force_login(worker)
    response = client.post(
        reverse("home_visits:add"),
        {"participant": str(others.pk), "date": "2026-01-10", "topics": "x", "notes": ""},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["participant"][0].code == "invalid_choice"


def test_worker_cannot_make_someone_else_responsible(client, worker, other_worker):
    from tests.volunteers.participants.participant_helpers import participant_form_data

    client.force_login(worker)
    client.post(reverse("participants:add"), participant_form_data(other_worker))
    assert not Participant.objects.filter(worker=other_worker).exists()


def test_worker_cannot_edit_initial_assessment_questions(client, worker):
    client.force_login(worker)
    response = client.get(reverse("initial_assessment_questions:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_participant_listing_query_count_is_constant(
    client, coordinator, worker, django_assert_num_queries
):
    ParticipantFactory.create_batch(3, worker=worker)
    client.force_login(coordinator)
    url = reverse("participants:index")
    client.get(url)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    ParticipantFactory.create_batch(12, worker=worker)
    with django_assert_num_queries(len(small)):
        client.get(url)


def test_worker_opens_the_empty_participant_form(client, worker):
    client.force_login(worker)
    response = client.get(reverse("participants:add"))
    assert response.status_code == 200
    assert 'name="first_name"' in response.content.decode()


def test_record_form_preselects_her_own_participant(client, worker, own):
    client.force_login(worker)
    response = client.get(reverse("home_visits:add") + f"?participant={own.pk}")
    assert response.context["form"].initial["participant"] == own.pk


def test_record_form_does_not_offer_another_workers_participant(client, worker, others):
    client.force_login(worker)
    response = client.get(reverse("home_visits:add") + f"?participant={others.pk}")
    assert others not in response.context["form"].fields["participant"].queryset


def _editing_ping(client, participant, model="participant"):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.admin.models import EditingSession

    obj = participant if model == "participant" else participant.kykyviisari.first()
    session = EditingSession.objects.create(
        user=client.session_user,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        last_seen_at="2026-01-01T00:00:00Z",
    )
    url = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=["participants", obj._meta.model_name, obj.pk, session.pk],
    )
    return client.post(url)


@pytest.mark.parametrize("model", ["participant", "kykyviisarisummary"])
def test_wagtails_own_instance_checks_follow_the_caseload(client, worker, own, others, model):
    """Wagtail's editing-session ping (who else is editing this record) asks the
    model's registered permission policy: another worker's participant is a 404 to her,
    as on every participant screen, and her own answers."""
    KykyviisariFactory(participant=own)
    KykyviisariFactory(participant=others)
    client.force_login(worker)
    client.session_user = worker
    assert _editing_ping(client, others, model).status_code == 404
    assert _editing_ping(client, own, model).status_code == 200
