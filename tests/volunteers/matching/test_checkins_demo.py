"""The demo data shows check-ins: two answered, one overdue on the attention panel."""

import io

import pytest
from django.core.management import call_command

from volunteers.matching import checkins, followup
from volunteers.matching.models import MatchCheckIn

pytestmark = pytest.mark.django_db


def test_the_demo_has_answered_checkins_and_one_overdue_on_the_panel():
    call_command("load_demo_data", stdout=io.StringIO())
    answered = MatchCheckIn.objects.filter(answered_at__isnull=False)
    assert answered.count() >= 2
    flagged = checkins.attention_matches()
    assert flagged.count() == 1
    # The overdue one is the demo volunteer's, so she can answer it in her portal.
    assert flagged.get().volunteer.user.username == "volunteer"
    assert followup.attention()["checkins"] == 1
    count = MatchCheckIn.objects.count()
    call_command("load_demo_data", stdout=io.StringIO())
    assert MatchCheckIn.objects.count() == count
