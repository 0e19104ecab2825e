import pytest

from home import demo
from volunteers.volunteers.eligibility import eligible_for_role
from volunteers.volunteers.models import Volunteer, VolunteerStatus

pytestmark = pytest.mark.django_db


def test_demo_volunteers_cover_every_state_and_municipality():
    demo.load()
    assert Volunteer.objects.count() >= 30
    assert set(Volunteer.objects.values_list("status", flat=True)) == set(VolunteerStatus.values)
    assert Volunteer.objects.values("municipality").distinct().count() == 5


def test_the_demo_volunteer_user_has_an_eligible_profile():
    demo.load()
    volunteer = Volunteer.objects.get(user__username="volunteer")
    assert volunteer in eligible_for_role(Volunteer.objects.all(), "godparent")


def test_loading_the_demo_twice_adds_no_volunteer():
    demo.load()
    count = Volunteer.objects.count()
    demo.load()
    assert Volunteer.objects.count() == count
