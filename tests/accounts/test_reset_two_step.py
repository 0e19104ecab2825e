import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms import roles

pytestmark = pytest.mark.django_db


def test_the_administrator_resets_a_lost_phone(make_user, settings, client, home_page):
    settings.MFA_REQUIRED = True
    user = make_user(roles.COORDINATORS, username="kaisa")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    call_command("reset_two_step", "kaisa")
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    # She is asked to enrol again, not for a code she cannot give.
    client.force_login(user)
    assert "/accounts/two-step/set-up/" in client.get("/admin/")["Location"]


def test_an_unknown_username_is_an_error(db):
    with pytest.raises(CommandError):
        call_command("reset_two_step", "nobody")
