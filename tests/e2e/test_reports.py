"""Browser check of the reports: a Report reader opens the dashboard, changes the
period, downloads the XLSX; axe-core at desktop and mobile widths."""

import io

import pytest
from openpyxl import load_workbook

from tests.a11y import assert_accessible
from tests.e2e.conftest import MOBILE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_report_reader_changes_the_period_and_downloads_the_xlsx(
    browser_page, live_server, demo_site
):
    passwords = {name: password for name, password, _role in demo_site}
    page = browser_page
    log_in(page, live_server.url, "reader", passwords["reader"])
    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="Raportit").first.click()
    page.wait_for_load_state()
    assert page.locator("h2", has_text="ESR-osallistujat").count() == 1
    assert_accessible(page)

    page.get_by_label("Ajanjakso", exact=True).select_option("all")
    page.get_by_role("button", name="Näytä").click()
    page.wait_for_load_state()
    assert "koko hanke" in page.locator(".report-shown").inner_text()
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Lataa XLSX").click()
    workbook = load_workbook(io.BytesIO(open(download_info.value.path(), "rb").read()))
    assert len(workbook.sheetnames) == 4
    assert workbook.worksheets[0]["B2"].value == "koko hanke"

    page.set_viewport_size(MOBILE)
    assert_accessible(page)
