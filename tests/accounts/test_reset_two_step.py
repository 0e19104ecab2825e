import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms import roles
from tests.refusals import assert_refused, refused_to

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


# --- The same reset from the admin's user list -------------------------------------


def reset_url(user):
    from django.urls import reverse

    return reverse("accounts_two_step_reset:reset", args=[user.pk])


@pytest.fixture
def administrator(django_user_model):
    return django_user_model.objects.create_superuser(
        username="paakayttaja", email="paakayttaja@example.org", password="x"
    )


def enrolled(user):
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    return user


def test_the_administrator_resets_a_lost_phone_in_the_admin(
    client, administrator, make_user, settings, home_page
):
    from wagtail.models import ModelLogEntry

    settings.MFA_REQUIRED = False  # the administrator's own second step is not the point
    kaisa = enrolled(make_user(roles.COORDINATORS, first_name="Kaisa", last_name="Ääkkönen"))
    client.force_login(administrator)
    listing = client.get("/admin/users/").text
    assert reset_url(kaisa) in listing

    page = client.get(reset_url(kaisa))
    assert page.status_code == 200
    assert "Kaisa Ääkkönen" in page.text
    assert "Nollaa kaksivaiheinen tunnistautuminen" in page.text  # the admin is in Finnish
    # A GET changes nothing: the reset is a confirmed POST.
    assert TOTPDevice.objects.filter(user=kaisa).exists()

    response = client.post(reset_url(kaisa), follow=True)
    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=kaisa).exists()
    assert not StaticDevice.objects.filter(user=kaisa).exists()
    entry = ModelLogEntry.objects.get(action="accounts.two_step_reset")
    assert (entry.user, entry.object_id) == (administrator, str(kaisa.pk))


@pytest.mark.parametrize(
    "group", [roles.COORDINATORS, roles.PROJECT_WORKERS, roles.EDITORS, roles.VOLUNTEERS]
)
def test_no_one_but_a_user_administrator_may_reset_another_s_second_step(
    client, make_user, settings, group
):
    settings.MFA_REQUIRED = False
    victim = enrolled(make_user(roles.COORDINATORS))
    client.force_login(make_user(group))
    assert_refused(client.get(reset_url(victim)), to=refused_to(group))
    assert_refused(client.post(reset_url(victim)), to=refused_to(group))
    assert TOTPDevice.objects.filter(user=victim).exists()


def test_a_superuser_s_second_step_is_reset_only_by_a_superuser(
    client, make_user, settings, django_user_model
):
    from django.contrib.auth.models import Permission

    settings.MFA_REQUIRED = False
    user_admin = make_user()
    user_admin.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_user", content_type__app_label="auth"),
    )
    boss = enrolled(
        django_user_model.objects.create_superuser(username="pomo", email="p@example.org")
    )
    client.force_login(user_admin)
    assert_refused(client.post(reset_url(boss)), to="dashboard")
    assert TOTPDevice.objects.filter(user=boss).exists()
