"""Browser check of GDPR tools: a coordinator exports a participant (JSON and the
readable page) and erases her; the reports count exactly as before."""

import json

import pytest
from django.urls import reverse

from tests.a11y import assert_accessible
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ESF_FLOW = "section[aria-labelledby='t-esf_flow'] table"


def report_figures(page, base_url):
    """The ESF flow table (entered, exited, follow-up) over the whole project."""
    page.goto(base_url + reverse("reports:index"))
    page.get_by_label("Ajanjakso", exact=True).select_option("all")
    page.get_by_role("button", name="Näytä").click()
    page.wait_for_load_state()
    return page.locator(ESF_FLOW).first.inner_text()


def test_coordinator_exports_and_erases_a_participant(browser_page, live_server, demo_site):
    from volunteers.participants.models import Participant
    from volunteers.privacy.models import PrivacyRecord

    her = Participant.objects.filter(esf_profiles__isnull=False).order_by("pk").first()
    name = her.first_name
    passwords = {username: password for username, password, _role in demo_site}
    page = browser_page
    log_in(page, live_server.url, "coordinator", passwords["coordinator"])
    before = report_figures(page, live_server.url)
    assert any(ch.isdigit() for ch in before)

    page.goto(live_server.url + reverse("participants:inspect", args=[her.pk]))
    with page.expect_download() as download:
        page.locator("a[href$='/export.json']").first.click()
    data = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert data["data"]["record"][0]["first_name"] == name

    page.locator("a[href$='/export.html']").first.click()
    page.wait_for_load_state()
    assert name in page.content()
    assert_accessible(page)

    page.goto(live_server.url + reverse("participants:inspect", args=[her.pk]))
    page.locator("a[href$='/erase/']").first.click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.locator("form button[type=submit].button--serious").click()
    page.wait_for_load_state()
    assert f"#{her.pk}" in page.locator("h1").first.inner_text()
    assert name not in page.locator("main").inner_text()

    her.refresh_from_db()
    assert her.anonymised_at is not None and her.first_name == f"#{her.pk}"
    assert PrivacyRecord.objects.filter(kind="erasure", subject_ref=her.pk).exists()
    assert report_figures(page, live_server.url) == before
