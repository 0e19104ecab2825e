"""Bidirectional control characters (U+202A–U+202E, U+2066–U+2069) turn the text
around them on screen ("Trojan Source"): a name can read as someone else's, a note
can hide what it says. They are refused in forms, with a message in the reader's
language, and stripped from anything saved another way (issue 16)."""

import pytest
from django.urls import reverse
from django.utils import translation

from cms.forms import BIDI_CONTROLS, strip_bidi_controls
from tests.factories.participants import ParticipantFactory
from tests.factories.volunteers import VolunteerFactory
from tests.volunteers.participants.participant_helpers import english_admin, participant_form_data
from tests.volunteers.volunteers.signup_data import valid_signup
from volunteers.participants.models import Participant
from volunteers.volunteers.models import Volunteer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_unlimited")]
RLO = "\u202e"  # right-to-left override


def test_every_embedding_override_and_isolate_is_covered():
    assert set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") <= BIDI_CONTROLS
    # The marks Arabic and Sorani writers use are letters' helpers, not controls.
    assert not {"\u200e", "\u200f", "\u061c"} & BIDI_CONTROLS
    assert strip_bidi_controls(f"Hodan{RLO}fdp.exe") == "Hodanfdp.exe"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", f"Äijälä{RLO}"),
        ("motivation", f"Haluan auttaa.{RLO}txt.exe"),
        ("heard_from", "Neuvola \u2067x\u2069"),
        ("interests", f"luonto, leiv{RLO}onta"),
    ],
)
def test_sign_up_refuses_direction_controls_and_keeps_the_input(
    client, home_page, kemi, field, value
):
    with translation.override("en"):
        response = client.post("/en/volunteer/sign-up/", valid_signup(kemi, **{field: value}))
        errors = [str(error) for error in response.context["form"].errors[field]]
    assert response.status_code == 400
    assert errors == ["Remove the invisible text-direction characters from this field."]
    assert 'value="+358 40 123 4567"' in response.text
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize(
    ("prefix", "language"),
    [("", "fi"), ("/sv", "sv"), ("/ar", "ar"), ("/so", "so"), ("/ru", "ru"),
     ("/ckb", "ckb"), ("/prs", "prs"), ("/ti", "ti"), ("/uk", "uk")],
)  # fmt: skip
def test_the_message_is_in_the_readers_language(client, home_page, kemi, prefix, language):
    response = client.post(
        f"{prefix}/volunteer/sign-up/", valid_signup(kemi, motivation=f"a{RLO}b")
    )
    (message,) = response.context["form"].errors["motivation"]
    assert message != "Remove the invisible text-direction characters from this field."
    with translation.override(language):
        assert message == translation.gettext(
            "Remove the invisible text-direction characters from this field."
        )


def test_staff_forms_refuse_them_too(client, make_user):
    worker = english_admin(make_user("Project workers"))
    client.force_login(worker)
    data = participant_form_data(worker, last_name=f"Abdi{RLO}", goals="Suomen kieli")
    with translation.override("en"):
        response = client.post(reverse("participants:add"), data)
    assert response.status_code == 200
    assert "Remove the invisible text-direction characters from this field." in response.text
    assert "Suomen kieli" in response.text  # nothing she typed is lost
    assert not Participant.objects.exists()


def test_staff_free_text_and_tags_refuse_them(client, make_user):
    worker = english_admin(make_user("Project workers"))
    client.force_login(worker)
    data = participant_form_data(worker, goals=f"Kieli{RLO}", interests=f"uinti{RLO}")
    with translation.override("en"):
        response = client.post(reverse("participants:add"), data)
    assert response.text.count("Remove the invisible text-direction characters") == 2


def test_text_saved_without_a_form_is_stripped(home_page):
    volunteer = VolunteerFactory(first_name=f"Hodan{RLO}", motivation="\u2066auttaa\u2069")
    volunteer.refresh_from_db()
    assert volunteer.first_name == "Hodan"
    assert volunteer.motivation == "auttaa"
    participant = ParticipantFactory(goals=f"kieli{RLO}")
    participant.interests.add(f"uinti{RLO}")
    participant.save()
    participant.refresh_from_db()
    assert participant.goals == "kieli"
    assert [tag.name for tag in participant.interests.all()] == ["uinti"]
