"""Exports: XLSX with typed cells, CSV for Finnish Excel, and each one in the audit log."""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from cms import roles
from tests.factories.participants import ParticipantFactory

pytestmark = pytest.mark.django_db
QUERY = "kind=month&year=2026&month=1"


@pytest.fixture
def reader(client, home_page, make_user):
    user = make_user(roles.REPORT_READERS, username="lukija")
    client.force_login(user)
    return user


@pytest.fixture
def seven_entered(kemi):
    import datetime

    for _ in range(7):
        ParticipantFactory(municipality=kemi, entry_date=datetime.date(2026, 1, 5))


def test_xlsx_has_a_sheet_per_section_the_period_on_top_and_numbers_as_numbers(
    client, reader, seven_entered
):
    response = client.get(f"/admin/reporting/export/xlsx/?report=all&{QUERY}")
    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == 4
    sheet = workbook.worksheets[0]
    assert sheet["A2"].value == "Ajanjakso"
    assert "2026" in sheet["B2"].value
    entered = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "saapuneet")
    assert entered[1] == 7 and isinstance(entered[1], int)
    assert entered[2] == 7  # none of the seven has a profile yet


def test_csv_opens_in_finnish_excel(client, reader, seven_entered):
    response = client.get(f"/admin/reporting/export/csv/?report=esf&{QUERY}")
    assert response.content.startswith("\ufeff".encode())
    text = response.content.decode("utf-8-sig")
    assert "saapuneet;7;7" in text
    assert text.splitlines()[0].startswith("Ajanjakso;")


def test_every_export_is_in_the_audit_log(client, reader, seven_entered):
    client.get(f"/admin/reporting/export/csv/?report=activity&{QUERY}")
    entry = ModelLogEntry.objects.get(action="reports.export")
    assert entry.user == reader
    assert entry.data["report"] == "activity"
    assert entry.data["format"] == "csv"
    assert entry.data["filters"]["start"] == "2026-01-01"
    assert entry.data["filters"]["end"] == "2026-01-31"


def test_the_dashboard_states_period_and_municipality(client, reader, kemi):
    text = client.get(f"/admin/reporting/?{QUERY}&municipality={kemi.pk}").text
    assert "tammikuu 2026" in text.lower()
    assert "<dd>Kemi</dd>" in text


def test_the_print_report_is_one_a4_page_of_every_section(client, reader):
    text = client.get(f"/admin/reporting/print/?{QUERY}").text
    assert "reports-print.css" in text
    for title in ("ESR-osallistujat", "Toiminta", "Vapaaehtoiset ja parit", "Tulokset"):
        assert title in text


def test_report_files_never_carry_a_formula_from_a_typed_name(client, reader, seven_entered, kemi):
    # A municipality's name is typed by a coordinator; it reaches both files.
    kemi.name = '=HYPERLINK("http://x")'
    kemi.save()
    query = f"report=esf&{QUERY}&municipality={kemi.pk}"
    text = client.get(f"/admin/reporting/export/csv/?{query}").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    workbook = load_workbook(
        io.BytesIO(client.get(f"/admin/reporting/export/xlsx/?{query}").content)
    )
    cells = [c for row in workbook.worksheets[0].iter_rows() for c in row if c.value]
    typed = [c for c in cells if "HYPERLINK" in str(c.value)]
    assert typed and all(c.data_type == "s" for c in typed)


def test_both_files_carry_interpreter_use_by_language_with_its_explanation(
    client, reader, interpreted_meetings
):
    text = client.get(f"/admin/reporting/export/csv/?report=activity&{QUERY}").content
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    start = rows.index(["Tulkin käyttö kielen mukaan"])
    assert rows[start + 2 : start + 6] == [
        ["arabia", "8"],
        ["somali", "x"],
        ["kurdi (sorani)", "<5"],
        ["yhteensä", "16"],
    ]
    assert rows[start + 6][0].startswith("Laskettu äidin tapaamisilmoittautumiseen")

    response = client.get(f"/admin/reporting/export/xlsx/?report=activity&{QUERY}")
    rows = list(
        load_workbook(io.BytesIO(response.content)).worksheets[0].iter_rows(values_only=True)
    )
    start = rows.index(("Tulkin käyttö kielen mukaan", None, None))
    assert [row[:2] for row in rows[start + 2 : start + 6]] == [
        ("arabia", 8),
        ("somali", "x"),
        ("kurdi (sorani)", "<5"),
        ("yhteensä", 16),
    ]
    assert rows[start + 6][0].startswith("Laskettu äidin tapaamisilmoittautumiseen")
