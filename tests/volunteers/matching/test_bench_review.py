"""The review benchmark prints its numbers and leaves the database as it was."""

import json

import pytest
from django.core.management import call_command

from volunteers.matching.models import MatchSuggestion
from volunteers.participants.models import Participant

pytestmark = pytest.mark.django_db


def test_bench_review_prints_time_queries_and_instances_and_rolls_back(capsys):
    call_command("bench_review", "--pending", "60", "--repeat", "1", "--json")
    report = json.loads(capsys.readouterr().out)
    big = report["pending_60"]
    small = report[f"pending_{report['page_size_participants'] * 4}"]
    assert big["participants"] == 15
    # A page of the long queue costs what a page of the short one does.
    assert big["first_page_queries"] == small["first_page_queries"]
    assert big["first_page_instances"] == small["first_page_instances"]
    assert big["last_page_ms"] > 0
    assert not MatchSuggestion.objects.exists()
    assert not Participant.objects.exists()


def test_bench_review_runs_where_two_step_verification_is_required(capsys, settings):
    """`make bench` runs with the development settings, where staff need a second step."""
    settings.MFA_REQUIRED = True
    call_command("bench_review", "--pending", "8", "--repeat", "1", "--json")
    report = json.loads(capsys.readouterr().out)
    assert report["pending_8"]["first_page_queries"] > 0
