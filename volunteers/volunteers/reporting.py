"""Query functions over volunteers for the reports app: aggregates only."""

from django.db.models import OuterRef, Subquery

from cms.aggregates import between
from volunteers.volunteers.models import Volunteer, VolunteerStatusEvent
from volunteers.volunteers.models.volunteers import VolunteerStatus


def signups(start=None, end=None, municipality=None):
    """Volunteers who signed up in the period, annotated with when they were approved."""
    approved_at = (
        VolunteerStatusEvent.objects.filter(
            volunteer=OuterRef("pk"), to_status=VolunteerStatus.APPROVED
        )
        .order_by("at")
        .values("at")[:1]
    )
    volunteers = Volunteer.objects.filter(between("created_at__date", start, end)).annotate(
        approved_at=Subquery(approved_at)
    )
    if municipality is not None:
        volunteers = volunteers.filter(municipality=municipality)
    return volunteers
