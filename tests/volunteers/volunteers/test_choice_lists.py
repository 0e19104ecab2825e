"""The one multiple-choice list field (cms.fields.ChoiceListField): JSON lists,
validated, filtered the same way on PostgreSQL and SQLite."""

import pytest
from django.core.exceptions import ValidationError

from cms.fields import choice_list_q
from cms.vocabularies import Availability, VolunteerRole, Wish
from tests.factories.participants import ParticipantFactory
from tests.factories.volunteers import VolunteerFactory
from volunteers.participants.models import Participant
from volunteers.volunteers.models import Volunteer

pytestmark = pytest.mark.django_db


def test_a_role_filter_finds_whole_items_only():
    friend = VolunteerFactory(roles=[VolunteerRole.FRIEND, VolunteerRole.GODPARENT])
    VolunteerFactory(roles=[VolunteerRole.SUPPORT_FAMILY])
    assert list(Volunteer.objects.with_role(VolunteerRole.FRIEND)) == [friend]
    assert list(Volunteer.objects.with_role("frie")) == []


def test_the_stored_list_is_in_the_vocabulary_order():
    volunteer = VolunteerFactory(roles=[VolunteerRole.FRIEND, VolunteerRole.SUPPORT_FAMILY])
    volunteer.refresh_from_db()
    assert volunteer.roles == [VolunteerRole.SUPPORT_FAMILY, VolunteerRole.FRIEND]


def test_participants_lists_filter_the_same_way():
    evenings = ParticipantFactory(availability=[Availability.EVENINGS], wishes=[Wish.WOMEN_ONLY])
    ParticipantFactory(availability=[Availability.WEEKDAYS], wishes=[])
    assert list(Participant.objects.filter(choice_list_q("availability", "evenings"))) == [evenings]
    assert list(Participant.objects.filter(choice_list_q("wishes", "women_only"))) == [evenings]


def test_an_unknown_code_is_refused():
    volunteer = VolunteerFactory()
    volunteer.availability = ["mornings"]
    with pytest.raises(ValidationError) as error:
        volunteer.full_clean()
    assert "availability" in error.value.message_dict


def test_a_volunteer_needs_a_role():
    volunteer = VolunteerFactory()
    volunteer.roles = []
    with pytest.raises(ValidationError) as error:
        volunteer.full_clean()
    assert "roles" in error.value.message_dict
