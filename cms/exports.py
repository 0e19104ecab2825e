"""Spreadsheet exports of the admin lists that people can open as they are.

Wagtail's export writes field codes and UTC timestamps into a comma-separated file
without a byte-order mark, which Finnish Excel opens as one garbled column. Here:
headings and choice labels in the user's language, local time to the minute, a
file name with the subject and the date, CSV as Finnish Excel expects it (UTF-8
with a BOM, semicolons) and XLSX with typed cells (dates, numbers, booleans).
"""

import csv
import datetime
import io

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext

CSV_DELIMITER = ";"
CSV_BOM = "\ufeff"
CSV_DATETIME = "%d.%m.%Y %H:%M"
CSV_DATE = "%d.%m.%Y"
# What makes Excel or LibreOffice read a cell as a formula (OWASP "CSV injection"):
# a tab or carriage return first also starts one after the program trims it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """Text that a spreadsheet shows as typed, never runs (a leading apostrophe)."""
    if text[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def local_minute(value: datetime.datetime) -> datetime.datetime:
    """An aware datetime as naive local time without seconds' fractions."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0, tzinfo=None)


class ReadableExportMixin:
    """For a Wagtail IndexView with `list_export`; put it before the IndexView."""

    def get_filename(self):
        subject = slugify(force_str(self.model._meta.verbose_name_plural)) or "export"
        return f"{subject}-{timezone.localdate():%Y-%m-%d}"

    def model_field(self, name):
        if "." in name or "__" in name:
            return None
        try:
            return self.model._meta.get_field(name)
        except FieldDoesNotExist:
            return None

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for name in row:
            field = self.model_field(name)
            if field is not None and field.choices and not field.many_to_many:
                # The label the user reads in the admin, not the stored code.
                row[name] = getattr(item, f"get_{name}_display")()
            elif isinstance(row[name], models.Model):
                row[name] = str(row[name])
        return row

    def get_heading(self, queryset, field):
        if field in self.export_headings:
            return force_str(self.export_headings[field])
        model_field = self.model_field(field)
        if model_field is not None:
            return capfirst(force_str(model_field.verbose_name))
        attribute = getattr(self.model, field, None)
        label = getattr(attribute, "short_description", None)
        return capfirst(force_str(label)) if label else super().get_heading(queryset, field)

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, (list, tuple)):
            return ", ".join(force_str(v) for v in value)
        if isinstance(value, datetime.datetime):
            value = local_minute(value)
            return value.strftime(CSV_DATETIME) if export_format == self.FORMAT_CSV else value
        if isinstance(value, datetime.date):
            return value.strftime(CSV_DATE) if export_format == self.FORMAT_CSV else value
        if isinstance(value, bool):
            if export_format == self.FORMAT_CSV:
                return gettext("yes") if value else gettext("no")
            return value
        if isinstance(value, (int, float)):
            return value
        text = force_str(value)
        if export_format == self.FORMAT_CSV:
            # A spreadsheet would run "=…" typed into a form as a formula. (Wagtail's
            # XLSX writer already stores such cells as text.)
            return neutralise_formula(text)
        return text

    def write_csv_response(self, queryset):
        # Written whole inside the request, so that headings and labels are in the
        # user's language (a streamed body is read after the admin's language is gone).
        output = io.StringIO()
        output.write(CSV_BOM)
        writer = csv.writer(output, delimiter=CSV_DELIMITER)
        writer.writerow(self.get_heading(queryset, field) for field in self.list_export)
        for item in queryset:
            row = self.to_row_dict(item)
            writer.writerow(
                self.preprocess_field_value(field, value, self.FORMAT_CSV)
                for field, value in row.items()
            )
        response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response
