"""Demo training sessions and other volunteering (fictional; idempotent).

Two past training sessions: the first attended by volunteers still waiting for their
training requirement (so the screening list shows it fulfilled by attendance), the
second by the demo volunteer. A few rows of other volunteering (childcare at a
meeting, an event) give the hours report and her portal page something besides
meetings.
"""

from datetime import timedelta

from django.utils import timezone

from volunteers.volunteers import training
from volunteers.volunteers.models import (
    OtherVolunteering,
    TrainingSession,
    Volunteer,
    VolunteerStatus,
)

FIRST_TOPIC = "Vapaaehtoisen perehdytys"


def load(coordinator=None) -> int:
    if TrainingSession.objects.filter(topic=FIRST_TOPIC).exists():
        return 0
    today = timezone.localdate()
    first = TrainingSession.objects.create(
        date=today - timedelta(days=40), topic=FIRST_TOPIC, trainer="Kouluttaja Kaisa Koivu"
    )
    second = TrainingSession.objects.create(
        date=today - timedelta(days=12),
        topic="Kulttuurisensitiivisyys ja kotikäynnit",
        trainer="Kouluttaja Leena Lahti",
    )
    waiting = Volunteer.objects.filter(status=VolunteerStatus.INTERVIEWED).order_by("pk")[:3]
    for volunteer in waiting:
        training.record_attendance(first, volunteer, by=coordinator)
    approved = list(Volunteer.objects.filter(status=VolunteerStatus.APPROVED).order_by("pk")[:4])
    demo = Volunteer.objects.filter(user__username="volunteer").first()
    helpers = [demo, *approved] if demo else approved
    if demo:
        training.record_attendance(second, demo, by=coordinator)
    kinds = [OtherVolunteering.Kind.CHILDCARE, OtherVolunteering.Kind.EVENT]
    for n, volunteer in enumerate(helpers):
        for month in range(3):
            OtherVolunteering.objects.create(
                volunteer=volunteer,
                date=today - timedelta(days=5 + 31 * month + n),
                kind=kinds[(n + month) % 2],
                duration_minutes=90 + 30 * ((n + month) % 3),
                description="Lastenhoito teematapaamisessa"
                if (n + month) % 2 == 0
                else "Kevätjuhla",
                recorded_by=coordinator,
            )
    return 2
