"""The childcare helper role: volunteers sign up for it and are screened for it, but
matching never pairs a family with a childcare helper."""

import pytest

from cms.vocabularies import VolunteerRole
from tests.factories.matching import matchable_participant, matchable_volunteer
from tests.factories.volunteers import VolunteerFactory
from volunteers.matching.models import MatchSuggestion
from volunteers.matching.runs import execute_run, queued_or_new_run
from volunteers.participants.models import Participant
from volunteers.volunteers.eligibility import volunteer_missing
from volunteers.volunteers.forms.signup import SignUpForm

pytestmark = pytest.mark.django_db


def test_the_sign_up_form_offers_the_childcare_helper_role():
    choices = dict(SignUpForm().fields["roles"].choices)
    assert choices[VolunteerRole.CHILDCARE] == "lastenhoitaja teematapaamisissa"


def test_a_childcare_helper_needs_the_criminal_record_extract():
    # Alone with other people's children during the meeting: Act 148/2014 applies.
    volunteer = VolunteerFactory(roles=[VolunteerRole.CHILDCARE], status="approved")
    reasons = volunteer_missing(volunteer)[VolunteerRole.CHILDCARE]
    assert "puuttuu: rikostaustaote" in reasons


def test_a_mother_cannot_wish_for_a_childcare_helper_as_her_support():
    wished = dict(Participant._meta.get_field("wished_role").choices)
    assert VolunteerRole.CHILDCARE not in wished
    assert set(wished) == {"support_family", "godparent", "friend"}


def test_matching_never_suggests_a_volunteer_who_is_only_a_childcare_helper():
    for role in ("friend", "godparent", "support_family"):
        matchable_participant(wished_role=role)
    matchable_volunteer(roles=[VolunteerRole.CHILDCARE], capacity=3)
    run = queued_or_new_run()
    assert execute_run(run.pk) == "done"
    assert not MatchSuggestion.objects.exists()


def test_a_godparent_who_also_helps_with_childcare_is_still_matched_as_godparent():
    participant = matchable_participant()
    volunteer = matchable_volunteer(roles=[VolunteerRole.GODPARENT, VolunteerRole.CHILDCARE])
    run = queued_or_new_run()
    execute_run(run.pk)
    suggestion = MatchSuggestion.objects.get(rank=0)
    assert (suggestion.participant_id, suggestion.volunteer_id) == (participant.pk, volunteer.pk)
