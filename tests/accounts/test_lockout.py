"""Login throttling and lockout (django-axes), per account and per address."""

import pytest
from django.test import RequestFactory

from cms import roles
from cms.accounts.client_ip import client_ip
from tests.factories.users import DEFAULT_PASSWORD
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def _try(client, username, password, url=LOGIN, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def _logged_in(client):
    return client.get("/admin/").status_code == 200


def test_50_wrong_passwords_then_the_right_one_does_not_log_in(client, home_page, make_user):
    user = make_user(roles.EDITORS, username="aino")
    for _ in range(50):
        assert _try(client, "aino", "wrong").status_code in (200, 429)
    response = _try(client, user.username, DEFAULT_PASSWORD)
    assert response.status_code == 429
    assert "Too many failed login attempts" in response.text
    assert not _logged_in(client)


def test_the_admin_login_locks_too(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino")
    for _ in range(10):
        _try(client, "aino", "wrong", url="/admin/login/")
    response = _try(client, "aino", DEFAULT_PASSWORD, url="/admin/login/")
    assert response.status_code == 429
    assert not _logged_in(client)


def test_a_few_mistakes_do_not_lock(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino")
    for _ in range(3):
        _try(client, "aino", "wrong")
    assert _try(client, "aino", DEFAULT_PASSWORD).status_code == 302
    assert _logged_in(client)


def test_guessing_many_accounts_from_one_address_locks_the_address(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino")
    for n in range(10):
        _try(client, f"someone{n}", "wrong")
    assert _try(client, "aino", DEFAULT_PASSWORD).status_code == 429


def test_the_account_stays_locked_from_another_address(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino")
    for _ in range(10):
        _try(client, "aino", "wrong", REMOTE_ADDR="10.0.0.1")
    assert _try(client, "aino", DEFAULT_PASSWORD, REMOTE_ADDR="10.0.0.2").status_code == 429


def test_the_lockout_message_is_translated(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino")
    for _ in range(10):
        _try(client, "aino", "wrong", url="/accounts/login/")
    response = _try(client, "aino", DEFAULT_PASSWORD, url="/accounts/login/")
    assert response.status_code == 429
    assert "epäonnistuneita kirjautumisyrityksiä" in response.text
    sv = _try(client, "aino", DEFAULT_PASSWORD, url="/sv/accounts/login/")
    assert "misslyckade inloggningsförsök" in sv.text


def test_a_coordinator_unlocks_an_account(client, home_page, make_user):
    make_user(roles.EDITORS, username="aino.q")
    for _ in range(10):
        _try(client, "aino.q", "wrong", REMOTE_ADDR="10.0.0.9")
    coordinator = make_user(roles.COORDINATORS)
    staff = client.__class__()
    staff.force_login(coordinator)
    listing = staff.get("/admin/locked-logins/")
    assert listing.status_code == 200
    assert "aino.q" in listing.text
    assert "10.0.0.9" in listing.text
    response = staff.post("/admin/locked-logins/unlock/", {"username": "aino.q"})
    assert response.status_code == 302
    staff.post("/admin/locked-logins/unlock/", {"ip_address": "10.0.0.9"})
    after = staff.get("/admin/locked-logins/")
    assert after.context["accounts"] == []
    assert after.context["addresses"] == []
    assert _try(client, "aino.q", DEFAULT_PASSWORD, REMOTE_ADDR="10.0.0.9").status_code == 302


@pytest.mark.parametrize("group", [roles.EDITORS, roles.PROJECT_WORKERS, roles.REPORT_READERS])
def test_only_coordinators_see_and_unlock_locked_logins(client, home_page, make_user, group):
    make_user(roles.EDITORS, username="aino")
    for _ in range(10):
        _try(client, "aino", "wrong")
    other = client.__class__()
    other.force_login(make_user(group))
    assert_refused(other.get("/admin/locked-logins/"), to="dashboard")
    assert other.post("/admin/locked-logins/unlock/", {"username": "aino"}).status_code in (
        302,
        403,
    )
    assert "/admin/locked-logins/" not in other.get("/admin/").text
    assert _try(client, "aino", DEFAULT_PASSWORD).status_code == 429


def test_x_forwarded_for_is_ignored_without_a_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert client_ip(request) == "10.0.0.1"


def test_behind_one_trusted_proxy_the_client_is_its_last_forwarded_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.5"
    )
    # The client could have written 198.51.100.7 itself; the proxy wrote the last one.
    assert client_ip(request) == "203.0.113.5"
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"


def test_behind_a_trusted_proxy_each_client_is_counted_apart(
    client, home_page, make_user, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(roles.EDITORS, username="aino")
    for n in range(10):
        _try(client, f"someone{n}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5")
    ok = _try(client, "aino", DEFAULT_PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert ok.status_code == 302
