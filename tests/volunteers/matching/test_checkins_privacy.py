"""Check-in answers are personal data: a volunteer's export lists hers, and erasing
either person empties the free text."""

import datetime

import pytest
from django.utils import translation
from freezegun import freeze_time

from tests.factories.matches import make_match
from volunteers.matching import checkins
from volunteers.privacy.erasure import erase_participant, erase_volunteer
from volunteers.privacy.export import participant_sections, volunteer_sections

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered():
    match = make_match(introduced_on=datetime.date(2026, 1, 1))
    with freeze_time("2026-01-31 07:00"):
        checkins.open_checkins()
    for side, note in (("volunteer", "Sujuu hyvin"), ("family", "Äiti tyytyväinen")):
        checkins.answer(
            match.checkins.get(side=side), rating=4, meetings_held=2, note=note, by=None
        )
    return match


def _section(sections, key):
    return next(s for s in sections if s["key"] == key)


def test_each_export_lists_its_own_sides_checkins(answered):
    with translation.override("en"):
        own = _section(volunteer_sections(answered.volunteer), "match_checkins")
        family = _section(participant_sections(answered.participant), "match_checkins")
    assert "Sujuu hyvin" in str(own["rows"]) and "Äiti tyytyväinen" not in str(own["rows"])
    assert "Äiti tyytyväinen" in str(family["rows"]) and "Sujuu hyvin" not in str(family["rows"])


@pytest.mark.parametrize("who", ["volunteer", "participant"])
def test_erasure_empties_the_checkin_notes(answered, who):
    if who == "volunteer":
        erase_volunteer(answered.volunteer)
    else:
        erase_participant(answered.participant)
    notes = set(answered.checkins.values_list("note", flat=True))
    assert notes == {""}
