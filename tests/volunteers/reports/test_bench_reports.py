"""`make bench`'s report benchmark measures the rendered Reports page, not a redirect."""

import json

import pytest
from django.core.management import call_command

from volunteers.participants.models import Participant

pytestmark = pytest.mark.django_db


def test_bench_reports_times_the_dashboard_page_where_two_step_is_required(
    capsys, settings, home_page
):
    """`make bench` runs with the development settings, where staff need a second step:
    the dashboard was measured as a 302 to the enrolment page (4 ms)."""
    settings.MFA_REQUIRED = True
    call_command(
        "bench_reports", "--participants", "30", "--meetings", "6", "--attendance", "60", "--json"
    )
    report = json.loads(capsys.readouterr().out)
    for label in ("whole_project", "last_year"):
        assert report[label]["dashboard"]["status"] == 200
        assert report[label]["dashboard"]["queries"] > 10
    assert not Participant.objects.exists()  # rolled back
