import pytest
from django.core.cache import cache
from django.urls import reverse

from cms.vocabularies import ConsentPurpose
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers.models import Volunteer, VolunteerStatus

from .signup_data import valid_signup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signup_unlimited")]
URL = "/en/volunteer/sign-up/"


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/volunteer/sign-up/", "fi", None),
        ("/en/volunteer/sign-up/", "en", "Sign up as a volunteer"),
        ("/sv/volunteer/sign-up/", "sv", None),
    ],
)
def test_sign_up_form_is_served_in_each_interface_language(client, home_page, path, lang, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert f'lang="{lang}"' in response.content.decode()
    if heading:
        assert heading in response.content.decode()


def test_sign_up_names_the_privacy_notice_version(client, home_page, settings):
    settings.PRIVACY_NOTICE_VERSION = "2027-05"
    assert "2027-05" in client.get(URL).content.decode()


def test_valid_sign_up_stores_the_volunteer_unconfirmed(client, home_page, kemi):
    response = client.post(URL, valid_signup(kemi))
    assert response.status_code == 302
    assert response.url == "/en/volunteer/sign-up/thanks/"
    volunteer = Volunteer.objects.get()
    assert volunteer.status == VolunteerStatus.SUBMITTED
    assert volunteer.roles == ["godparent"]
    assert volunteer.availability == ["evenings", "weekends"]
    assert volunteer.language == "en"
    assert volunteer.children_birth_years() == [2015, 2019]
    assert {(lang.language, lang.level) for lang in volunteer.languages.all()} == {
        ("fi", 3),
        ("ar", 1),
    }
    assert sorted(t.name for t in volunteer.interests.all()) == ["leivonta", "luonto"]


def test_sign_up_records_consents_with_version_time_and_language(client, home_page, kemi, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-01"
    client.post("/sv/volunteer/sign-up/", valid_signup(kemi))
    consents = {c.purpose: c for c in Volunteer.objects.get().consents.all()}
    assert set(consents) == {ConsentPurpose.PRIVACY_NOTICE, ConsentPurpose.CRIMINAL_RECORD_CHECK}
    privacy = consents[ConsentPurpose.PRIVACY_NOTICE]
    assert (privacy.language, privacy.privacy_notice_version) == ("sv", "2026-01")
    assert privacy.given_at is not None


def test_a_friend_needs_no_criminal_record_consent(client, home_page, kemi):
    data = valid_signup(kemi, roles=["friend"])
    del data["consent_criminal_record"]
    assert client.post(URL, data).status_code == 302
    purposes = set(Volunteer.objects.get().consents.values_list("purpose", flat=True))
    assert purposes == {ConsentPurpose.PRIVACY_NOTICE}


def test_sign_up_queues_a_confirmation_email_with_the_link(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    volunteer = Volunteer.objects.get()
    email = OutgoingEmail.objects.get(purpose="signup-confirmation")
    assert email.to == "aijala@example.org"
    assert f"/en/volunteer/sign-up/confirm/{volunteer.confirmation_token}/" in email.body


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("roles", [], "This field is required."),
        ("first_name", "", "This field is required."),
        ("first_name", "R2-D2", "Use letters only"),
        ("first_name", "x" * 101, "at most 100 characters"),
        ("last_name", "<script>alert(1)</script>", "without HTML tags"),
        ("email", "not-an-email", "Enter a valid email address."),
        ("phone", "call me", "Enter a phone number"),
        ("adults", "0", "greater than or equal to 1"),
        ("children_birth_years", "1850", "four-digit years"),
        ("postcode", "9410", "five digits"),
        ("max_travel_km", "abc", "Enter a whole number."),
        ("level_1", "", "Choose a level for this language."),
        ("language_2", "fi", "This language is already listed."),
        ("child_age_max", "1", "at least the youngest age"),
        ("availability", [], "This field is required."),
        ("meetings_per_month", "99", "less than or equal to 8"),
        ("capacity", "0", "greater than or equal to 1"),
        ("interests", ", ".join(f"i{n}" for n in range(11)), "at most 10 interests"),
        ("motivation", "a" * 2001, "at most 2000 characters"),
        ("motivation", "hello\x07bell", "control characters"),
        ("heard_from", "x" * 201, "at most 200 characters"),
        ("consent_privacy", "", "only with your consent"),
        ("consent_criminal_record", "", "need this consent"),
    ],
)
def test_each_invalid_field_gets_its_message_next_to_it_and_keeps_the_input(
    client, home_page, kemi, field, value, message
):
    data = valid_signup(kemi, **{field: value})
    response = client.post(URL, data)
    assert response.status_code == 400
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    # What was typed stays in the form.
    assert 'value="+358 40 123 4567"' in html or field == "phone"
    assert "Haluan auttaa." in html or field == "motivation"
    assert Volunteer.objects.count() == 0


@pytest.mark.parametrize("name", ["محمد", "Ñúñez", "Äijälä", "Nguyễn Thị", "O'Brien-Smith", "李"])
def test_any_unicode_name_is_valid(client, home_page, kemi, name):
    assert client.post(URL, valid_signup(kemi, first_name=name)).status_code == 302
    assert Volunteer.objects.get().first_name == name


def test_markup_in_a_field_is_echoed_escaped(client, home_page, kemi):
    response = client.post(URL, valid_signup(kemi, heard_from="<script>alert(1)</script>"))
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_second_sign_up_with_a_known_email_creates_no_duplicate(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    response = client.post(URL, valid_signup(kemi, email="AIJALA@example.org", first_name="Toinen"))
    assert response.status_code == 302
    assert response.url == "/en/volunteer/sign-up/thanks/"
    assert Volunteer.objects.count() == 1
    assert Volunteer.objects.get().first_name == "Äijälä"


def test_a_known_confirmed_address_is_told_by_email_only(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    Volunteer.objects.update(status=VolunteerStatus.APPROVED)
    client.post(URL, valid_signup(kemi))
    assert OutgoingEmail.objects.filter(
        purpose="signup-duplicate", to="aijala@example.org"
    ).exists()


def test_the_honeypot_stores_nothing(client, home_page, kemi):
    response = client.post(URL, valid_signup(kemi, website="http://spam.example"))
    assert response.status_code == 302
    assert Volunteer.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_rate_limit_stops_a_flood_and_keeps_the_input(client, home_page, kemi, settings):
    settings.SIGNUP_RATELIMIT = "2/h"
    cache.clear()
    for n in range(2):
        client.post(URL, valid_signup(kemi, email=f"p{n}@example.org"))
    response = client.post(URL, valid_signup(kemi, email="third@example.org"))
    assert response.status_code == 429
    assert "Too many sign-ups" in response.content.decode()
    assert 'value="third@example.org"' in response.content.decode()
    assert Volunteer.objects.count() == 2
    cache.clear()


def test_the_confirmation_link_confirms_once_and_records_the_move(client, home_page, kemi):
    client.post(URL, valid_signup(kemi))
    volunteer = Volunteer.objects.get()
    url = reverse("volunteers:confirm", args=[volunteer.confirmation_token])
    assert client.post(url).status_code == 200
    assert client.post(url).status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.CONFIRMED
    assert volunteer.confirmed_at is not None
    assert [(e.from_status, e.to_status) for e in volunteer.status_events.all()] == [
        ("submitted", "confirmed")
    ]


def test_an_unknown_confirmation_token_is_not_found(client, home_page):
    assert client.get("/volunteer/sign-up/confirm/nope/").status_code == 404


def test_every_sign_up_field_is_shown_in_exactly_one_section():
    from volunteers.volunteers.forms.signup import SignUpForm

    form = SignUpForm()
    names = [name for section in form.sections() for name in section.names]
    assert sorted(names) == sorted(form.fields)


def test_an_invalid_field_points_to_its_message(client, home_page, kemi):
    response = client.post(URL, valid_signup(kemi, email="nope"))
    html = response.content.decode()
    assert 'aria-describedby="id_email_error"' in html
    assert 'aria-invalid="true"' in html
