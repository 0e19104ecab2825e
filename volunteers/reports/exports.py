"""Reports as files: XLSX (typed cells, one sheet per report section) and CSV that
Finnish Excel opens as it is (UTF-8 with a byte-order mark, semicolons, decimal comma)."""

import csv
import datetime
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cms.exports import neutralise_formula
from volunteers.reports.tables import display, is_hidden

CSV_BOM = "\ufeff"


def _heading(filters):
    return [(str(label), str(value)) for label, value in filters.describe()]


def _cell_value(value):
    """Numbers and dates stay typed; a hidden cell is its marker text."""
    if value is None:
        return None
    if is_hidden(value):
        return str(value)
    if isinstance(value, int | float | datetime.date):
        return value
    return str(value)


def _text_cells(sheet):
    """openpyxl stores a string starting with "=" as a formula; names typed by people
    (a municipality, a filter) must stay text."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def xlsx(reports, filters, generated_on):
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for report in reports:
        # Sheet names: at most 31 characters, some characters not allowed.
        sheet = workbook.create_sheet(str(report.title)[:31].replace("/", "-"))
        sheet.append([str(report.title)])
        sheet["A1"].font = Font(bold=True, size=14)
        for label, value in _heading(filters):
            sheet.append([label, value])
        sheet.append([_("Produced"), generated_on])
        sheet.cell(sheet.max_row, 2).number_format = "d.m.yyyy"
        sheet.append(
            [_("<5 = fewer than five people; x = hidden so that it cannot be worked out.")]
        )
        for table in report.tables:
            sheet.append([])
            sheet.append([str(table.title)])
            sheet.cell(sheet.max_row, 1).font = bold
            sheet.append(["", *(str(c) for c in table.columns)])
            for c in range(1, len(table.columns) + 2):
                sheet.cell(sheet.max_row, c).font = bold
            for label, values in table.rows:
                sheet.append([_cell_value(label), *(_cell_value(v) for v in values)])
                if isinstance(label, datetime.date):
                    sheet.cell(sheet.max_row, 1).number_format = "mm/yyyy"
            if table.note:
                sheet.append([str(table.note)])
        _text_cells(sheet)
        sheet.column_dimensions[get_column_letter(1)].width = 48
        for c in range(2, 12):
            sheet.column_dimensions[get_column_letter(c)].width = 16
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _csv_value(value):
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m") if value.day == 1 else value.isoformat()
    if isinstance(value, int) or is_hidden(value):
        return display(value)
    return "" if value is None else neutralise_formula(display(value))


def _csv_row(*cells):
    return [neutralise_formula(str(c)) if isinstance(c, str) else c for c in cells]


def csv_text(reports, filters, generated_on):
    output = io.StringIO()
    output.write(CSV_BOM)
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    for label, value in _heading(filters):
        writer.writerow(_csv_row(label, value))
    writer.writerow([_("Produced"), generated_on.isoformat()])
    for report in reports:
        writer.writerow([])
        writer.writerow([str(report.title)])
        for table in report.tables:
            writer.writerow([])
            writer.writerow([str(table.title)])
            writer.writerow(_csv_row("", *(str(c) for c in table.columns)))
            for label, values in table.rows:
                writer.writerow([_csv_value(label), *(_csv_value(v) for v in values)])
            if table.note:
                writer.writerow(_csv_row(str(table.note)))
    return output.getvalue()
