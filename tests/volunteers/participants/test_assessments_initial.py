"""The initial assessment: one field per question coordinators keep in use."""

import pytest
from django.urls import reverse

from tests.factories.participants import ParticipantFactory
from volunteers.participants.models import (
    InitialAssessment,
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions():
    return [
        InitialAssessmentQuestion.objects.create(text="Mikä sujuu hyvin?", sort_order=1),
        InitialAssessmentQuestion.objects.create(text="Missä toivot tukea?", sort_order=2),
        InitialAssessmentQuestion.objects.create(text="Vanha kysymys", active=False),
    ]


def test_form_asks_every_question_in_use(client, worker, questions):
    client.force_login(worker)
    content = client.get(reverse("initial_assessments:add")).content.decode()
    assert "Mikä sujuu hyvin?" in content and "Missä toivot tukea?" in content
    assert "Vanha kysymys" not in content


def test_answers_are_saved_per_question(client, worker, questions):
    participant = ParticipantFactory(worker=worker)
    client.force_login(worker)
    response = client.post(
        reverse("initial_assessments:add"),
        {
            "participant": participant.pk,
            "date": "2026-02-01",
            "done_by": worker.pk,
            f"question_{questions[0].pk}": "Lasten kanssa ulkoilu",
            f"question_{questions[1].pk}": "",
        },
    )
    assert response.status_code == 302
    assessment = InitialAssessment.objects.get()
    assert [(a.question, a.answer) for a in assessment.answers.all()] == [
        (questions[0], "Lasten kanssa ulkoilu")
    ]


def test_editing_changes_the_answer_without_duplicating(client, worker, questions):
    participant = ParticipantFactory(worker=worker)
    assessment = InitialAssessment.objects.create(participant=participant, date="2026-02-01")
    InitialAssessmentAnswer.objects.create(
        assessment=assessment, question=questions[0], answer="vanha"
    )
    client.force_login(worker)
    client.post(
        reverse("initial_assessments:edit", args=[assessment.pk]),
        {
            "participant": participant.pk,
            "date": "2026-02-01",
            f"question_{questions[0].pk}": "uusi",
            f"question_{questions[1].pk}": "",
        },
    )
    answers = InitialAssessmentAnswer.objects.filter(assessment=assessment)
    assert list(answers.values_list("answer", flat=True)) == ["uusi"]


def test_a_retired_question_she_answered_stays_on_her_form(client, worker, questions):
    participant = ParticipantFactory(worker=worker)
    assessment = InitialAssessment.objects.create(participant=participant, date="2026-02-01")
    InitialAssessmentAnswer.objects.create(
        assessment=assessment, question=questions[2], answer="talteen"
    )
    client.force_login(worker)
    content = client.get(reverse("initial_assessments:edit", args=[assessment.pk])).content.decode()
    assert "Vanha kysymys" in content and "talteen" in content
