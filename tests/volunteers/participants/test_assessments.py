"""Assessments: Kykyviisari scores 0–10 only with consent; the change chart."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from tests.factories.participants import ConsentFactory, KykyviisariFactory, ParticipantFactory
from volunteers.participants.assessments_chart import kykyviisari_chart

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def consenting():
    participant = ParticipantFactory()
    ConsentFactory(participant=participant, purpose="kykyviisari")
    return participant


@pytest.mark.parametrize("score", [-1, 11])
def test_scores_outside_0_to_10_are_refused(consenting, score):
    summary = KykyviisariFactory.build(participant=consenting, work_ability=score)
    with pytest.raises(ValidationError) as error:
        summary.full_clean()
    assert error.value.message_dict["work_ability"] == ["A score is between 0 and 10."]


def test_scores_without_kykyviisari_consent_are_refused():
    summary = KykyviisariFactory.build(participant=ParticipantFactory(), work_ability=7)
    with pytest.raises(ValidationError) as error:
        summary.full_clean()
    assert "consent for Kykyviisari scores" in error.value.messages[0]


def test_scores_after_withdrawn_consent_are_refused(consenting):
    consenting.consents.get().withdraw()
    summary = KykyviisariFactory.build(participant=consenting, skills=5)
    with pytest.raises(ValidationError):
        summary.full_clean()


def test_a_summary_without_scores_needs_no_consent():
    summary = KykyviisariFactory.build(participant=ParticipantFactory())
    summary.full_clean()


def test_chart_shows_change_from_first_to_last_phase(consenting):
    KykyviisariFactory(participant=consenting, phase="end", work_ability=7, skills=None)
    KykyviisariFactory(participant=consenting, phase="start", work_ability=4, skills=3)
    chart = kykyviisari_chart(list(consenting.kykyviisari.all()))
    assert chart["phases"] == ["start", "end"]
    rows = {str(row["label"]): row for row in chart["rows"]}
    assert rows["overall work ability"]["change"] == 3
    assert rows["skills"]["change"] is None  # only one measurement


def test_chart_is_empty_without_scores():
    summary = KykyviisariFactory(participant=ParticipantFactory())
    assert kykyviisari_chart([summary]) is None


def test_participant_page_shows_the_change_as_a_table(client, make_user, consenting):
    from tests.volunteers.participants.participant_helpers import english_admin

    coordinator = english_admin(make_user("Coordinators"))
    KykyviisariFactory(participant=consenting, phase="start", mental_wellbeing=5)
    KykyviisariFactory(participant=consenting, phase="middle", mental_wellbeing=8)
    client.force_login(coordinator)
    response = client.get(reverse("participants:inspect", args=[consenting.pk]))
    content = response.content.decode()
    assert "Kykyviisari summary scores (0–10) by phase" in content
    assert "+3" in content


def test_kykyviisari_form_shows_the_range_message(client, make_user, consenting):
    from tests.volunteers.participants.participant_helpers import english_admin

    coordinator = english_admin(make_user("Coordinators"))
    client.force_login(coordinator)
    response = client.post(
        reverse("kykyviisari:add"),
        {"participant": consenting.pk, "phase": "start", "date": "2026-01-05", "skills": "12"},
    )
    assert response.status_code == 200
    assert "A score is between 0 and 10." in response.content.decode()


def test_kykyviisari_listing_query_count_is_constant(client, make_user, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    worker = make_user("Project workers")
    for _n in range(3):
        KykyviisariFactory(participant=ParticipantFactory(worker=worker))
    client.force_login(worker)
    url = reverse("kykyviisari:index")
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for _n in range(12):
        KykyviisariFactory(participant=ParticipantFactory(worker=worker))
    with django_assert_num_queries(len(small)):
        client.get(url)


def test_participant_page_hides_scores_after_the_consent_is_withdrawn(
    client, make_user, consenting
):
    from tests.volunteers.participants.participant_helpers import english_admin

    coordinator = english_admin(make_user("Coordinators"))
    KykyviisariFactory(participant=consenting, phase="start", mental_wellbeing=5)
    KykyviisariFactory(participant=consenting, phase="middle", mental_wellbeing=8)
    consenting.consents.get().withdraw()
    client.force_login(coordinator)
    response = client.get(reverse("participants:inspect", args=[consenting.pk]))
    assert response.context["chart"] is None
    assert "no current consent for Kykyviisari scores" in response.content.decode()
