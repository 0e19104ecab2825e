"""Two-step verification (TOTP) for staff: who must use it, enrolment, recovery codes."""

import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms import roles
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

ENROL = "/en/accounts/two-step/set-up/"
VERIFY = "/en/accounts/two-step/"


@pytest.fixture(autouse=True)
def mfa_on(settings):
    settings.MFA_REQUIRED = True


def code_for(device, *, ahead=0):
    """The code the volunteer's phone shows now (or ``ahead`` time steps later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def login(client, user):
    """Log in with the password only, as the login page does (first step)."""
    response = client.post(
        "/en/accounts/login/", {"username": user.username, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302, response.text
    return response


@pytest.mark.parametrize("group", [roles.COORDINATORS, roles.PROJECT_WORKERS])
def test_staff_who_see_personal_data_are_sent_to_enrolment_before_any_admin_page(
    client, home_page, make_user, group
):
    login(client, make_user(group))
    for url in ["/admin/", "/admin/pages/", "/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/two-step/set-up/" in response["Location"]


def test_a_superuser_must_enrol_too(client, home_page, make_user):
    login(client, make_user(is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/two-step/set-up/" in response["Location"]


def test_an_editor_may_work_without_a_second_step(client, home_page, make_user):
    login(client, make_user(roles.EDITORS))
    assert client.get("/admin/").status_code == 200


def test_enrolment_shows_a_qr_code_and_the_secret_and_refuses_a_wrong_code(
    client, home_page, make_user
):
    user = make_user(roles.COORDINATORS)
    login(client, user)
    page = client.get(ENROL)
    assert page.status_code == 200
    assert "<svg" in page.text
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = page.context["secret"].replace(" ", "")
    assert secret and secret in page.text.replace(" ", "")
    response = client.post(ENROL, {"code": "000000" if code_for(device) != "000000" else "1"})
    assert response.status_code == 200
    assert "That code did not match" in response.text
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


def test_enrolment_with_the_right_code_gives_recovery_codes_and_opens_the_admin(
    client, home_page, make_user
):
    user = make_user(roles.COORDINATORS)
    login(client, user)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=user)
    response = client.post(ENROL, {"code": code_for(device)})
    assert response.status_code == 302
    codes_page = client.get(response["Location"])
    tokens = list(StaticDevice.objects.get(user=user).token_set.values_list("token", flat=True))
    assert len(tokens) == 10
    assert all(token in codes_page.text for token in tokens)
    # Shown once: a reload no longer shows them.
    assert tokens[0] not in client.get(response["Location"]).text
    assert client.get("/admin/").status_code == 200


def _enrolled(make_user, group=roles.COORDINATORS):
    user = make_user(group)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    static.token_set.create(token="recover1")
    return user, device


def test_an_enrolled_coordinator_logs_in_with_a_code(client, home_page, make_user):
    user, device = _enrolled(make_user)
    login(client, user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/two-step/?next=" in response["Location"]
    wrong = client.post(VERIFY, {"code": "12345"})
    assert wrong.status_code == 200
    assert "That code did not match" in wrong.text
    assert client.get("/admin/").status_code == 302
    # django-otp slows down guessing after a failure; wait it out as a person would.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    response = client.post(VERIFY + "?next=/admin/reports/", {"code": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/reports/"
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_works_once(client, home_page, make_user):
    user, _device = _enrolled(make_user)
    login(client, user)
    assert client.post(VERIFY, {"code": "recover1"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.post("/en/accounts/logout/")
    login(client, user)
    response = client.post(VERIFY, {"code": "recover1"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_a_password_alone_cannot_replace_the_enrolled_device(client, home_page, make_user):
    user, device = _enrolled(make_user)
    login(client, user)
    response = client.get(ENROL)
    assert response.status_code == 302
    assert "/accounts/two-step/" in response["Location"]
    assert list(TOTPDevice.objects.filter(user=user)) == [device]


def test_an_editor_who_enrolled_must_give_the_code_too(client, home_page, make_user):
    user, _device = _enrolled(make_user, roles.EDITORS)
    login(client, user)
    assert client.get("/admin/").status_code == 302


def test_a_volunteer_is_never_asked(client, home_page, make_user):
    login(client, make_user(roles.VOLUNTEERS))
    for url in ["/", "/volunteer/me/"]:
        assert "two-step" not in client.get(url).get("Location", "")


def test_the_verify_page_ignores_an_outside_next_address(client, home_page, make_user):
    user, device = _enrolled(make_user)
    login(client, user)
    response = client.post(VERIFY + "?next=https://evil.example/", {"code": code_for(device)})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_the_pages_are_translated(client, home_page, make_user):
    login(client, make_user(roles.COORDINATORS))
    assert "Kaksivaiheinen tunnistautuminen" in client.get("/accounts/two-step/set-up/").text
    assert "Tvåstegsverifiering" in client.get("/sv/accounts/two-step/set-up/").text


def test_anyone_in_the_admin_finds_the_two_step_page_in_the_account_menu(
    client, home_page, make_user
):
    client.force_login(make_user(roles.EDITORS))
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert "/accounts/two-step/set-up/" in response.text
