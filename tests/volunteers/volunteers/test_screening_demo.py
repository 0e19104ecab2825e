import pytest

from home import demo
from volunteers.volunteers.eligibility import eligible_for_role
from volunteers.volunteers.models import Volunteer, VolunteerStatus

# One worker runs the whole module, so the demo below is loaded once, not once per worker.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("screening-demo")]


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """Loaded once for the module (a few hundred pages and the volunteers), then rolled back."""
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            demo.load()
            yield
            transaction.set_rollback(True)


def test_demo_volunteers_cover_every_state_and_municipality(demo_loaded):
    assert Volunteer.objects.count() >= 30
    assert set(Volunteer.objects.values_list("status", flat=True)) == set(VolunteerStatus.values)
    assert Volunteer.objects.values("municipality").distinct().count() == 5


def test_the_demo_volunteer_user_has_an_eligible_profile(demo_loaded):
    volunteer = Volunteer.objects.get(user__username="volunteer")
    assert volunteer in eligible_for_role(Volunteer.objects.all(), "godparent")


def test_loading_the_demo_twice_adds_no_volunteer(demo_loaded):
    count = Volunteer.objects.count()
    demo.load()
    assert Volunteer.objects.count() == count


def test_the_demo_has_a_childcare_helper_at_an_upcoming_meeting(demo_loaded):
    from django.utils import timezone

    from volunteers.volunteers.meeting_helpers import eligible_helpers
    from volunteers.volunteers.models import MeetingHelper

    helper = MeetingHelper.objects.get()
    assert helper.meeting.start > timezone.now()
    assert helper.volunteer in eligible_helpers()
    demo.load()
    assert MeetingHelper.objects.count() == 1
