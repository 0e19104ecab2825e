"""Browser check of two-step verification: a coordinator sets up an authenticator
app (the test computes its codes), logs out, and logs in again with a code."""

import base64
import time

import pytest
from django_otp.oath import TOTP

from cms import roles
from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def app_code(secret: str, *, ahead: int = 0) -> str:
    """What an authenticator app shows for ``secret``, ``ahead`` 30-second steps on.

    A code is accepted once; the login after enrolment uses the next step's code,
    as a person logging in half a minute later would."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")))
    totp.time = time.time() + 30 * ahead
    return f"{totp.token():06d}"


def test_a_coordinator_enrols_logs_out_and_logs_in_with_a_code(
    browser_page, live_server, home_page, make_user, settings
):
    settings.MFA_REQUIRED = True
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    coordinator = make_user(roles.COORDINATORS, username="kaisa")
    page = browser_page

    log_in(page, live_server.url, "kaisa", DEFAULT_PASSWORD, "/en")
    page.goto(f"{live_server.url}/admin/")
    assert "/accounts/two-step/set-up/" in page.url
    assert page.locator("figure.qr svg").count() == 1
    assert_accessible(page)

    secret = page.locator("code.secret").inner_text()
    page.locator("input[name=code]").fill(app_code(secret))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/two-step/recovery-codes/" in page.url
    assert page.locator("ul.recovery-codes li").count() == 10
    assert_accessible(page)
    page.locator("main a.button").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/admin")
    assert coordinator.totpdevice_set.filter(confirmed=True).count() == 1

    # Log out from the site header, then in again: password, then a code.
    page.goto(f"{live_server.url}/en/")
    page.locator("header form[action$='/logout/'] button").click()
    page.wait_for_load_state()
    log_in(page, live_server.url, "kaisa", DEFAULT_PASSWORD, "/en")
    page.goto(f"{live_server.url}/admin/")
    assert "/accounts/two-step/" in page.url
    assert_accessible(page)
    page.locator("input[name=code]").fill(app_code(secret, ahead=1))
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/admin")
    assert page.locator("#wagtail-sidebar, [data-side-panel], .sidebar").count() >= 1

    page.set_viewport_size(MOBILE)
    page.goto(f"{live_server.url}/en/accounts/two-step/recovery-codes/")
    assert_accessible(page)
