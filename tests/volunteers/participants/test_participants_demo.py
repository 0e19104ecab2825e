"""The demo participants: 40 across the five municipalities, with attendance and
assessments at two phases; loading twice adds nothing."""

import pytest

from home import demo
from volunteers.participants.models import KykyviisariSummary, MeetingAttendance, Participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db):
    demo.load()


def test_demo_has_forty_participants_and_eighteen_former_ones_in_five_municipalities(loaded):
    # Forty in the work now; eighteen left earlier (demo_history, for the reports).
    assert Participant.objects.count() == 58
    assert Participant.objects.values("municipality").distinct().count() == 5


def test_demo_has_meeting_attendance_with_childcare(loaded):
    assert MeetingAttendance.objects.filter(present=True, children_in_childcare__gt=0).exists()


def test_demo_has_assessments_at_every_phase(loaded):
    # "end" for those who have left, so the outcomes report has changes to show.
    assert set(KykyviisariSummary.objects.values_list("phase", flat=True)) == {
        "start",
        "middle",
        "end",
    }


def test_demo_has_esf_profiles_at_entry_exit_and_follow_up(loaded):
    from volunteers.participants.models import EsfProfile

    stages = set(EsfProfile.objects.values_list("stage", flat=True))
    assert stages == {"entry", "exit", "follow_up"}


def test_demo_leaves_some_participants_unmatchable(loaded):
    assert 0 < Participant.objects.matchable().count() < 40


def test_loading_the_demo_twice_adds_no_participant_records(loaded):
    before = (Participant.objects.count(), MeetingAttendance.objects.count())
    demo.load()
    assert (Participant.objects.count(), MeetingAttendance.objects.count()) == before
