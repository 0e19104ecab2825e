"""Browser checks of outreach: the partner's referrals page (axe-core, desktop and
mobile) where she refers a family in; a worker enrols an outreach contact."""

import pytest
from django.urls import reverse

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _passwords(demo_site):
    return {name: password for name, password, _role in demo_site}


def test_partner_refers_a_family_on_an_accessible_page(browser_page, live_server, demo_site):
    from volunteers.outreach.models import Referral

    page = browser_page
    log_in(page, live_server.url, "partner", _passwords(demo_site)["partner"])
    page.goto(live_server.url + reverse("outreach:my_referrals"))
    assert page.locator("#referral-list tbody tr").count() == 2
    assert_accessible(page)
    page.set_viewport_size(MOBILE)
    assert_accessible(page)
    page.locator("input[name=family_first_name]").fill("Ayaan")
    page.locator("textarea[name=purpose]").fill("Toivoo ystäväperhettä")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.locator("#referral-list tbody tr").count() == 3
    assert "Ayaan" in page.locator("#referral-list").inner_text()
    assert Referral.objects.get(family_first_name="Ayaan").referred_by.username == "partner"


def test_worker_enrols_an_outreach_contact(browser_page, live_server, demo_site):
    from volunteers.outreach.models import OutreachContact

    contact = OutreachContact.objects.filter(
        worker__username="worker", participant__isnull=True
    ).first()
    page = browser_page
    log_in(page, live_server.url, "worker", _passwords(demo_site)["worker"], "/en")
    page.goto(live_server.url + reverse("outreach_contacts:edit", args=[contact.pk]))
    assert_accessible(page)
    page.goto(live_server.url + reverse("outreach_contacts:enrol", args=[contact.pk]))
    assert_accessible(page)
    page.locator("input[name=first_name]").fill("Amira")
    page.locator("select[name=municipality]").select_option(label="Kemi")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    contact.refresh_from_db()
    assert contact.participant is not None
    assert contact.participant.first_name == "Amira"
    assert f"/admin/participants/edit/{contact.participant_id}/" in page.url
